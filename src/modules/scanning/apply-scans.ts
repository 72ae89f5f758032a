/**
 * Scans from a scanning station, sent as they happen or synced from its offline queue. Each scan
 * carries the client's id and the time it was scanned; the server applies scans in scan-time order,
 * once per client id (a batch sent twice is answered the same way and changes nothing more), and
 * answers per scan: applied, a conflict (the asset changed after the scan was taken), or rejected
 * with the reason. Nothing is dropped silently.
 */
import { z } from 'zod';
import { and, desc, eq, gt, inArray, notInArray, sql } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { AppError, uniqueViolation } from '../../platform/http/errors.js';
import { assetEvents, scans } from '../../platform/db/schema-all.js';
import { ACTION_LABELS, type AssetAction } from '../../domain/asset-lifecycle.js';
import { applyInTransaction, actionInput } from '../assets/use-cases/perform-action.js';
import { lookupCode, type LookupMatch, type LookupResult } from './lookup.js';
import { assetsByTagCode, readParseContext, type AssetRef } from './resolve-codes.js';

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

/** A scan whose asset and target are known: ready to apply (or to meet a conflict). */
interface Ready {
  scan: ScanIn;
  asset: AssetRef;
  target: LookupMatch | undefined;
  input: ReturnType<typeof actionInput.parse>;
}

type Settled = { outcome: 'rejected'; message: string; assetId: string | null };

/** Scans applied together: same action, target and reference, each asset once. */
const GROUP_SIZE = 500;

export async function applyScans(
  s: Services,
  baseCtx: ActionContext,
  raw: z.input<typeof scanBatchInput>,
  options: { baseUrls?: string[] } = {},
): Promise<ScanResultView[]> {
  const batch = scanBatchInput.parse(raw);
  const ctx: ActionContext = { ...baseCtx, source: 'scan' };
  const deviceId = batch.deviceId ?? null;
  const ids = batch.scans.map((x) => x.clientId);
  const known = new Map<string, ScanResultView>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await s.db
      .select()
      .from(scans)
      .where(inArray(scans.clientId, ids.slice(i, i + 1000)));
    for (const r of rows) known.set(r.clientId, present(r, true));
  }
  // Scan-time order; scans taken at the same moment keep the order they were sent in. The same
  // id twice in one batch is answered once.
  const seen = new Set<string>();
  const pending = batch.scans
    .map((scan, index) => ({ scan, index }))
    .filter(({ scan }) => !known.has(scan.clientId))
    .sort((a, b) => Date.parse(a.scan.scannedAt) - Date.parse(b.scan.scannedAt) || a.index - b.index)
    .map(({ scan }) => scan)
    .filter((scan) => !seen.has(scan.clientId) && seen.add(scan.clientId));

  // Settings once per batch; every asset tag of the batch in one query per thousand.
  const parse = await readParseContext(s, options.baseUrls);
  const lookupOptions = { ...options, parse };
  const byTagCode = await assetsByTagCode(
    s,
    ctx,
    pending.map((x) => x.code),
    parse,
  );
  const lookups = new Map<string, Promise<LookupResult>>();
  const lookup = (code: string) => {
    if (!lookups.has(code)) lookups.set(code, lookupCode(s, ctx, code, lookupOptions));
    return lookups.get(code)!;
  };

  const results = new Map<string, ScanResultView>(known);
  const rejected: { scan: ScanIn; settled: Settled }[] = [];
  const ready: Ready[] = [];
  for (const scan of pending) {
    const prepared = await prepare(scan, byTagCode, lookup);
    if ('outcome' in prepared) rejected.push({ scan, settled: prepared });
    else ready.push(prepared);
  }
  for (const r of await recordSettled(s, ctx, deviceId, rejected)) results.set(r.clientId, r);

  for (const group of groups(ready)) {
    for (const r of await applyGroup(s, ctx, deviceId, group)) results.set(r.clientId, r);
  }
  // One answer per client id, in the order sent.
  const answered = new Set<string>();
  return batch.scans
    .filter((scan) => !answered.has(scan.clientId) && answered.add(scan.clientId))
    .map((scan) => results.get(scan.clientId)!);
}

