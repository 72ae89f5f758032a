/**
 * Builds the services a process needs: opens the database (locking the data folder when embedded),
 * applies migrations, loads the audit key and registers the background job handlers.
 */
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { runMigrations } from './db/migrate.js';
import type { Services } from './services.js';
import { loadAuditKey } from '../modules/audit/audit-key.js';
import { AuditWriter } from '../modules/audit/audit-writer.js';
import { JobRunner } from './jobs/job-runner.js';
import { registerAuditJobs } from '../modules/audit/audit-routes.js';
import { registerLabelJobs } from '../modules/labels/label-jobs.js';
import { registerImportJobs } from '../modules/imports/import-jobs.js';
import { countActiveAdmins, findUserByEmail } from '../modules/users/users-repository.js';
import { createUser } from '../modules/users/use-cases/create-user.js';
import { systemContext } from './context.js';

export interface BootstrapOptions {
  logger?: Logger;
  database?: Database;
  applicationName?: string;
}

export async function createServices(config: Config, options: BootstrapOptions = {}): Promise<Services> {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const database =
    options.database ??
    (await openDatabase({
      dataDir: config.dataDir,
      databaseUrl: config.databaseUrl,
      applicationName: options.applicationName,
    }));
  try {
    await runMigrations(database);
    const auditKey = await loadAuditKey(database.db, config.auditKey);
    const audit = new AuditWriter(auditKey);
    const jobs = new JobRunner(database, audit, logger);
    const services: Services = { config, database, db: database.db, audit, auditKey, jobs, logger };
    registerAuditJobs(services);
    registerLabelJobs(services);
    registerImportJobs(services);
    return services;
  } catch (err) {
    await database.close();
    throw err;
  }
}

/**
 * When no active administrator exists (an empty installation), creates one from QM_ADMIN_EMAIL and
 * QM_ADMIN_PASSWORD; without a password one is generated and returned so it can be shown once.
 */
export async function ensureFirstAdmin(
  s: Services,
): Promise<{ email: string; generatedPassword: string | null } | null> {
  if ((await countActiveAdmins(s.db)) > 0) return null;
  if (await findUserByEmail(s.db, s.config.adminEmail)) {
    throw new Error(
      `There is no active administrator, and ${s.config.adminEmail} is already a user. ` +
        'Set QM_ADMIN_EMAIL to another address, or run: qm user create --email <you> --role admin',
    );
  }
  const created = await createUser(s, systemContext(), {
    email: s.config.adminEmail,
    name: 'Administrator',
    password: s.config.adminPassword,
    grants: [{ role: 'admin', locationId: null }],
  });
  return { email: created.user.email, generatedPassword: created.temporaryPassword };
}
