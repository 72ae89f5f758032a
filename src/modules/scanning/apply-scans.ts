/**
 * Scans from a scanning station, sent as they happen or synced from its offline queue. Each scan
 * carries the client's id and the time it was scanned; the server applies scans in scan-time order,
 * once per client id (a batch sent twice is answered the same way and changes nothing more), and
 * answers per scan: applied, a conflict (the asset changed after the scan was taken), or rejected
 * with the reason. Nothing is dropped silently.
 */
import { z } from 'zod';
import { and, desc, eq, gt, inArray, notInArray } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { AppError, uniqueViolation } from '../../platform/http/errors.js';
import { assetEvents, scans } from '../../platform/db/schema-all.js';
import { ACTION_LABELS, type AssetAction } from '../../domain/asset-lifecycle.js';
import { applyInTransaction, actionInput } from '../assets/use-cases/perform-action.js';
import { lookupCode, type LookupMatch } from './lookup.js';

export const SCAN_ACTIONS = [
  'move',
  'check_out',
  'check_in',
  'send_to_repair',
  'return_from_repair',
  'mark_found',
] as const;
type ScanAction = (typeof SCAN_ACTIONS)[number];

/** Which kind of thing the station scanned before the asset, per action. */
const TARGET: Record<ScanAction, 'location' | 'person' | null> = {
  move: 'location',
  check_out: 'person',
  check_in: 'location',
  send_to_repair: null,
  return_from_repair: 'location',
  mark_found: 'location',
};

export const scanInput = z.object({
  clientId: z.uuid().describe('Made by the station for each scan; a scan sent again with the same id is applied once.'),
  scannedAt: z.iso.datetime({ offset: true }).describe('When it was scanned (scans apply in this order).'),
  action: z.enum(SCAN_ACTIONS),
  code: z.string().min(1).max(2000).describe("The asset's code as scanned: tag, serial, our QR link or GS1."),
  target: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .describe('What was scanned before it: the location (move, check in, return, found) or the person (check out).'),
  requestReference: z.string().trim().max(100).optional(),
});

export const scanBatchInput = z.object({
  deviceId: z.string().max(100).optional().describe('Which station sent the batch, for the history.'),
  scans: z.array(scanInput).min(1).max(10_000),
});

export const scanResultSchema = z
  .object({
    clientId: z.uuid(),
    outcome: z.enum(['applied', 'conflict', 'rejected']),
    message: z.string(),
    assetId: z.uuid().nullable(),
    replayed: z.boolean().describe('This scan was already received; this is the answer it got then.'),
  })
  .meta({ id: 'ScanResult' });
export type ScanResultView = z.infer<typeof scanResultSchema>;

type ScanIn = z.infer<typeof scanInput>;

function present(row: typeof scans.$inferSelect, replayed: boolean): ScanResultView {
  return { clientId: row.clientId, outcome: row.outcome, message: row.message, assetId: row.assetId, replayed };
}

export async function applyScans(
  s: Services,
  baseCtx: ActionContext,
  raw: z.input<typeof scanBatchInput>,
  options: { baseUrls?: string[] } = {},
): Promise<ScanResultView[]> {
  const batch = scanBatchInput.parse(raw);
  const ctx: ActionContext = { ...baseCtx, source: 'scan' };
  const ids = batch.scans.map((x) => x.clientId);
  const known = new Map<string, ScanResultView>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await s.db
      .select()
      .from(scans)
      .where(inArray(scans.clientId, ids.slice(i, i + 1000)));
    for (const r of rows) known.set(r.clientId, present(r, true));
  }
  // Scan-time order; scans taken at the same moment keep the order they were sent in.
  const pending = batch.scans
    .map((scan, index) => ({ scan, index }))
    .filter(({ scan }) => !known.has(scan.clientId))
    .sort((a, b) => Date.parse(a.scan.scannedAt) - Date.parse(b.scan.scannedAt) || a.index - b.index);
  const seen = new Set<string>();
  const targets = new Map<string, Promise<LookupMatch | string>>();
  const resolveTarget = (code: string, want: 'location' | 'person') => {
    const key = `${want}:${code}`;
    if (!targets.has(key)) {
      targets.set(
        key,
        lookupCode(s, ctx, code, options).then((r) =>
          r.match?.type === want ? r.match : r.match ? `${r.match.label} is not a ${want}.` : r.message,
        ),
      );
    }
    return targets.get(key)!;
  };

  const results = new Map<string, ScanResultView>(known);
  for (const { scan } of pending) {
    if (seen.has(scan.clientId)) continue; // the same id twice in one batch: answered once
    seen.add(scan.clientId);
    results.set(scan.clientId, await applyOne(s, ctx, batch.deviceId ?? null, scan, resolveTarget, options));
  }
  return batch.scans.map((scan) => results.get(scan.clientId)!).filter((r, i, all) => all.indexOf(r) === i);
}