/** What the scan names and where it goes, or why it cannot be applied (nothing written yet). */
async function prepare(
  scan: ScanIn,
  byTagCode: Map<string, AssetRef>,
  lookup: (code: string) => Promise<LookupResult>,
): Promise<Ready | Settled> {
  let asset = byTagCode.get(scan.code);
  if (!asset) {
    const found = await lookup(scan.code);
    if (found.match?.type !== 'asset') {
      const message = found.match ? `${found.match.label} is not an asset.` : found.message;
      return { outcome: 'rejected', message, assetId: null };
    }
    asset = { id: found.match.id, tag: found.match.tag };
  }
  const want = TARGET[scan.action];
  let target: LookupMatch | undefined;
  if (want) {
    if (!scan.target)
      return { outcome: 'rejected', message: `Scan the ${want} before ${asset.tag}.`, assetId: asset.id };
    const r = await lookup(scan.target);
    if (r.match?.type !== want) {
      const message = r.match ? `${r.match.label} is not a ${want}.` : r.message;
      return { outcome: 'rejected', message, assetId: asset.id };
    }
    target = r.match;
  }
  const input = actionInput.parse({
    ...(want === 'location' ? { locationId: target!.id } : {}),
    ...(want === 'person' ? { assignee: { type: 'person', id: target!.id } } : {}),
    ...(scan.requestReference ? { requestReference: scan.requestReference } : {}),
  });
  return { scan, asset, target, input };
}

