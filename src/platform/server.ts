/** Starts the whole product in this process: database, migrations, jobs, housekeeping and HTTP. */
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import type { Services } from './services.js';
import { createServices, ensureFirstAdmin } from './bootstrap.js';
import { buildApp } from './http/app.js';
import { startMaintenance } from './maintenance.js';

export interface RunningServer {
  app: FastifyInstance;
  services: Services;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(config: Config, print: (line: string) => void = console.log): Promise<RunningServer> {
  const services = await createServices(config, { applicationName: 'quartermaster-server' });
  let stopMaintenance: (() => Promise<void>) | undefined;
  try {
    const admin = await ensureFirstAdmin(services);
    if (admin) {
      print(`Created the first administrator: ${admin.email}`);
      if (admin.generatedPassword) {
        // Printed once, to the terminal only (not to the log): it is the only copy.
        print(`  temporary password: ${admin.generatedPassword}  (you will be asked to change it)`);
      }
    }
    await services.jobs.start({ work: config.runWorkers });
    stopMaintenance = startMaintenance(services);
    const app = await buildApp(services);
    await app.listen({ port: config.port, host: config.host });
    const url = `http://localhost:${config.port}`;
    print(
      `Quartermaster is running on ${url} (database: ${services.database.kind === 'pglite' ? `embedded, in ${config.dataDir}` : services.database.location})`,
    );
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await app.close();
        await stopMaintenance?.();
        await services.jobs.stop();
        await services.database.close();
      })());
    return { app, services, url, stop };
  } catch (err) {
    await stopMaintenance?.();
    await services.jobs.stop().catch(() => undefined);
    await services.database.close();
    throw err;
  }
}
