import { Option, type Command } from 'commander';
import pino from 'pino';
import { startServer } from '../../platform/server.js';
import { createServices } from '../../platform/bootstrap.js';
import { startMaintenance } from '../../platform/maintenance.js';
import { action, CliError, configFrom, withServices, type GlobalOptions } from '../cli-kit.js';

function onSignals(stop: () => Promise<void>) {
  let stopping = false;
  const handler = () => {
    if (stopping) process.exit(1);
    stopping = true;
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

export function registerServerCommands(program: Command) {
  program
    .command('serve')
    .description('Run the web app, the API and (by default) the background workers')
    .addOption(new Option('--port <port>', 'HTTP port').env('PORT'))
    .addOption(new Option('--host <host>', 'address to listen on').env('HOST'))
    .addOption(new Option('--admin-email <email>', 'e-mail of the first administrator').env('QM_ADMIN_EMAIL'))
    .addOption(
      new Option('--admin-password <password>', 'password of the first administrator').env('QM_ADMIN_PASSWORD'),
    )
    .addOption(new Option('--no-workers', 'do not run background jobs here (run `qm worker` instead)'))
    .action(
      action(async (_opts, command: Command) => {
        const o = command.optsWithGlobals<
          GlobalOptions & {
            port?: string;
            host?: string;
            adminEmail?: string;
            adminPassword?: string;
            workers: boolean;
          }
        >();
        const env: Partial<Record<string, string>> = {};
        if (o.port) env.PORT = o.port;
        if (o.host) env.HOST = o.host;
        if (o.adminEmail) env.QM_ADMIN_EMAIL = o.adminEmail;
        if (o.adminPassword) env.QM_ADMIN_PASSWORD = o.adminPassword;
        Object.assign(process.env, env);
        const config = configFrom(o, o.workers === false ? { runWorkers: false } : {});
        if (o.workers === false && !config.databaseUrl) {
          console.warn('The embedded database runs its background jobs inside `qm serve`: --no-workers is ignored.');
          config.runWorkers = true;
        }
        const server = await startServer(config);
        onSignals(server.stop);
      }),
    );

  program
    .command('worker')
    .description('Run background jobs only (on a PostgreSQL server, beside `qm serve --no-workers`)')
    .action(
      action(async (_opts, command: Command) => {
        const o = command.optsWithGlobals<GlobalOptions>();
        const config = configFrom(o);
        if (!config.databaseUrl) {
          throw new CliError(
            'Separate workers need a PostgreSQL server (DATABASE_URL). The embedded database runs its jobs inside `qm serve`.',
          );
        }
        const services = await createServices(config, {
          logger: pino({ level: config.logLevel }),
          applicationName: 'quartermaster-worker',
        });
        await services.jobs.start({ work: true });
        const stopMaintenance = startMaintenance(services);
        console.log(`Worker running jobs: ${services.jobs.kinds.join(', ')}`);
        onSignals(async () => {
          await stopMaintenance();
          await services.jobs.stop();
          await services.database.close();
        });
      }),
    );

  program
    .command('migrate')
    .description('Apply pending database migrations and exit (serve does this on start too)')
    .action(
      action(async (_opts, command: Command) => {
        const o = command.optsWithGlobals<GlobalOptions>();
        await withServices(o, async (s) => {
          const where =
            s.database.kind === 'pglite' ? `the embedded database in ${s.config.dataDir}` : s.database.location;
          if (o.json) console.log(JSON.stringify({ ok: true, database: s.database.kind }));
          else console.log(`Migrations applied to ${where}.`);
        });
      }),
    );
}
