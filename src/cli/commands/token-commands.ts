import { Option, type Command } from 'commander';
import { createToken } from '../../modules/tokens/token-use-cases.js';
import { findUserByEmail } from '../../modules/users/users-repository.js';
import {
  action,
  apiClient,
  CliError,
  cliContext,
  print,
  unwrap,
  withServices,
  type GlobalOptions,
} from '../cli-kit.js';

interface TokenCreateOptions extends GlobalOptions {
  name: string;
  user?: string;
  access: string;
  expires?: string;
}

export function registerTokenCommands(program: Command) {
  const token = program.command('token').description('Manage API tokens');
  token
    .command('create')
    .description('Create an API token; the secret is printed once')
    .addOption(
      new Option('--name <name>', 'what the token is for (e.g. "HR sync")').env('QM_TOKEN_NAME').makeOptionMandatory(),
    )
    .addOption(new Option('--user <email>', 'the user the token acts as (required without --url)').env('QM_TOKEN_USER'))
    .addOption(new Option('--access <access>', 'read-only or read-write').env('QM_TOKEN_ACCESS').default('read-only'))
    .addOption(
      new Option('--expires <date>', 'expiry, as an ISO date or date-time (default: never)').env('QM_TOKEN_EXPIRES'),
    )
    .action(
      action(async (_opts, command: Command) => {
        const o = command.optsWithGlobals<TokenCreateOptions>();
        const access = o.access.replace('-', '_');
        if (access !== 'read_only' && access !== 'read_write') {
          throw new CliError('--access must be read-only or read-write.');
        }
        let expiresAt: string | undefined;
        if (o.expires) {
          const date = new Date(o.expires);
          if (Number.isNaN(date.getTime())) throw new CliError(`--expires: "${o.expires}" is not a date.`);
          expiresAt = date.toISOString();
        }
        const input = { name: o.name, access, expiresAt } as const;
        let created;
        if (o.url) {
          const client = apiClient(o);
          let userId: string | undefined;
          if (o.user) {
            const found = unwrap(await client.GET('/api/v1/users', { params: { query: { q: o.user, limit: 10 } } }));
            userId = found.items.find((u) => u.email.toLowerCase() === o.user!.toLowerCase())?.id;
            if (!userId) throw new CliError(`No user with the e-mail ${o.user}.`);
          }
          created = unwrap(await client.POST('/api/v1/tokens', { body: { ...input, userId } }));
        } else {
          if (!o.user) throw new CliError('Say which user the token acts as: --user <email>.');
          created = await withServices(o, async (s) => {
            const owner = await findUserByEmail(s.db, o.user!);
            if (!owner) throw new CliError(`No user with the e-mail ${o.user}.`);
            return createToken(s, cliContext(), { ...input, userId: owner.id });
          });
        }
        print(o, created, () =>
          [
            `Token "${created.token.name}" for ${created.token.userEmail} (${created.token.access.replace('_', '-')}).`,
            `Secret (shown once, store it now): ${created.secret}`,
          ].join('\n'),
        );
      }),
    );
}