/** Consecutive ready scans (in scan-time order) that one set-based action can apply. */
function groups(ready: Ready[]): Ready[][] {
  const out: Ready[][] = [];
  let current: Ready[] = [];
  let key = '';
  let assetsIn = new Set<string>();
  for (const r of ready) {
    const k = `${r.scan.action}|${r.target?.id ?? ''}|${r.scan.requestReference ?? ''}`;
    if (current.length > 0 && (k !== key || assetsIn.has(r.asset.id) || current.length >= GROUP_SIZE)) {
      out.push(current);
      current = [];
      assetsIn = new Set();
    }
    key = k;
    current.push(r);
    assetsIn.add(r.asset.id);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function scanRow(
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

/** Refusals recorded together; a scan another request recorded meanwhile answers as recorded. */
async function recordSettled(
  s: Services,
  ctx: ActionContext,
  deviceId: string | null,
  settled: { scan: ScanIn; settled: Settled }[],
): Promise<ScanResultView[]> {
  const out: ScanResultView[] = [];
  for (let i = 0; i < settled.length; i += 1000) {
    const chunk = settled.slice(i, i + 1000);
    const rows = await s.db
      .insert(scans)
      .values(chunk.map(({ scan, settled: x }) => scanRow(ctx, deviceId, scan, x.outcome, x.message, x.assetId)))
      .onConflictDoNothing()
      .returning();
    const inserted = new Map(rows.map((r) => [r.clientId, r]));
    for (const { scan } of chunk) {
      const row = inserted.get(scan.clientId);
      out.push(row ? present(row, false) : await replay(s, scan.clientId));
    }
  }
  return out;
}

class GroupNeedsOneByOne extends Error {}

/**
 * A group in one transaction: one query finds changes made after the scans were taken, one
 * set-based action moves (checks out, ...) every asset with an event dated at its own scan, and
 * the answers are recorded together. If any scan of the group meets a conflict or a refusal, the
 * group is rolled back and applied scan by scan, so each gets its own answer.
 */
async function applyGroup(
  s: Services,
  ctx: ActionContext,
  deviceId: string | null,
  group: Ready[],
): Promise<ScanResultView[]> {
  const first = group[0]!;
  try {
    return await inTransaction(s.db, async (tx) => {
      const latest = await latestChanges(
        tx,
        group.map((r) => r.asset.id),
      );
      if (group.some((r) => (latest.get(r.asset.id) ?? 0) > Date.parse(r.scan.scannedAt))) {
        throw new GroupNeedsOneByOne();
      }
      const perAsset = new Map(
        group.map((r) => [
          r.asset.id,
          {
            occurredAt: new Date(Math.min(Date.parse(r.scan.scannedAt), Date.now())),
            data: { scanClientId: r.scan.clientId, ...(deviceId ? { deviceId } : {}) },
          },
        ]),
      );
      await applyInTransaction(
        s,
        tx,
        ctx,
        first.scan.action as AssetAction,
        group.map((r) => r.asset.id),
        first.input,
        { perAsset, skipViews: true },
      );
      const rows = await tx
        .insert(scans)
        .values(group.map((r) => scanRow(ctx, deviceId, r.scan, 'applied', appliedMessage(r), r.asset.id)))
        .returning();
      const byId = new Map(rows.map((r) => [r.clientId, present(r, false)]));
      return group.map((r) => byId.get(r.scan.clientId)!);
    });
  } catch (err) {
    if (!(err instanceof GroupNeedsOneByOne || err instanceof AppError || uniqueViolation(err))) throw err;
    if (group.length === 1 && !(err instanceof GroupNeedsOneByOne) && !(err instanceof AppError)) {
      return [await applyOne(s, ctx, deviceId, first)];
    }
    const out: ScanResultView[] = [];
    for (const r of group) out.push(await applyOne(s, ctx, deviceId, r));
    return out;
  }
}

function appliedMessage(r: Ready): string {
  const want = TARGET[r.scan.action];
  const where = r.target ? ` ${want === 'person' ? 'to' : 'at'} ${r.target.label}` : '';
  return `${r.asset.tag} ${ACTION_LABELS[r.scan.action]}${where}.`;
}

/** When each asset last changed by an action (not an edit, not its creation), in ms. */
async function latestChanges(db: Db, assetIds: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ assetId: assetEvents.assetId, at: sql<Date | string>`max(${assetEvents.occurredAt})` })
    .from(assetEvents)
    .where(
      and(inArray(assetEvents.assetId, assetIds), notInArray(assetEvents.action, ['updated', 'created', 'received'])),
    )
    .groupBy(assetEvents.assetId);
  return new Map(rows.map((r) => [r.assetId, new Date(r.at).getTime()]));
}

/** One scan in its own transaction, with its own answer. */
async function applyOne(s: Services, ctx: ActionContext, deviceId: string | null, r: Ready): Promise<ScanResultView> {
  const { scan, asset } = r;
  const settle = async (outcome: 'conflict' | 'rejected', message: string) => {
    try {
      const [row] = await s.db
        .insert(scans)
        .values(scanRow(ctx, deviceId, scan, outcome, message, asset.id))
        .returning();
      return present(row!, false);
    } catch (err) {
      if (uniqueViolation(err)) return replay(s, scan.clientId);
      throw err;
    }
  };
  try {
    return await inTransaction(s.db, async (tx) => {
      const later = await changedSince(tx, asset.id, new Date(scan.scannedAt));
      if (later) throw new ScanConflict(later);
      // The event is dated when the scan was taken (never in the future), so later scans of the
      // same batch do not see it as a change made after them.
      const occurredAt = new Date(Math.min(Date.parse(scan.scannedAt), Date.now()));
      await applyInTransaction(s, tx, ctx, scan.action as AssetAction, [asset.id], r.input, {
        occurredAt,
        data: { scanClientId: scan.clientId, ...(deviceId ? { deviceId } : {}) },
        skipViews: true,
      });
      const [row] = await tx
        .insert(scans)
        .values(scanRow(ctx, deviceId, scan, 'applied', appliedMessage(r), asset.id))
        .returning();
      return present(row!, false);
    });
  } catch (err) {
    if (err instanceof ScanConflict) return settle('conflict', err.message);
    if (uniqueViolation(err) === 'scans_pkey') return replay(s, scan.clientId);
    if (err instanceof AppError) return settle(err.status === 409 ? 'conflict' : 'rejected', err.message);
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
