/**
 * Scans from a scanning station, sent as they happen or synced from its offline queue. Each scan
 * carries the client's id and the time it was scanned; the server applies scans in scan-time order,
 * once per client id (a batch sent twice is answered the same way and changes nothing more), and
 * answers per scan: applied, a conflict (the asset changed after the scan was taken), or rejected
 * with the reason. Nothing is dropped silently.
 *
 * Live scans arrive one per request from many stations; those arriving together are applied
 * together (read in one pass, written in one transaction), each with its own caller and answer.
 */
import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { Coalescer } from '../../platform/coalescer.js';
import { scans } from '../../platform/db/schema-all.js';
import { ACTION_LABELS } from '../../domain/asset-lifecycle.js';
import { actionInput } from '../assets/use-cases/action-input.js';
import { lookupCode, type LookupMatch, type LookupResult } from './lookup.js';
import { assetsByTagCode, readParseContext, type AssetRef, type ParseContext } from './resolve-codes.js';
import { scanBatchInput, type ScanAction, type ScanIn, type ScanResultView } from './scan-schemas.js';
import { present, replay, scanRow, writeReadyScans, type ReadyScan } from './write-scans.js';

export { SCAN_ACTIONS, scanBatchInput, scanInput, scanResultSchema, type ScanResultView } from './scan-schemas.js';

/** Which kind of thing the station scanned before the asset, per action. */
const TARGET: Record<ScanAction, 'location' | 'person' | null> = {
  move: 'location',
  check_out: 'person',
  check_in: 'location',
  send_to_repair: null,
  return_from_repair: 'location',
  mark_found: 'location',
};

/** One request's scans, with who sent them. */
interface Submission {
  ctx: ActionContext;
  deviceId: string | null;
  scans: ScanIn[];
  baseUrls: string[];
}

/** Requests of at most this many scans (live scanning) are gathered with others arriving together. */
const LIVE_LIMIT = 20;

export async function applyScans(
  s: Services,
  baseCtx: ActionContext,
  raw: z.input<typeof scanBatchInput>,
  options: { baseUrls?: string[] } = {},
): Promise<ScanResultView[]> {
  const batch = scanBatchInput.parse(raw);
  const submission: Submission = {
    ctx: { ...baseCtx, source: 'scan' },
    deviceId: batch.deviceId ?? null,
    scans: batch.scans,
    baseUrls: options.baseUrls ?? [],
  };
  if (batch.scans.length <= LIVE_LIMIT) return coalescerFor(s).submit(submission);
  const [answers] = await applySubmissions(s, [submission]);
  return answers!;
}

const coalescers = new WeakMap<Db, Coalescer<Submission, ScanResultView[]>>();

function coalescerFor(s: Services): Coalescer<Submission, ScanResultView[]> {
  let c = coalescers.get(s.db);
  if (!c) {
    c = new Coalescer<Submission, ScanResultView[]>(
      async (subs) => (await applySubmissions(s, subs)).map((value) => ({ ok: true, value })),
      {
        maxBatch: 200,
        maxInFlight: s.database.kind === 'pglite' ? 1 : 2,
        weight: (sub) => sub.scans.length,
        // Scans of the same asset from two requests apply in one batch, in scan-time order; across
        // concurrent batches they could not, so such a request waits for the batch before it.
        canJoin: (batch, sub) => {
          const codes = new Set(sub.scans.map((x) => x.code));
          return !batch.some((b) => b.scans.some((x) => codes.has(x.code)));
        },
      },
    );
    coalescers.set(s.db, c);
  }
  return c;
}

