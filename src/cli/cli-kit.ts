/**
 * What every `qm` command shares: how to reach the product (a database in this process, or a
 * running server over HTTP with a token), how to print (lines for people, --json for machines),
 * and how to fail (a clear message and a non-zero exit).
 */
import os from 'node:os';
import { Option, type Command } from 'commander';
import pino from 'pino';
import { ZodError } from 'zod';
import { loadConfig, type Config } from '../platform/config.js';
import { createServices } from '../platform/bootstrap.js';
import type { Services } from '../platform/services.js';
import type { ActionContext } from '../platform/context.js';
import { AppError } from '../platform/http/errors.js';
import { DataDirLockedError } from '../platform/db/data-dir-lock.js';
import { createApiClient, type ApiClient, type ApiProblem } from '../client/create-client.js';

export interface GlobalOptions {
  json?: boolean;
  url?: string;
  token?: string;
  dataDir?: string;
  databaseUrl?: string;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Options every command accepts; each also comes from its environment variable. */
export function withGlobalOptions(command: Command): Command {
  return command
    .addOption(new Option('--json', 'print machine-readable JSON').env('QM_JSON'))
    .addOption(new Option('--data-dir <dir>', 'folder of the embedded database').env('QM_DATA_DIR'))
    .addOption(
      new Option('--database-url <url>', 'a postgres:// URL (instead of the embedded database)').env('DATABASE_URL'),
    )
    .addOption(new Option('--url <url>', 'talk to a running server over HTTP instead').env('QM_URL'))
    .addOption(new Option('--token <token>', 'API token for --url').env('QM_TOKEN'));
}

export function configFrom(options: GlobalOptions, extra: Partial<Config> = {}): Config {
  const env = { ...process.env };
  if (options.dataDir) env.QM_DATA_DIR = options.dataDir;
  if (options.databaseUrl !== undefined) env.DATABASE_URL = options.databaseUrl;
  return loadConfig(env, extra);
}

export function cliContext(): ActionContext {
  return {
    actor: {
      type: 'system',
      userId: null,
      tokenId: null,
      label: `cli:${os.userInfo().username}@${os.hostname()}`,
      grants: [{ role: 'admin', locationId: null }],
      readOnly: false,
    },
    source: 'cli',
    requestId: null,
  };
}

/** Runs `fn` with the database opened in this process (locking the embedded data folder). */
export async function withServices<T>(options: GlobalOptions, fn: (s: Services) => Promise<T>): Promise<T> {
  const config = configFrom(options);
  const services = await createServices(config, {
    logger: pino({ level: 'warn' }, pino.destination(2)),
    applicationName: 'quartermaster-cli',
  });
  try {
    return await fn(services);
  } finally {
    await services.database.close();
  }
}

export function apiClient(options: GlobalOptions): ApiClient {
  if (!options.url) throw new CliError('No --url given.');
  if (!options.token) throw new CliError('--url needs an API token: pass --token or set QM_TOKEN.');
  return createApiClient({ baseUrl: options.url.replace(/\/$/, ''), token: options.token });
}

/** Unwraps an openapi-fetch answer, turning a problem+json into a CliError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const problem = result.error as Partial<ApiProblem> | undefined;
    const where = problem?.errors?.map((e) => `  ${e.pointer}: ${e.message}`).join('\n');
    throw new CliError(
      `${problem?.detail ?? `The server answered ${result.response.status}.`}${where ? `\n${where}` : ''}`,
    );
  }
  return result.data;
}

export function print(options: GlobalOptions, data: unknown, human: () => string): void {
  console.log(options.json ? JSON.stringify(data, null, 2) : human());
}

/** Wraps a command's action: known errors become a message on stderr and a non-zero exit. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      process.exitCode = reportError(err);
    }
  };
}

export function reportError(err: unknown): number {
  if (err instanceof CliError) {
    console.error(err.message);
    return err.exitCode;
  }
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    return 3;
  }
  if (err instanceof AppError) {
    const where = err.errors?.map((e) => `  ${e.pointer.replace('/body/', '--')}: ${e.message}`).join('\n');
    console.error(`${err.message}${where ? `\n${where}` : ''}`);
    return 1;
  }
  if (err instanceof ZodError) {
    console.error(err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
    return 1;
  }
  console.error(err instanceof Error ? err.message : String(err));
  return 1;
}
