/**
 * What use cases need from the platform, built once per process (server, worker, CLI or test).
 */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database, Db } from './db/database.js';
import type { AuditWriter } from '../modules/audit/audit-writer.js';
import type { JobRunner } from './jobs/job-runner.js';

export interface Services {
  config: Config;
  database: Database;
  db: Db;
  audit: AuditWriter;
  auditKey: string;
  jobs: JobRunner;
  logger: Logger;
}
