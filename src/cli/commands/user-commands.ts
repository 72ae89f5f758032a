import { Option, type Command } from 'commander';
import { ROLES, isRole, type Grant } from '../../domain/permissions.js';
import { createUser } from '../../modules/users/use-cases/create-user.js';
import { resetPassword } from '../../modules/auth/passwords.js';
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

interface UserCreateOptions extends GlobalOptions {
  email: string;
  name?: string;
  password?: string;
  role: string[];
}

function parseGrants(roles: string[]): Grant[] {
  return roles.map((spec) => {
    const [role, locationId] = spec.split('@');
    if (!role || !isRole(role)) throw new CliError(`Unknown role "${role}". Roles: ${ROLES.join(', ')}.`);
    return { role, locationId: locationId || null };
  });
}

export function registerUserCommands(program: Command) {
  const user = program.command('user').description('Manage users');

  user
    .command('create')
    .description('Create a user (without --password a temporary one is generated and printed once)')
    .addOption(new Option('--email <email>', 'sign-in e-mail').env('QM_USER_EMAIL').makeOptionMandatory())
    .addOption(new Option('--name <name>', 'display name (defaults to the e-mail)').env('QM_USER_NAME'))
    .addOption(new Option('--password <password>', 'initial password').env('QM_USER_PASSWORD'))
    .addOption(
      new Option(
        '--role <role[@locationId]>',
        `a role, optionally limited to a location subtree; repeatable or comma-separated (${ROLES.join(', ')})`,
      )
        .env('QM_USER_ROLES')
        .argParser((v: string, all: string[] = []) => [
          ...all,
          ...v
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean),
        ])
        .default([] as string[]),
    )
    .action(
      action(async (_opts, command: Command) => {
        const o = command.optsWithGlobals<UserCreateOptions>();
        const input = { email: o.email, name: o.name ?? o.email, password: o.password, grants: parseGrants(o.role) };
        const created = o.url
          ? unwrap(await apiClient(o).POST('/api/v1/users', { body: input }))
          : await withServices(o, (s) => createUser(s, cliContext(), input));
        print(o, created, () =>
          [
            `Created ${created.user.email} (${created.user.grants.map((g) => g.role).join(', ') || 'no roles'}).`,
            created.temporaryPassword
              ? `Temporary password (shown once; to be changed at first sign-in): ${created.temporaryPassword}`
              : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
      }),
    );

  user
    .command('reset-password')
    .description("Reset a user's password and sign them out everywhere")
    .requiredOption('--email <email>', 'the user')
    .addOption(
      new Option('--password <password>', 'the new password (generated when left out)').env('QM_USER_PASSWORD'),
    )
    .action(
      action(async (_opts, command: Command) => {
        const o = command.optsWithGlobals<GlobalOptions & { email: string; password?: string }>();
        const body = o.password ? { password: o.password } : {};
        let result: { temporaryPassword: string };
        if (o.url) {
          const client = apiClient(o);
          const found = unwrap(await client.GET('/api/v1/users', { params: { query: { q: o.email, limit: 10 } } }));
          const match = found.items.find((u) => u.email.toLowerCase() === o.email.toLowerCase());
          if (!match) throw new CliError(`No user with the e-mail ${o.email}.`);
          result = unwrap(
            await client.POST('/api/v1/users/{id}/reset-password', { params: { path: { id: match.id } }, body }),
          );
        } else {
          result = await withServices(o, async (s) => {
            const found = await findUserByEmail(s.db, o.email);
            if (!found) throw new CliError(`No user with the e-mail ${o.email}.`);
            return resetPassword(s, cliContext(), found.id, body);
          });
        }
        print(o, { email: o.email, temporaryPassword: o.password ? null : result.temporaryPassword }, () =>
          o.password
            ? `Password of ${o.email} reset; they must change it at next sign-in.`
            : `Temporary password for ${o.email} (shown once): ${result.temporaryPassword}`,
        );
      }),
    );
}
