/**
 * Imports that do not end as planned: a run whose process died is marked failed (so it can be
 * run again), and a cancel asked between any two phases, up to the commit, rolls the run back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { backend, createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { queryRows, type Db } from '../../platform/db/database.js';
import { jobs } from '../../platform/db/schema.js';
import { ABANDONED_MESSAGE, JobCancelledError } from '../../platform/jobs/job-runner.js';
import { ABANDONED_IMPORT_MESSAGE, executeRun, importerContext } from './import-jobs.js';
import { IMPORT_JOB } from './imports-use-cases.js';
import { updateImport } from './imports-repository.js';
import type { ImportView } from './import-presenter.js';

const SNIPE = path.resolve(
  process.env.QM_FIXTURES ?? path.resolve(import.meta.dirname, '../../../../shared/fixtures'),
  'snipe-it',
);

let env: TestEnv;
let manager: TestUser;
let dataDir: string;

beforeAll(async () => {
  env = await createTestEnv({ jobs: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-imports-recovery-'));
  env.services.config.dataDir = dataDir;
  manager = await makeUser(env.services, { role: 'asset_manager' });
});
afterAll(async () => {
  await env?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function uploadSample(): Promise<ImportView> {
  const res = await env.app.inject({
    method: 'POST',
    url: `/api/v1/imports?type=assets&fileName=assets-sample.csv`,
    headers: { ...manager.auth, 'content-type': 'text/csv' },
    payload: fs.readFileSync(path.join(SNIPE, 'assets-sample.csv')),
  });
  expect(res.statusCode).toBe(201);
  return res.json() as ImportView;
}

async function view(id: string): Promise<ImportView> {
  return (await env.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: manager.auth })).json();
}

async function settle(id: string): Promise<ImportView> {
  for (let i = 0; i < 300; i++) {
    const current = await view(id);
    if (!['checking', 'committing'].includes(current.state)) return current;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the import did not finish');
}

/** A job row as a worker leaves it when its process dies mid-run: running, never finished. */
async function runningJob(importId: string, dryRun: boolean): Promise<string> {
  const [job] = await env.db
    .insert(jobs)
    .values({ kind: IMPORT_JOB, payload: { importId, dryRun }, requestedBy: manager.id, status: 'running' })
    .returning();
  return job!.id;
}

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(env.db, query);
  return Number(row?.n ?? 0);
}

const registry = async () => ({
  assets: await count(sql`select count(*)::int as n from assets`),
  locations: await count(sql`select count(*)::int as n from locations`),
  models: await count(sql`select count(*)::int as n from models`),
  committed: await count(sql`select count(*)::int as n from audit_log where action = 'import.committed'`),
});

describe('an import whose process died', () => {
  it('is marked failed with a message when the worker starts, and can be run again', async () => {
    const upload = await uploadSample();
    const jobId = await runningJob(upload.id, false);
    await updateImport(env.db, upload.id, { jobId, state: 'committing' });
    expect((await view(upload.id)).state).toBe('committing');

    const abandoned = await env.services.jobs.recoverAbandoned({ atStart: true });
    expect(abandoned.map((j) => j.id)).toEqual([jobId]);
    const failed = await view(upload.id);
    expect(failed).toMatchObject({ state: 'failed', lastError: ABANDONED_IMPORT_MESSAGE });
    expect(failed.job).toMatchObject({ status: 'failed', error: ABANDONED_MESSAGE });

    const again = await env.app.inject({
      method: 'POST',
      url: `/api/v1/imports/${upload.id}/run`,
      headers: manager.auth,
      payload: { dryRun: false },
    });
    expect(again.statusCode).toBe(202);
    expect(await settle(upload.id)).toMatchObject({ state: 'committed', lastRun: { assets: { created: 22 } } });
    // Looking again settles nothing more: the new run finished normally.
    expect(await env.services.jobs.recoverAbandoned({ atStart: false })).toEqual([]);
  });

  it('leaves alone a job pg-boss still has queued or active, once the worker is up', async () => {
    const upload = await uploadSample();
    const [queued] = await queryRows<{ id: string }>(env.db, sql`select gen_random_uuid()::text as id`);
    const jobId = queued!.id;
    await env.db.insert(jobs).values({
      id: jobId,
      kind: IMPORT_JOB,
      payload: { importId: upload.id, dryRun: true },
      requestedBy: manager.id,
      status: 'running',
    });
    // Queued in pg-boss for a time far ahead, so no worker here picks it up.
    await env.services.jobs['boss']!.send(
      `qm.${IMPORT_JOB}`,
      { jobId },
      { id: jobId, startAfter: new Date(Date.now() + 3_600_000) },
    );
    await updateImport(env.db, upload.id, { jobId, state: 'checking' });
    expect(await env.services.jobs.recoverAbandoned({ atStart: false })).toEqual([]);
    expect((await view(upload.id)).state).toBe('checking');
    await env.db.update(jobs).set({ status: 'cancelled' }).where(eq(jobs.id, jobId));
    await updateImport(env.db, upload.id, { state: 'cancelled' });
  });
});

