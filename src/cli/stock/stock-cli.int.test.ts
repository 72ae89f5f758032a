/**
 * `qm stock`: the same use cases as the API, reached in this process or over HTTP, with names and
 * codes people type, the `cli` source on the ledger, and exit codes that say what went wrong.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson } from '../../../test/helpers/factories.js';
import { queryRows } from '../../platform/db/database.js';
import { createApiClient } from '../../client/create-client.js';
import { CliError, cliContext } from '../cli-kit.js';
import { localGateway, remoteGateway, type StockGateway } from './stock-gateway.js';
import { describeMovement, formatBalances, movementFrom, resolveModel, type MovementOptions } from './stock-cli.js';
import type { MovementRequestKind } from '../../modules/stock/use-cases/record-movement.js';

let env: TestEnv;
let manager: TestUser;
let local: StockGateway;
let person: { email: string; name: string };
let toner: { id: string };

beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
  local = localGateway(env.services, cliContext());
  const site = await makeLocation(env.db, { code: 'CLI' });
  await makeLocation(env.db, { parent: site, code: 'CLI-A' });
  await makeLocation(env.db, { parent: site, code: 'CLI-B' });
  toner = await makeModel(env.db, { tracking: 'quantity', name: 'Toner CLI-1' });
  await makeModel(env.db, { tracking: 'quantity', name: 'Toner CLI-1 XL' });
  await makeModel(env.db, { tracking: 'quantity', name: 'Cable CLI' });
  const p = await makePerson(env.db, { email: 'grace.cli@example.com', name: 'Grace CLI' });
  person = { email: p.email!, name: p.name };
});
afterAll(() => env.close());

async function run(gw: StockGateway, kind: MovementRequestKind, o: Omit<MovementOptions, 'dryRun'>) {
  const recorded = await gw.record(await movementFrom(gw, kind, o));
  return describeMovement(kind, recorded.items);
}

async function refusal(promise: Promise<unknown>): Promise<CliError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CliError);
  return err as CliError;
}

describe('qm stock, in this process', () => {
  it('receives, issues to a person by e-mail, transfers, adjusts and takes back, recorded as the CLI', async () => {
    const model = 'toner cli-1';
    expect(await run(local, 'receive', { model, location: 'CLI-A', quantity: '20', reference: 'DN-1' })).toBe(
      'Received 20 Toner CLI-1 at CLI-A (now 20).',
    );
    expect(await run(local, 'issue', { model, location: 'CLI-A', quantity: '3', to: person.email })).toBe(
      `Issued 3 Toner CLI-1 at CLI-A (now 17) to ${person.name}.`,
    );
    expect(await run(local, 'transfer', { model, location: 'CLI-A', quantity: '5', to: 'CLI-B' })).toBe(
      'Transferred 5 Toner CLI-1 from CLI-A (now 12) to CLI-B (now 5).',
    );
    expect(await run(local, 'adjust', { model, location: 'CLI-B', quantity: '-2', reason: 'Count' })).toBe(
      'Adjusted -2 Toner CLI-1 at CLI-B (now 3).',
    );
    expect(await run(local, 'return', { model, location: 'CLI-A', quantity: '1', from: person.email })).toBe(
      `Returned 1 Toner CLI-1 at CLI-A (now 13) from ${person.name}.`,
    );
    const onHand = await local.balances({ modelId: (await resolveModel(local, model)).id });
    expect(onHand.items.map((b) => [b.location.code, b.onHand])).toEqual([
      ['CLI-A', 13],
      ['CLI-B', 3],
    ]);
    expect(formatBalances(onHand.items, onHand.totalOnHand)).toContain('16 on hand in 2 rows.');
    const sources = await queryRows<{ source: string; actor_label: string }>(
      env.db,
      sql`select distinct source, actor_label from stock_movements where model_id = ${toner.id}`,
    );
    expect(sources).toHaveLength(1);
    expect(sources[0]!.source).toBe('cli');
    expect(sources[0]!.actor_label).toMatch(/^cli:/);
  });

  it('refuses to issue more than is on hand with exit code 2, naming what is there', async () => {
    const err = await refusal(
      run(local, 'issue', { model: 'Toner CLI-1', location: 'CLI-B', quantity: '50', to: person.email }),
    );
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain('Only 3 of Toner CLI-1 on hand at CLI-B');
  });

  it('says which option is wrong, with exit code 1', async () => {
    const cases: [() => Promise<unknown>, string][] = [
      [
        () => run(local, 'receive', { model: 'Toner CLI-1', location: 'NOPE', quantity: '1' }),
        '--location: no location',
      ],
      [() => run(local, 'receive', { model: 'Toner', location: 'CLI-A', quantity: '1' }), '"Toner" names 2 models'],
      [
        () => run(local, 'receive', { model: 'Nothing like it', location: 'CLI-A', quantity: '1' }),
        'no model is named',
      ],
      [() => run(local, 'receive', { model: 'Cable CLI', location: 'CLI-A', quantity: '1.5' }), 'not a whole number'],
      [() => run(local, 'issue', { model: 'Cable CLI', location: 'CLI-A', quantity: '1' }), '--to: say who or what'],
      [
        () => run(local, 'adjust', { model: 'Cable CLI', location: 'CLI-A', quantity: '2' }),
        'Say why the stock is adjusted',
      ],
    ];
    for (const [attempt, message] of cases) {
      const err = await refusal(attempt());
      expect(err.exitCode, message).toBe(1);
      expect(err.message).toContain(message);
    }
  });
});

describe('qm stock, against a server', () => {
  it('records through the API with the same answers and refusals', async () => {
    const client = createApiClient({
      baseUrl: 'http://qm.test',
      token: manager.auth.authorization.slice('Bearer '.length),
      fetch: (async (request: Request) => {
        const headers: Record<string, string> = {};
        request.headers.forEach((value, name) => (headers[name] = value));
        const res = await env.app.inject({
          method: request.method as 'GET' | 'POST',
          url: request.url.slice('http://qm.test'.length),
          headers,
          ...(request.method === 'POST' ? { payload: await request.text() } : {}),
        });
        return new Response(res.body, { status: res.statusCode, headers: res.headers as Record<string, string> });
      }) as typeof fetch,
    });
    const remote = remoteGateway(client);
    expect(await run(remote, 'receive', { model: 'Cable CLI', location: 'CLI-B', quantity: '4' })).toBe(
      'Received 4 Cable CLI at CLI-B (now 4).',
    );
    expect(await run(remote, 'issue', { model: 'Cable CLI', location: 'CLI-B', quantity: '1', to: 'CLI-A' })).toBe(
      'Issued 1 Cable CLI at CLI-B (now 3) to CLI-A.',
    );
    const err = await refusal(run(remote, 'loss', { model: 'Cable CLI', location: 'CLI-B', quantity: '9' }));
    expect(err.exitCode).toBe(2);
    const below = await remote.balances({ belowMinimum: true });
    expect(below.items).toEqual([]);
  });
});

describe('the qm binary', () => {
  it('prints on hand, records a movement, and exits 2 when stock does not cover it', async () => {
    await new Promise<void>((resolve) => env.app.server.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(env.app.server.address() as AddressInfo).port}`;
    const qm = (...args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [path.resolve(import.meta.dirname, '../../../bin/qm.js'), 'stock', ...args],
          {
            env: {
              ...process.env,
              QM_URL: url,
              QM_TOKEN: manager.auth.authorization.slice('Bearer '.length),
              DATABASE_URL: '',
            },
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('exit', (code) => resolve({ code, stdout, stderr }));
      });
    const issued = await qm(
      'issue',
      '--model',
      'Cable CLI',
      '--location',
      'CLI-B',
      '--quantity',
      '1',
      '--to',
      person.email,
    );
    expect(issued.stderr.replace(/.*nodedir.*\n?/g, '')).toBe('');
    expect(issued.stdout.trim()).toBe(`Issued 1 Cable CLI at CLI-B (now 2) to ${person.name}.`);
    expect(issued.code).toBe(0);
    const refused = await qm(
      'issue',
      '--model',
      'Cable CLI',
      '--location',
      'CLI-B',
      '--quantity',
      '5',
      '--to',
      'CLI-A',
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Only 2 of Cable CLI on hand at CLI-B');
    const dry = await qm('receive', '--model', 'Cable CLI', '--location', 'CLI-B', '--quantity', '7', '--dry-run');
    expect(dry.stdout.trim()).toBe('Would receive 7 of Cable CLI at CLI-B (2 on hand now). Nothing recorded.');
    const onHand = await qm('on-hand', '--location', 'CLI', '--json');
    expect(onHand.code).toBe(0);
    expect(JSON.parse(onHand.stdout).totalOnHand).toBe(18);
  }, 120_000);
});
