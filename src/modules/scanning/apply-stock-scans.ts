/**
 * Quantity-tracked stock scanned at the station: a location, a model (its GTIN, plain or in a GS1
 * code with AI 01, its model number, or our link to its page) and a quantity; to receive, issue (to
 * a person or a location), transfer (to another location) or count. Lines come live or from the
 * station's offline queue, each with the station's client id and scan time: they are applied in
 * scan-time order through the stock ledger's own use case (so the same rules hold: never below zero,
 * only quantity-tracked models, location scope), once per client id, and answered per line with the
 * on-hand that results, or the reason for the refusal.
 */
import { z } from 'zod';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { AppError, uniqueViolation } from '../../platform/http/errors.js';
import { stockBalances, stockMovements, stockScans } from '../../platform/db/schema-all.js';
import { movementInput, recordMovementInTransaction } from '../stock/use-cases/record-movement.js';
import { lookupCode, type LookupMatch, type LookupResult } from './lookup.js';
import { readParseContext } from './resolve-codes.js';

export const STOCK_SCAN_KINDS = ['receive', 'issue', 'transfer', 'count', 'adjust'] as const;
type StockScanKind = (typeof STOCK_SCAN_KINDS)[number];

export const stockScanInput = z.object({
  clientId: z.uuid().describe('Made by the station for each line; a line sent again with the same id is applied once.'),
  scannedAt: z.iso.datetime({ offset: true }).describe('When it was scanned (lines apply in this order).'),
  kind: z
    .enum(STOCK_SCAN_KINDS)
    .describe(
      'receive, issue, transfer; count: `quantity` is what was counted there (on hand at the scan time becomes it); adjust: `quantity` is signed.',
    ),
  location: z
    .string()
    .min(1)
    .max(2000)
    .describe('The location scanned: where the stock is received, issued or counted, or where a transfer leaves from.'),
  model: z
    .string()
    .min(1)
    .max(2000)
    .describe("The model's code as scanned: GTIN, GS1 with AI 01, model number, or our link."),
  quantity: z.number().int().min(-1_000_000).max(1_000_000),
  to: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .describe('Issue: the person (badge, e-mail, employee number) or location it goes to. Transfer: the location.'),
  reason: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .describe('Adjust: why (required). Count: defaults to a stock count.'),
  reference: z.string().trim().max(100).optional(),
});

export const stockScanBatchInput = z.object({
  deviceId: z.string().max(100).optional().describe('Which station sent the lines, for the history.'),
  lines: z.array(stockScanInput).min(1).max(2000),
});

export const stockScanResultSchema = z
  .object({
    clientId: z.uuid(),
    outcome: z.enum(['applied', 'rejected']),
    message: z.string(),
    modelId: z.uuid().nullable(),
    locationId: z.uuid().nullable(),
    onHand: z.number().int().nullable().describe('On hand at the scanned location right after this line.'),
    toLocationId: z.uuid().nullable(),
    toOnHand: z.number().int().nullable().describe('Transfer: on hand at the destination right after this line.'),
    replayed: z.boolean().describe('This line was already received; this is the answer it got then.'),
  })
  .meta({ id: 'StockScanResult' });
export type StockScanResult = z.infer<typeof stockScanResultSchema>;

type Line = z.infer<typeof stockScanInput>;
type Row = typeof stockScans.$inferSelect;

function present(row: Row, replayed: boolean): StockScanResult {
  return {
    clientId: row.clientId,
    outcome: row.outcome,
    message: row.message,
    modelId: row.modelId,
    locationId: row.locationId,
    onHand: row.onHand,
    toLocationId: row.toLocationId,
    toOnHand: row.toOnHand,
    replayed,
  };
}

const VERB: Record<StockScanKind, string> = {
  receive: 'Received',
  issue: 'Issued',
  transfer: 'Transferred',
  count: 'Counted',
  adjust: 'Adjusted',
};

class Refusal extends Error {
  constructor(
    message: string,
    readonly ids: { modelId?: string; locationId?: string } = {},
  ) {
    super(message);
  }
}

