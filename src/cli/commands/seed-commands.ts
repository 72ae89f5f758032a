import { Option, type Command } from 'commander';
import { seedDemo } from '../../modules/demo/seed-demo.js';
import { vacuumAnalyze } from '../../platform/db/vacuum.js';
import { action, CliError, cliContext, print, withServices, type GlobalOptions } from '../cli-kit.js';

export function registerSeedCommands(program: Command) {
  program
    .command('seed')
    .description('Load data into an installation')
    .addOption(
      new Option('--demo', 'a believable demo organisation (sites, rooms, stockrooms, users with each role)').env(
        'QM_SEED_DEMO',
      ),
    )
    .addOption(
      new Option('--password <password>', 'password for the demo users (generated when left out)').env(
        'QM_DEMO_PASSWORD',
      ),
    )
    .action(
      action(async (_opts, command: Command) => {
        const o = command.optsWithGlobals<GlobalOptions & { demo?: boolean; password?: string }>();
        if (!o.demo) throw new CliError('Say what to seed: qm seed --demo');
        const result = await withServices(o, async (s) => {
          const seeded = await seedDemo(s, cliContext(), o.password);
          await vacuumAnalyze(s.database);
          return seeded;
        });
        print(o, result, () =>
          [
            `Demo loaded: ${result.locations} locations, ${result.registry.models} models, ${result.registry.people} people, ` +
              `${result.registry.assets} assets with ${result.registry.events} events of history, and ${result.users.length} users:`,
            ...result.users.map((u) => `  ${u.email}  ${u.roles}`),
            `Their password: ${result.password}`,
          ].join('\n'),
        );
      }),
    );
}