/** Applies the submissions' scans together; answers per submission, in the order each was sent. */
async function applySubmissions(s: Services, subs: Submission[]): Promise<ScanResultView[][]> {
  const all = subs.flatMap((sub) => sub.scans.map((scan) => ({ sub, scan })));
  // Codes are read as each caller sees them: one reader per scope (and base URL of our links).
  // The answers given before, the settings and each reader's tags are read at the same time.
  const keyOf = (sub: Submission) => `${JSON.stringify(sub.ctx.actor.grants)}|${sub.baseUrls.join(' ')}`;
  const codesByKey = new Map<string, { sub: Submission; codes: string[] }>();
  for (const { sub, scan } of all) {
    const entry = codesByKey.get(keyOf(sub)) ?? { sub, codes: [] };
    entry.codes.push(scan.code);
    codesByKey.set(keyOf(sub), entry);
  }
  const settings = readParseContext(s);
  const [results, readerEntries] = await Promise.all([
    receivedBefore(
      s,
      all.map((x) => x.scan.clientId),
    ),
    Promise.all(
      [...codesByKey].map(
        async ([key, { sub, codes }]) => [key, await makeReader(s, sub, codes, await settings)] as const,
      ),
    ),
  ]);
  const readers = new Map(readerEntries);

  // Scan-time order across all submissions; scans taken at the same moment keep the order they were
  // sent in. The same id twice is applied once, and answered for both.
  const seen = new Set<string>();
  const pending = all
    .map((x, index) => ({ ...x, index }))
    .filter(({ scan }) => !results.has(scan.clientId))
    .sort((a, b) => Date.parse(a.scan.scannedAt) - Date.parse(b.scan.scannedAt) || a.index - b.index)
    .filter(({ scan }) => !seen.has(scan.clientId) && seen.add(scan.clientId));
  // What the tags did not name, and the targets, looked up at the same time (each code once).
  await Promise.all(
    pending.flatMap(({ sub, scan }) => {
      const reader = readers.get(keyOf(sub))!;
      return [
        reader.byTagCode.has(scan.code) ? null : reader.lookup(scan.code),
        scan.target ? reader.lookup(scan.target) : null,
      ];
    }),
  );

  const rejected: { sub: Submission; scan: ScanIn; settled: Settled }[] = [];
  const ready: ReadyScan[] = [];
  for (const { sub, scan } of pending) {
    const reader = readers.get(keyOf(sub))!;
    const prepared = await prepare(scan, reader);
    if ('outcome' in prepared) rejected.push({ sub, scan, settled: prepared });
    else ready.push({ ctx: sub.ctx, deviceId: sub.deviceId, scan, ...prepared });
  }
  for (const r of await recordSettled(s, rejected)) results.set(r.clientId, r);
  for (const [id, r] of await writeReadyScans(s, ready)) results.set(id, r);

  return subs.map((sub) => {
    const answered = new Set<string>();
    return sub.scans
      .filter((scan) => !answered.has(scan.clientId) && answered.add(scan.clientId))
      .map((scan) => results.get(scan.clientId)!);
  });
}

/** Answers already given to scans received before (a batch sent again). */
async function receivedBefore(s: Services, ids: string[]): Promise<Map<string, ScanResultView>> {
  const known = new Map<string, ScanResultView>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await s.db
      .select()
      .from(scans)
      .where(inArray(scans.clientId, ids.slice(i, i + 1000)));
    for (const r of rows) known.set(r.clientId, present(r, true));
  }
  return known;
}

/** Reads codes as one caller sees them (their scope): asset tags in one query, the rest one by one. */
interface Reader {
  byTagCode: Map<string, AssetRef>;
  lookup: (code: string) => Promise<LookupResult>;
}

async function makeReader(s: Services, sub: Submission, codes: string[], settings: ParseContext): Promise<Reader> {
  const parse: ParseContext = { ...settings, baseUrls: sub.baseUrls };
  const byTagCode = await assetsByTagCode(s, sub.ctx, codes, parse);
  const lookups = new Map<string, Promise<LookupResult>>();
  const lookup = (code: string) => {
    if (!lookups.has(code)) lookups.set(code, lookupCode(s, sub.ctx, code, { baseUrls: sub.baseUrls, parse }));
    return lookups.get(code)!;
  };
  return { byTagCode, lookup };
}

type Settled = { outcome: 'rejected'; message: string; assetId: string | null };
type Prepared = Omit<ReadyScan, 'ctx' | 'deviceId' | 'scan'>;

/** What the scan names and where it goes, or why it cannot be applied (nothing written yet). */
async function prepare(scan: ScanIn, reader: Reader): Promise<Prepared | Settled> {
  let asset = reader.byTagCode.get(scan.code);
  if (!asset) {
    const found = await reader.lookup(scan.code);
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
    const r = await reader.lookup(scan.target);
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
  const where = target ? ` ${want === 'person' ? 'to' : 'at'} ${target.label}` : '';
  return { asset, target, input, done: `${ACTION_LABELS[scan.action]}${where}` };
}

/** Refusals recorded together; a scan another request recorded meanwhile answers as recorded. */
async function recordSettled(
  s: Services,
  settled: { sub: Submission; scan: ScanIn; settled: Settled }[],
): Promise<ScanResultView[]> {
  const out: ScanResultView[] = [];
  for (let i = 0; i < settled.length; i += 1000) {
    const chunk = settled.slice(i, i + 1000);
    const rows = await s.db
      .insert(scans)
      .values(
        chunk.map(({ sub, scan, settled: x }) => scanRow(sub.ctx, sub.deviceId, scan, x.outcome, x.message, x.assetId)),
      )
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