export async function applyStockScans(
  s: Services,
  baseCtx: ActionContext,
  raw: z.input<typeof stockScanBatchInput>,
  options: { baseUrls?: string[] } = {},
): Promise<StockScanResult[]> {
  const batch = stockScanBatchInput.parse(raw);
  const ctx: ActionContext = { ...baseCtx, source: 'scan' };
  const deviceId = batch.deviceId ?? null;
  const known = new Map<string, StockScanResult>();
  const rows = await s.db
    .select()
    .from(stockScans)
    .where(
      inArray(
        stockScans.clientId,
        batch.lines.map((l) => l.clientId),
      ),
    );
  for (const r of rows) known.set(r.clientId, present(r, true));

  const parse = await readParseContext(s, options.baseUrls);
  const lookups = new Map<string, Promise<LookupResult>>();
  const lookup = (code: string) => {
    if (!lookups.has(code)) lookups.set(code, lookupCode(s, ctx, code, { parse }));
    return lookups.get(code)!;
  };

  const seen = new Set<string>();
  const pending = batch.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => !known.has(line.clientId))
    .sort((a, b) => Date.parse(a.line.scannedAt) - Date.parse(b.line.scannedAt) || a.index - b.index)
    .map(({ line }) => line)
    .filter((line) => !seen.has(line.clientId) && seen.add(line.clientId));

  const results = new Map(known);
  for (const line of pending) results.set(line.clientId, await applyLine(s, ctx, deviceId, line, lookup));
  const answered = new Set<string>();
  return batch.lines
    .filter((line) => !answered.has(line.clientId) && answered.add(line.clientId))
    .map((line) => results.get(line.clientId)!);
}

/** What the line's codes name, or a refusal that says which code and why. */
async function resolve(line: Line, lookup: (code: string) => Promise<LookupResult>) {
  const expect = async <T extends LookupMatch['type']>(code: string, types: T[], what: string) => {
    const r = await lookup(code);
    const match = [r.match, ...r.others].find((m): m is Extract<LookupMatch, { type: T }> =>
      types.includes(m?.type as T),
    );
    if (match) return match;
    throw new Refusal(r.match ? `${r.match.label} is not ${what}.` : r.message);
  };
  const location = await expect(line.location, ['location'], 'a location');
  const model = await expect(line.model, ['model'], 'a model (scan its GTIN, model number or QR)');
  if (model.tracking !== 'quantity') {
    throw new Refusal(
      `${model.name} is tracked individually, not by quantity: receive, check out and move its assets in the asset modes.`,
      { modelId: model.id, locationId: location.id },
    );
  }
  let to: Extract<LookupMatch, { type: 'location' | 'person' }> | null = null;
  if (line.kind === 'issue' || line.kind === 'transfer') {
    if (!line.to)
      throw new Refusal(
        line.kind === 'issue' ? 'Scan who or where the stock is issued to.' : 'Scan where the stock is transferred to.',
        { modelId: model.id, locationId: location.id },
      );
    to =
      line.kind === 'issue'
        ? await expect(line.to, ['person', 'location'], 'a person or a location')
        : await expect(line.to, ['location'], 'a location');
  }
  return { location, model, to };
}

