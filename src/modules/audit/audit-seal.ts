/**
 * Seals audit entries into the hash chain in commit order. Writers never wait for each other on the
 * chain: they insert unsealed rows, and this step (run every second by whichever instance gets the
 * advisory lock, and before every verification) links everything committed so far.
 */
import { asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { queryRows, sql } from '../../platform/db/database.js';
import { auditChainHead, auditLog } from '../../platform/db/schema.js';
import { GENESIS_HASH, chainHash, contentMac, headMac, type SealVerdict } from '../../domain/audit-chain.js';

const SEAL_LOCK_KEY = 0x514d_4155_4449; // "QM-AUDI"

export interface SealOutcome {
  sealed: number;
  forged: number;
}

export async function sealAuditLog(db: Db, key: string, batchSize = 5000): Promise<SealOutcome> {
  const outcome: SealOutcome = { sealed: 0, forged: 0 };
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const [lock] = await queryRows<{ locked: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(${SEAL_LOCK_KEY}) as locked`,
      );
      if (!lock?.locked) return undefined; // another instance is sealing right now
      const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
      let seq = head?.seq ?? 0;
      let prevHash = head?.hash ?? GENESIS_HASH;
      const pending = await tx
        .select()
        .from(auditLog)
        .where(isNull(auditLog.seq))
        .orderBy(asc(auditLog.id))
        .limit(batchSize);
      if (pending.length === 0) return { sealed: 0, forged: 0 };
      let forged = 0;
      const links = pending.map((row) => {
        seq += 1;
        const verdict: SealVerdict = contentMac(key, row) === row.contentMac ? 'genuine' : 'forged';
        if (verdict === 'forged') forged += 1;
        const hash = chainHash(key, seq, prevHash, row.contentMac, verdict);
        const link = { id: row.id, seq, prev_hash: prevHash, hash };
        prevHash = hash;
        return link;
      });
      await tx.execute(sql`
        update audit_log set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        from jsonb_to_recordset(${JSON.stringify(links)}::jsonb)
          as v(id bigint, seq bigint, prev_hash text, hash text)
        where audit_log.id = v.id`);
      const newHead = { seq, hash: prevHash, mac: headMac(key, seq, prevHash), updatedAt: new Date() };
      await tx
        .insert(auditChainHead)
        .values({ id: 1, ...newHead })
        .onConflictDoUpdate({ target: auditChainHead.id, set: newHead });
      return { sealed: pending.length, forged };
    });
    if (!batch) break;
    outcome.sealed += batch.sealed;
    outcome.forged += batch.forged;
    if (batch.sealed < batchSize) break;
  }
  return outcome;
}
