/**
 * The write half of applying scans: scans whose asset and target are known are applied in scan-time
 * order, set-based, with each scan's answer recorded in the same transaction as its effect (so a
 * scan sent again after a crash is answered, never applied twice).
 *
 * A scan is a conflict when its asset was acted on after the scan was taken (the scan no longer
 * describes the asset: a person settles it), and rejected when the status machine, the caller's role
 * or scope refuses it; either way nothing else in its transaction is affected.
 */
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { uniqueViolation } from '../../platform/http/errors.js';
import { assetEvents, scans } from '../../platform/db/schema-all.js';
import { ACTION_LABELS, type AssetAction } from '../../domain/asset-lifecycle.js';
import { lockAssets } from '../assets/assets-repository.js';
import { applyActionRequests, type ParsedActionInput } from '../assets/use-cases/apply-action-requests.js';
import type { LookupMatch } from './lookup.js';
import type { AssetRef } from './resolve-codes.js';
import type { ScanIn, ScanResultView } from './scan-schemas.js';

/** A scan whose asset and target are known, with who sent it: ready to apply (or to meet a conflict). */
export interface ReadyScan {
  ctx: ActionContext;
  deviceId: string | null;
  scan: ScanIn;
  asset: AssetRef;
  target: LookupMatch | undefined;
  /** The phrase after the asset in the answer: "moved to Lyon stockroom". */
  done: string;
  input: ParsedActionInput;
}

export type ScanRow = typeof scans.$inferSelect;

/** Scans in one transaction at most; more are applied in consecutive transactions. */
const CHUNK = 1000;

export function present(row: ScanRow, replayed: boolean): ScanResultView {
  return { clientId: row.clientId, outcome: row.outcome, message: row.message, assetId: row.assetId, replayed };
}

export function scanRow(
  ctx: ActionContext,
  deviceId: string | null,
  scan: ScanIn,
  outcome: 'applied' | 'conflict' | 'rejected',
  message: string,
  assetId: string | null,
): typeof scans.$inferInsert {
  return {
    clientId: scan.clientId,
    userId: ctx.actor.userId,
    deviceId,
    scannedAt: new Date(scan.scannedAt),
    action: scan.action,
    code: scan.code,
    targetCode: scan.target ?? null,
    outcome,
    message,
    assetId,
  };
}

export async function replay(s: Services, clientId: string): Promise<ScanResultView> {
  const [row] = await s.db.select().from(scans).where(eq(scans.clientId, clientId));
  return present(row!, true);
}

/** Applies ready scans (already in scan-time order) and answers each by client id. */
export async function writeReadyScans(s: Services, ready: ReadyScan[]): Promise<Map<string, ScanResultView>> {
  const out = new Map<string, ScanResultView>();
  for (const chunk of chunks(ready)) {
    try {
      for (const r of await inTransaction(s.db, (tx) => applyChunk(s, tx, chunk))) out.set(r.clientId, r);
    } catch (err) {
      // Another request recorded one of these scans meanwhile (the same batch sent twice at once):
      // each scan alone, so that one answers as recorded and the others apply.
      if (uniqueViolation(err) !== 'scans_pkey') throw err;
      for (const r of chunk) {
        try {
          const [view] = await inTransaction(s.db, (tx) => applyChunk(s, tx, [r]));
          out.set(r.scan.clientId, view!);
        } catch (inner) {
          if (uniqueViolation(inner) !== 'scans_pkey') throw inner;
          out.set(r.scan.clientId, await replay(s, r.scan.clientId));
        }
      }
    }
  }
  return out;
}

/** Consecutive runs of scans in which each asset appears once (a later scan of it starts the next). */
function chunks(ready: ReadyScan[]): ReadyScan[][] {
  const out: ReadyScan[][] = [];
  let current: ReadyScan[] = [];
  let assetsIn = new Set<string>();
  for (const r of ready) {
    if (assetsIn.has(r.asset.id) || current.length >= CHUNK) {
      out.push(current);
      current = [];
      assetsIn = new Set();
    }
    current.push(r);
    assetsIn.add(r.asset.id);
  }
  if (current.length > 0) out.push(current);
  return out;
}

async function applyChunk(s: Services, tx: Db, chunk: ReadyScan[]): Promise<ScanResultView[]> {
  const locked = await lockAssets(
    tx,
    chunk.map((r) => r.asset.id),
  );
  const latest = await latestActions(
    tx,
    chunk.map((r) => r.asset.id),
  );
  const rows: (typeof scans.$inferInsert)[] = [];
  const toApply: ReadyScan[] = [];
  for (const r of chunk) {
    const event = latest.get(r.asset.id);
    if (event && event.occurredAt.getTime() > Date.parse(r.scan.scannedAt)) {
      rows.push(scanRow(r.ctx, r.deviceId, r.scan, 'conflict', conflictMessage(event, r.scan), r.asset.id));
    } else toApply.push(r);
  }
  const lockedIds = new Set(toApply.map((r) => r.asset.id));
  const outcomes = await applyActionRequests(
    s,
    tx,
    toApply.map((r) => ({
      ctx: r.ctx,
      action: r.scan.action as AssetAction,
      assetId: r.asset.id,
      input: r.input,
      // Dated when the scan was taken (never in the future), so later scans of the same batch do
      // not see it as a change made after them.
      occurredAt: new Date(Math.min(Date.parse(r.scan.scannedAt), Date.now())),
      data: { scanClientId: r.scan.clientId, ...(r.deviceId ? { deviceId: r.deviceId } : {}) },
    })),
    { locked: locked.filter((a) => lockedIds.has(a.id)) },
  );
  toApply.forEach((r, i) => {
    const o = outcomes[i]!;
    rows.push(
      o.ok
        ? scanRow(r.ctx, r.deviceId, r.scan, 'applied', `${r.asset.tag} ${r.done}.`, r.asset.id)
        : scanRow(
            r.ctx,
            r.deviceId,
            r.scan,
            o.refusal.error.status === 409 ? 'conflict' : 'rejected',
            o.refusal.error.message,
            r.asset.id,
          ),
    );
  });
  const inserted: ScanRow[] = [];
  for (let i = 0; i < rows.length; i += 1000)
    inserted.push(
      ...(await tx
        .insert(scans)
        .values(rows.slice(i, i + 1000))
        .returning()),
    );
  return inserted.map((row) => present(row, false));
}

type EventRow = typeof assetEvents.$inferSelect;

/**
 * Each asset's latest action (not an edit of its data, not its creation or receipt: a station's
 * clock may run behind the server's), which makes a scan taken before it stale.
 */
async function latestActions(db: Db, assetIds: string[]): Promise<Map<string, EventRow>> {
  const rows = await db
    .selectDistinctOn([assetEvents.assetId])
    .from(assetEvents)
    .where(
      and(inArray(assetEvents.assetId, assetIds), notInArray(assetEvents.action, ['updated', 'created', 'received'])),
    )
    .orderBy(assetEvents.assetId, sql`${assetEvents.occurredAt} desc`);
  return new Map(rows.map((r) => [r.assetId, r]));
}

function conflictMessage(event: EventRow, scan: ScanIn): string {
  const who = event.assigneeTo?.label ? ` to ${event.assigneeTo.label}` : '';
  const what = ACTION_LABELS[event.action as AssetAction] ?? event.action;
  return `The asset was ${what}${who} by ${event.actorLabel} at ${event.occurredAt.toISOString()}, after this scan (${new Date(scan.scannedAt).toISOString()}).`;
}