async function applyOne(
  s: Services,
  ctx: ActionContext,
  deviceId: string | null,
  scan: ScanIn,
  resolveTarget: (code: string, want: 'location' | 'person') => Promise<LookupMatch | string>,
  options: { baseUrls?: string[] },
): Promise<ScanResultView> {
  const record = async (
    db: Db,
    outcome: 'applied' | 'conflict' | 'rejected',
    message: string,
    assetId: string | null,
  ) => {
    const [row] = await db
      .insert(scans)
      .values({
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
      })
      .returning();
    return present(row!, false);
  };
  const settle = async (outcome: 'conflict' | 'rejected', message: string, assetId: string | null) => {
    try {
      return await record(s.db, outcome, message, assetId);
    } catch (err) {
      if (uniqueViolation(err)) return replay(s, scan.clientId);
      throw err;
    }
  };

  const found = await lookupCode(s, ctx, scan.code, options);
  if (found.match?.type !== 'asset') {
    return settle('rejected', found.match ? `${found.match.label} is not an asset.` : found.message, null);
  }
  const asset = found.match;
  const want = TARGET[scan.action];
  let target: LookupMatch | undefined;
  if (want) {
    if (!scan.target) return settle('rejected', `Scan the ${want} before ${asset.tag}.`, asset.id);
    const resolved = await resolveTarget(scan.target, want);
    if (typeof resolved === 'string') return settle('rejected', resolved, asset.id);
    target = resolved;
  }
  const input = actionInput.parse({
    ...(want === 'location' ? { locationId: target!.id } : {}),
    ...(want === 'person' ? { assignee: { type: 'person', id: target!.id } } : {}),
    ...(scan.requestReference ? { requestReference: scan.requestReference } : {}),
  });
  try {
    return await inTransaction(s.db, async (tx) => {
      const later = await changedSince(tx, asset.id, new Date(scan.scannedAt));
      if (later) throw new ScanConflict(later);
      // The event is dated when the scan was taken (never in the future), so later scans of the
      // same batch do not see it as a change made after them.
      const occurredAt = new Date(Math.min(Date.parse(scan.scannedAt), Date.now()));
      await applyInTransaction(s, tx, ctx, scan.action as AssetAction, [asset.id], input, {
        occurredAt,
        data: { scanClientId: scan.clientId, ...(deviceId ? { deviceId } : {}) },
        skipViews: true,
      });
      const where = target ? ` ${want === 'person' ? 'to' : 'at'} ${target.label}` : '';
      return record(tx, 'applied', `${asset.tag} ${ACTION_LABELS[scan.action]}${where}.`, asset.id);
    });
  } catch (err) {
    if (err instanceof ScanConflict) return settle('conflict', err.message, asset.id);
    if (uniqueViolation(err) === 'scans_pkey') return replay(s, scan.clientId);
    if (err instanceof AppError) {
      return settle(err.status === 409 ? 'conflict' : 'rejected', err.message, asset.id);
    }
    throw err;
  }
}

class ScanConflict extends Error {}

/**
 * A change to the asset recorded after the scan was taken (by anyone but this very scan) means the
 * scan no longer describes the asset's state: it is a conflict for a person to settle.
 */
async function changedSince(db: Db, assetId: string, scannedAt: Date): Promise<string | null> {
  const [event] = await db
    .select()
    .from(assetEvents)
    .where(
      // Actions make a scan stale; edits of the asset's data (notes, purchase data) do not, nor does
      // its creation (a station's clock may run behind the server's).
      and(
        eq(assetEvents.assetId, assetId),
        gt(assetEvents.occurredAt, scannedAt),
        notInArray(assetEvents.action, ['updated', 'created', 'received']),
      ),
    )
    .orderBy(desc(assetEvents.occurredAt))
    .limit(1);
  if (!event) return null;
  const who = event.assigneeTo?.label ? ` to ${event.assigneeTo.label}` : '';
  return `The asset was ${ACTION_LABELS[event.action as AssetAction] ?? event.action}${who} by ${event.actorLabel} at ${event.occurredAt.toISOString()}, after this scan (${scannedAt.toISOString()}).`;
}

async function replay(s: Services, clientId: string): Promise<ScanResultView> {
  const [row] = await s.db.select().from(scans).where(eq(scans.clientId, clientId));
  return present(row!, true);
}
