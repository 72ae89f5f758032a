/**
 * Configuration comes from the environment; `qm serve` flags override the same keys.
 * Every setting is listed in the README's configuration table.
 */
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Folder for the embedded database and the lock file. */
  dataDir: string;
  /** A postgres:// URL switches from the embedded database to a PostgreSQL server. */
  databaseUrl: string | undefined;
  adminEmail: string;
  adminPassword: string | undefined;
  logLevel: string;
  /** Run background jobs inside this process (always true on the embedded database). */
  runWorkers: boolean;
  /** Minutes between VACUUM ANALYZE runs on the embedded database; 0 disables the timer. */
  vacuumIntervalMinutes: number;
  sessionTtlHours: number;
  /** Key for the audit log's hash chain; when unset one is generated and kept in the database. */
  auditKey: string | undefined;
  /** Trust X-Forwarded-* headers (behind a reverse proxy or load balancer). */
  trustProxy: boolean;
  /** Serve the built web app from this folder when it exists. */
  webDir: string;
  /** The address users reach the app at (labels' QR links point there); optional. */
  publicUrl: string | undefined;
  /** Spreadsheet uploads (imports) larger than this are refused with 413. */
  maxUploadBytes: number;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

function boolFrom(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const config: Config = {
    port: intFrom(env.PORT, 8080, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.QM_DATA_DIR || './data'),
    databaseUrl,
    adminEmail: env.QM_ADMIN_EMAIL || 'admin@example.com',
    adminPassword: env.QM_ADMIN_PASSWORD || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    runWorkers: boolFrom(env.QM_RUN_WORKERS, true),
    vacuumIntervalMinutes: intFrom(env.QM_VACUUM_INTERVAL_MINUTES, 30, 'QM_VACUUM_INTERVAL_MINUTES'),
    sessionTtlHours: intFrom(env.QM_SESSION_TTL_HOURS, 12, 'QM_SESSION_TTL_HOURS'),
    auditKey: env.QM_AUDIT_KEY || undefined,
    trustProxy: boolFrom(env.QM_TRUST_PROXY, false),
    webDir: path.resolve(env.QM_WEB_DIR || path.join(import.meta.dirname, '../../web/dist')),
    publicUrl: env.QM_PUBLIC_URL?.replace(/\/$/, '') || undefined,
    maxUploadBytes: intFrom(env.QM_MAX_UPLOAD_MB, 2048, 'QM_MAX_UPLOAD_MB') * 1024 * 1024,
    ...overrides,
  };
  if (!config.databaseUrl) config.runWorkers = true;
  return config;
}
