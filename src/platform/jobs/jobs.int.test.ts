import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { systemContext } from '../context.js';

let env: TestEnv;
let auditor: TestUser;
let viewer: TestUser;
let release: () => void = () => {};

beforeAll(async () => {
  env = await createTestEnv({ jobs: false });
  // A job that waits until the test releases it, reporting progress as it goes.
  env.services.jobs.register<{ steps: number }>('test.slow', async (ctx) => {
    for (let i = 1; i <= ctx.payload.steps; i++) {
      await new Promise<void>((resolve) => {
        release = resolve;
        setTimeout(resolve, 50);
      });
      await ctx.progress(i, ctx.payload.steps, `step ${i}`);
    }
    return { done: ctx.payload.steps };
  });
  await env.services.jobs.start({ work: true, pollingIntervalSeconds: 0.5 });
  auditor = await makeUser(env.services, { role: 'auditor' });
  viewer = await makeUser(env.services, { role: 'viewer' });
});
afterAll(() => env.close());

async function waitFor(id: string, headers: Record<string, string>, until: (job: { status: string }) => boolean) {
  for (let i = 0; i < 200; i++) {
    const job = (await env.app.inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers })).json();
    if (until(job)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not reach the expected state');
}

describe('background jobs', () => {
  it('verifies the audit chain in the background and reports progress and the result', async () => {
    const started = await env.app.inject({ method: 'POST', url: '/api/v1/audit/verify-jobs', headers: auditor.auth });
    expect(started.statusCode).toBe(202);
    const job = await waitFor(started.json().id, auditor.auth, (j) => j.status === 'completed');
    expect(job.result).toMatchObject({ ok: true });
    expect(job.progressDone).toBe(job.progressTotal);
  });

  it('shows a job only to whoever asked for it (and to administrators and auditors)', async () => {
    const mine = await env.services.jobs.enqueue(
      { ...systemContext(), actor: { ...systemContext().actor, userId: viewer.id } },
      'test.slow',
      { steps: 1 },
    );
    const asViewer = await env.app.inject({ method: 'GET', url: `/api/v1/jobs/${mine.id}`, headers: viewer.auth });
    expect(asViewer.statusCode).toBe(200);
    const other = await makeUser(env.services, { role: 'technician' });
    const asOther = await env.app.inject({ method: 'GET', url: `/api/v1/jobs/${mine.id}`, headers: other.auth });
    expect(asOther.statusCode).toBe(404);
    await waitFor(mine.id, viewer.auth, (j) => j.status === 'completed');
  });

  it('cancels a running job at its next progress report', async () => {
    const job = await env.services.jobs.enqueue(
      { ...systemContext(), actor: { ...systemContext().actor, userId: auditor.id } },
      'test.slow',
      { steps: 400 },
    );
    await waitFor(job.id, auditor.auth, (j) => j.status === 'running');
    const cancel = await env.app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/cancel`,
      headers: auditor.auth,
    });
    expect(cancel.statusCode).toBe(200);
    release();
    const done = await waitFor(job.id, auditor.auth, (j) => j.status !== 'running');
    expect(done.status).toBe('cancelled');
    const again = await env.app.inject({ method: 'POST', url: `/api/v1/jobs/${job.id}/cancel`, headers: auditor.auth });
    expect(again.statusCode).toBe(409);
  });
});
