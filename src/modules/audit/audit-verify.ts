/**
 * Walks the audit chain and names the first entry that was altered, deleted or inserted behind the
 * application's back. Runs in batches so that a chain of millions of entries uses little memory;
 * `onProgress` lets a background job report how far it got.
 */
import { and, asc, eq, gt, isNotNull, isNull, sql as dsql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { auditChainHead, auditLog } from '../../platform/db/schema.js';
import { GENESIS_HASH, chainHash, contentMac, headMac } from '../../domain/audit-chain.js';

export type ProblemKind = 'altered' | 'deleted' | 'inserted';

export interface ChainProblem {
  kind: ProblemKind;
  /** The entry's id, when the entry still exists. */
  entryId: number | null;
  seq: number | null;
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  /** Sealed entries walked. */
  checked: number;
  /** Entries written but not sealed yet (their MACs are still checked). */
  unsealed: number;
  headSeq: number;
  firstProblem: ChainProblem | null;
  /** Up to 100 problems, in chain order. */
  problems: ChainProblem[];
}

const MAX_PROBLEMS = 100;

export async function verifyAuditLog(
  db: Db,
  key: string,
  onProgress?: (checked: number, total: number) => Promise<void> | void,
  batchSize = 5000,
): Promise<VerifyReport> {
  const problems: ChainProblem[] = [];
  const report = (p: ChainProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  const headSeq = head?.seq ?? 0;
  if (head && head.mac !== headMac(key, head.seq, head.hash)) {
    report({
      kind: 'altered',
      entryId: null,
      seq: head.seq,
      message: 'The record of the chain head was changed outside the application.',
    });
  }
  const [counted] = await db
    .select({ n: dsql<number>`count(*)::int` })
    .from(auditLog)
    .where(isNotNull(auditLog.seq));
  const total = counted?.n ?? 0;

  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(isNotNull(auditLog.seq), gt(auditLog.seq, lastSeq)))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    for (const row of rows) {
      const seq = row.seq!;
      if (seq > expectedSeq) {
        report({
          kind: 'deleted',
          entryId: null,
          seq: expectedSeq,
          message:
            seq - expectedSeq === 1
              ? `Entry ${expectedSeq} of the chain is missing: it was deleted (the next entry is #${row.id}).`
              : `Entries ${expectedSeq} to ${seq - 1} of the chain are missing: they were deleted (the next entry is #${row.id}).`,
        });
        prevHash = row.prevHash ?? prevHash;
      }
      const macValid = contentMac(key, row) === row.contentMac;
      const linkedGenuine = row.hash === chainHash(key, seq, prevHash, row.contentMac, 'genuine');
      const linkedForged = row.hash === chainHash(key, seq, prevHash, row.contentMac, 'forged');
      if (linkedForged) {
        report({
          kind: 'inserted',
          entryId: row.id,
          seq,
          message: `Entry #${row.id} (chain position ${seq}) was inserted behind the application's back: it was never written by Quartermaster.`,
        });
      } else if (linkedGenuine && !macValid) {
        report({
          kind: 'altered',
          entryId: row.id,
          seq,
          message: `Entry #${row.id} (chain position ${seq}) was altered after it was written.`,
        });
      } else if (!linkedGenuine) {
        report(
          macValid
            ? {
                kind: 'altered',
                entryId: row.id,
                seq,
                message: `Entry #${row.id} (chain position ${seq}) does not link to the entry before it: the chain was altered here.`,
              }
            : {
                kind: 'inserted',
                entryId: row.id,
                seq,
                message: `Entry #${row.id} (chain position ${seq}) was inserted behind the application's back: it has no valid signature and does not link into the chain.`,
              },
        );
      }
      prevHash = row.hash ?? prevHash;
      expectedSeq = seq + 1;
      lastSeq = seq;
      checked += 1;
    }
    await onProgress?.(checked, total);
    if (rows.length < batchSize) break;
  }
  if (lastSeq < headSeq) {
    report({
      kind: 'deleted',
      entryId: null,
      seq: lastSeq + 1,
      message:
        lastSeq + 1 === headSeq
          ? `The last entry of the chain (position ${headSeq}) is missing: it was deleted.`
          : `Entries ${lastSeq + 1} to ${headSeq} at the end of the chain are missing: they were deleted.`,
    });
  } else if (lastSeq > headSeq) {
    report({
      kind: 'inserted',
      entryId: null,
      seq: headSeq + 1,
      message: `Entries beyond the sealed head (position ${headSeq}) were inserted behind the application's back.`,
    });
  }

  let unsealed = 0;
  let lastId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(isNull(auditLog.seq), gt(auditLog.id, lastId)))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    for (const row of rows) {
      unsealed += 1;
      lastId = row.id;
      if (contentMac(key, row) !== row.contentMac) {
        report({
          kind: 'inserted',
          entryId: row.id,
          seq: null,
          message: `Entry #${row.id} (not sealed yet) was inserted or altered behind the application's back: its signature is not valid.`,
        });
      }
    }
    if (rows.length < batchSize) break;
  }

  return {
    ok: problems.length === 0,
    checked,
    unsealed,
    headSeq,
    firstProblem: problems[0] ?? null,
    problems,
  };
}