async function applyLine(
  s: Services,
  ctx: ActionContext,
  deviceId: string | null,
  line: Line,
  lookup: (code: string) => Promise<LookupResult>,
): Promise<StockScanResult> {
  const base = {
    clientId: line.clientId,
    userId: ctx.actor.userId,
    deviceId,
    scannedAt: new Date(line.scannedAt),
    kind: line.kind,
    modelCode: line.model,
    locationCode: line.location,
    toCode: line.to ?? null,
    quantity: line.quantity,
  };
  let ids: { modelId?: string | undefined; locationId?: string | undefined } = {};
  try {
    const { location, model, to } = await resolve(line, lookup);
    ids = { modelId: model.id, locationId: location.id };
    return await inTransaction(s.db, async (tx) => {
      let delta = line.quantity;
      if (line.kind === 'count') {
        if (line.quantity < 0) throw new Refusal('A count is 0 or more.', ids);
        delta = line.quantity - (await onHandAt(tx, model.id, location.id, new Date(line.scannedAt)));
      }
      const what = `${Math.abs(line.kind === 'count' ? line.quantity : delta)} × ${model.name}`;
      let onHand: number;
      let toOnHand: number | null = null;
      let groupId: string | null = null;
      if (line.kind === 'count' && delta === 0) {
        onHand = await currentOnHand(tx, model.id, location.id);
      } else {
        const input = movementInput.parse({
          kind: line.kind === 'count' ? 'adjust' : line.kind,
          modelId: model.id,
          locationId: location.id,
          quantity: delta,
          ...(to && line.kind === 'transfer' ? { toLocationId: to.id } : {}),
          ...(to && line.kind === 'issue' ? { issuedTo: { type: to.type, id: to.id } } : {}),
          ...(line.kind === 'count' || line.kind === 'adjust'
            ? { reason: line.reason ?? 'Stock count at the scanning station' }
            : {}),
          ...(line.reference ? { reference: line.reference } : {}),
        });
        checkQuantity(line.kind, input.quantity, input.reason);
        if (line.kind === 'transfer' && to?.id === location.id)
          throw new Refusal('A transfer goes to another location: scan where it goes.', ids);
        // Dated when it was scanned (never in the future), so a count taken after it sees it.
        const occurredAt = new Date(Math.min(Date.parse(line.scannedAt), Date.now()));
        const recorded = await recordMovementInTransaction(s, tx, ctx, input, { occurredAt });
        groupId = recorded.groupId;
        onHand = recorded.balances.find((b) => b.locationId === location.id)!.onHand;
        if (line.kind === 'transfer') toOnHand = recorded.balances.find((b) => b.locationId === to!.id)!.onHand;
      }
      const message = appliedMessage(line, what, location, to, delta, onHand, toOnHand);
      const [row] = await tx
        .insert(stockScans)
        .values({
          ...base,
          outcome: 'applied',
          message,
          modelId: model.id,
          locationId: location.id,
          toLocationId: line.kind === 'transfer' ? to!.id : null,
          onHand,
          toOnHand,
          movementGroupId: groupId,
        })
        .returning();
      return present(row!, false);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'stock_scans_pkey') return replay(s, line.clientId);
    if (!(err instanceof Refusal) && !(err instanceof AppError)) throw err;
    if (err instanceof Refusal) ids = { ...ids, ...err.ids };
    const [row] = await s.db
      .insert(stockScans)
      .values({
        ...base,
        outcome: 'rejected',
        message: err.message,
        modelId: ids.modelId ?? null,
        locationId: ids.locationId ?? null,
      })
      .onConflictDoNothing()
      .returning();
    return row ? present(row, false) : replay(s, line.clientId);
  }
}

/** The shape rules of the ledger, said the way the station says them. */
function checkQuantity(kind: StockScanKind, quantity: number, reason: string | undefined) {
  if (kind === 'adjust' || kind === 'count') {
    if (kind === 'adjust' && quantity === 0) throw new Refusal('An adjustment changes the quantity: not 0.');
    if (!reason) throw new Refusal('Say why the stock is adjusted.');
  } else if (quantity <= 0) {
    throw new Refusal('The quantity must be a whole number above 0.');
  }
}

function appliedMessage(
  line: Line,
  what: string,
  location: { code: string },
  to: Extract<LookupMatch, { type: 'location' | 'person' }> | null,
  delta: number,
  onHand: number,
  toOnHand: number | null,
): string {
  const toName = to?.type === 'location' ? to.code : to?.label;
  switch (line.kind) {
    case 'receive':
      return `Received ${what} at ${location.code}: ${onHand} on hand.`;
    case 'issue':
      return `Issued ${what} from ${location.code} to ${toName}: ${onHand} left.`;
    case 'transfer':
      return `Transferred ${what} from ${location.code} to ${toName}: ${onHand} left, ${toOnHand} there.`;
    case 'adjust':
      return `Adjusted ${delta > 0 ? '+' : '-'}${what} at ${location.code}: ${onHand} on hand.`;
    case 'count':
      return delta === 0
        ? `${VERB.count} ${what} at ${location.code}: as on hand, nothing to change.`
        : `${VERB.count} ${what} at ${location.code}: ${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'} than on hand, adjusted to ${onHand}.`;
  }
}

async function currentOnHand(db: Db, modelId: string, locationId: string): Promise<number> {
  const [row] = await db
    .select({ onHand: stockBalances.onHand })
    .from(stockBalances)
    .where(and(eq(stockBalances.modelId, modelId), eq(stockBalances.locationId, locationId)))
    .for('update');
  return row?.onHand ?? 0;
}

/**
 * On hand when the count was taken: what is on hand now less what moved there since. A count taken
 * offline at 9:00 and sent at 11:00, after two were issued at 10:00, still means "this many at 9:00".
 */
async function onHandAt(db: Db, modelId: string, locationId: string, at: Date): Promise<number> {
  const now = await currentOnHand(db, modelId, locationId);
  const [since] = await db
    .select({ sum: sql<string | null>`sum(${stockMovements.quantity})` })
    .from(stockMovements)
    .where(
      and(
        eq(stockMovements.modelId, modelId),
        eq(stockMovements.locationId, locationId),
        gt(stockMovements.occurredAt, at),
      ),
    );
  return now - Number(since?.sum ?? 0);
}

async function replay(s: Services, clientId: string): Promise<StockScanResult> {
  const [row] = await s.db.select().from(stockScans).where(eq(stockScans.clientId, clientId));
  return present(row!, true);
}
