/**
 * The audit log catches tampering done directly in the database, behind the application's back:
 * an altered, a deleted and an inserted entry are each named at the right place.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv } from '../../../test/helpers/harness.js';
import { sealAuditLog } from './audit-seal.js';
import { verifyAuditLog } from './audit-verify.js';
import { queryRows } from '../../platform/db/database.js';
import { systemContext } from '../../platform/context.js';

let env: TestEnv;
beforeEach(async () => {
  env = await createTestEnv();
  for (let i = 0; i < 4; i++) await makeUser(env.services); // two entries each: user and token created
  await sealAuditLog(env.db, env.services.auditKey);
});
afterEach(() => env.close());

/** Tampering means going around the append-only triggers, as a database superuser could. */
async function tamper(statement: ReturnType<typeof sql>) {
  await env.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

async function entries() {
  return queryRows<{ id: number; seq: number }>(env.db, sql`select id, seq from audit_log order by seq`);
}

const verify = () => verifyAuditLog(env.db, env.services.auditKey);

describe('the audit chain', () => {
  it('verifies an untouched log', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true, checked: 8, unsealed: 0, firstProblem: null });
  });

  it('refuses updates and deletes through the application’s own connection', async () => {
    const [first] = await entries();
    await expect(env.db.execute(sql`update audit_log set action = 'x' where id = ${first!.id}`)).rejects.toThrow();
    await expect(env.db.execute(sql`delete from audit_log where id = ${first!.id}`)).rejects.toThrow();
  });

  it('names an entry whose content was altered', async () => {
    const rows = await entries();
    const target = rows[3]!;
    await tamper(
      sql`update audit_log set changes = '{"after":{"email":"mallory@example.com"}}' where id = ${target.id}`,
    );
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ kind: 'altered', entryId: target.id, seq: target.seq });
    expect(report.problems).toHaveLength(1);
  });

  it('names the place of a deleted entry', async () => {
    const rows = await entries();
    const target = rows[2]!;
    await tamper(sql`delete from audit_log where id = ${target.id}`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ kind: 'deleted', seq: target.seq });
    expect(report.firstProblem!.message).toContain(`#${rows[3]!.id}`);
  });

  it('notices the last entries deleted from the end of the chain', async () => {
    const rows = await entries();
    await tamper(sql`delete from audit_log where seq >= ${rows[6]!.seq}`);
    const report = await verify();
    expect(report.firstProblem).toMatchObject({ kind: 'deleted', seq: rows[6]!.seq });
  });

  it('names an entry inserted behind the application’s back, before and after sealing', async () => {
    await tamper(sql`insert into audit_log (occurred_at, actor_type, actor_label, source, entity_type, entity_id, action, changes, content_mac)
      values (now(), 'user', 'mallory@example.com', 'web', 'user', 'x', 'user.created', '{}', 'forged')`);
    const [inserted] = await queryRows<{ id: number }>(
      env.db,
      sql`select id from audit_log where content_mac = 'forged'`,
    );
    const unsealed = await verify();
    expect(unsealed.firstProblem).toMatchObject({ kind: 'inserted', entryId: inserted!.id, seq: null });

    const outcome = await sealAuditLog(env.db, env.services.auditKey);
    expect(outcome).toEqual({ sealed: 1, forged: 1 });
    const sealed = await verify();
    expect(sealed.firstProblem).toMatchObject({ kind: 'inserted', entryId: inserted!.id, seq: 9 });
  });

  it('names an entry inserted into the middle of the chain with a made-up position', async () => {
    const rows = await entries();
    await tamper(sql`update audit_log set seq = seq + 1000 where seq > ${rows[4]!.seq}`);
    await tamper(sql`insert into audit_log (occurred_at, actor_type, actor_label, source, entity_type, entity_id, action, changes, content_mac, seq, prev_hash, hash)
      values (now(), 'user', 'mallory', 'web', 'user', 'x', 'user.created', '{}', 'forged', ${rows[4]!.seq + 1}, 'a', 'b')`);
    const report = await verify();
    expect(report.firstProblem).toMatchObject({ kind: 'inserted', seq: rows[4]!.seq + 1 });
  });

  it('seals entries written in one transaction together and keeps up with many writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        env.db.transaction((tx) =>
          env.services.audit.record(tx, systemContext(), {
            entityType: 'test',
            entityId: String(i),
            action: 'test.write',
            changes: { i },
          }),
        ),
      ),
    );
    const [outcomeA, outcomeB] = await Promise.all([
      sealAuditLog(env.db, env.services.auditKey),
      sealAuditLog(env.db, env.services.auditKey),
    ]);
    await sealAuditLog(env.db, env.services.auditKey);
    expect(outcomeA!.sealed + outcomeB!.sealed).toBeLessThanOrEqual(20);
    const report = await verify();
    expect(report).toMatchObject({ ok: true, checked: 28, unsealed: 0 });
  });
});