describe('cancelling an import', () => {
  // The checkpoints in order: after reading the file, after resolve, check, plan, the new
  // references, and the last one inside the transaction just before it commits.
  const phases = ['read', 'resolve', 'check', 'plan', 'references', 'before commit'];
  for (const [index, phase] of phases.entries()) {
    it(`after ${phase}: the run stops, says cancelled and writes nothing`, async () => {
      const upload = await uploadSample();
      const jobId = await runningJob(upload.id, false);
      await updateImport(env.db, upload.id, { jobId, state: 'committing' });
      const before = await registry();
      const ctx = await importerContext(env.services, manager.id);
      let reached = 0;
      const run = executeRun(
        env.services,
        ctx,
        upload.id,
        false,
        async () => undefined,
        async (db: Db, options) => {
          // Someone asks to cancel while this phase runs (through the run's own connection:
          // the embedded database has one, and the transaction holds it).
          if (reached++ === index) await db.update(jobs).set({ cancelRequested: true }).where(eq(jobs.id, jobId));
          await env.services.jobs.checkCancelled(jobId, db, options);
        },
      );
      await expect(run).rejects.toBeInstanceOf(JobCancelledError);
      expect(reached).toBe(index + 1);
      expect((await view(upload.id)).state).toBe('cancelled');
      expect(await registry()).toEqual(before);
    });
  }

  it('without a cancel, the same checkpoints let the commit through', async () => {
    const upload = await uploadSample();
    const jobId = await runningJob(upload.id, false);
    await updateImport(env.db, upload.id, { jobId, state: 'committing' });
    const ctx = await importerContext(env.services, manager.id);
    let reached = 0;
    const result = await executeRun(
      env.services,
      ctx,
      upload.id,
      false,
      async () => undefined,
      async (db: Db, options) => {
        reached++;
        await env.services.jobs.checkCancelled(jobId, db, options);
      },
    );
    expect(reached).toBe(phases.length);
    expect(result.committed).toBe(true);
    expect((await view(upload.id)).state).toBe('committed');
  });

  // On PostgreSQL the cancel comes through its own connection while the run's transaction is open:
  // it must neither wait for the run to end nor be lost.
  it.skipIf(backend !== 'postgres')(
    'a cancel asked through the API while the registry is written rolls it back',
    async () => {
      const upload = await uploadSample();
      const jobId = await runningJob(upload.id, false);
      await updateImport(env.db, upload.id, { jobId, state: 'committing' });
      const before = await registry();
      const ctx = await importerContext(env.services, manager.id);
      let reached = 0;
      let cancel: { statusCode: number } | undefined;
      const run = executeRun(
        env.services,
        ctx,
        upload.id,
        false,
        async () => undefined,
        async (db: Db, options) => {
          // After the new references are created, the user presses cancel.
          if (++reached === 5) {
            cancel = await env.app.inject({
              method: 'POST',
              url: `/api/v1/imports/${upload.id}/cancel`,
              headers: manager.auth,
            });
          }
          await env.services.jobs.checkCancelled(jobId, db, options);
        },
      );
      await expect(run).rejects.toBeInstanceOf(JobCancelledError);
      expect(cancel?.statusCode).toBe(200);
      expect(reached).toBe(5);
      expect((await view(upload.id)).state).toBe('cancelled');
      expect(await registry()).toEqual(before);
    },
  );
});
