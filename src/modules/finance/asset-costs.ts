/**
 * Costs recorded against an asset after its purchase (repairs, upgrades, licences, support), and
 * the asset's total cost of ownership built from them. Recording or removing a cost is an asset
 * change: it needs inventory.manage in the asset's location, writes an event in the asset's history
 * and an audit entry, in the same transaction. A cost is in the asset's currency (never converted).
 */
import { z } from 'zod';
import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { invalidInput, notFound } from '../../platform/http/errors.js';
import { ASSET_COST_KINDS, assetCosts, assetDisposals } from '../../platform/db/finance-schema.js';
import { assets, suppliers } from '../../platform/db/registry-schema.js';
import { assertLocationInScope, scopeCondition } from '../locations/location-scope.js';
import { checkSupplier, currencySchema, isoDateSchema } from '../assets/asset-inputs.js';
import { insertEvents, lockAssets, type AssetRow } from '../assets/assets-repository.js';
import { eventFor } from '../assets/asset-events.js';
import { parseMoney } from '../../domain/depreciation/index.js';
import { totalCostOfOwnership, type Tco } from '../../domain/tco.js';
import { todayUtc } from './dates.js';

export const recordCostInput = z.object({
  incurredOn: isoDateSchema.describe('The day the cost was incurred (not in the future).'),
  kind: z.enum(ASSET_COST_KINDS).describe('repair, upgrade, licence, support or other.'),
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, 'An amount like 120.00 (at most two decimals, no currency sign).')
    .refine((v) => (parseMoney(v) ?? 0n) > 0n, 'The amount must be more than zero.'),
  currency: currencySchema.nullish().describe("Defaults to the asset's currency; another currency is refused."),
  supplierId: z.uuid().nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export type CostRow = typeof assetCosts.$inferSelect & { supplierName: string | null };

const kindLabel: Record<(typeof ASSET_COST_KINDS)[number], string> = {
  repair: 'Repair',
  upgrade: 'Upgrade',
  licence: 'Licence',
  support: 'Support',
  other: 'Cost',
};

function describeCost(c: {
  kind: (typeof ASSET_COST_KINDS)[number];
  amount: string;
  currency: string | null;
  incurredOn: string;
  note: string | null;
}) {
  const money = c.currency ? `${c.amount} ${c.currency}` : c.amount;
  return `${kindLabel[c.kind]}: ${money} on ${c.incurredOn}${c.note ? ` (${c.note})` : ''}`;
}

async function lockAssetFor(tx: Db, ctx: ActionContext, assetId: string): Promise<AssetRow> {
  const [asset] = await lockAssets(tx, [assetId]);
  if (!asset) throw notFound('The asset');
  await assertLocationInScope(tx, ctx, 'inventory.manage', asset.locationId, `${asset.tag}'s location`);
  return asset;
}

export async function recordAssetCost(
  s: Services,
  ctx: ActionContext,
  assetId: string,
  raw: z.input<typeof recordCostInput>,
): Promise<CostRow> {
  const input = recordCostInput.parse(raw);
  if (input.incurredOn > todayUtc()) throw invalidInput('/body/incurredOn', 'A cost cannot be in the future.');
  return inTransaction(s.db, async (tx) => {
    const asset = await lockAssetFor(tx, ctx, assetId);
    const currency = input.currency ?? asset.currency;
    if (input.currency && asset.currency && input.currency !== asset.currency) {
      throw invalidInput(
        '/body/currency',
        `${asset.tag} is kept in ${asset.currency}: record the cost in ${asset.currency} (amounts are never converted).`,
      );
    }
    await checkSupplier(tx, input.supplierId, '/body/supplierId');
    const [row] = await tx
      .insert(assetCosts)
      .values({
        assetId,
        incurredOn: input.incurredOn,
        kind: input.kind,
        amount: input.amount,
        currency,
        supplierId: input.supplierId ?? null,
        note: input.note ?? null,
      })
      .returning();
    const cost = row!;
    const data = { costId: cost.id, kind: cost.kind, amount: cost.amount, currency, incurredOn: cost.incurredOn };
    await insertEvents(tx, [
      eventFor(ctx, { action: 'cost_recorded', before: asset, after: asset, notes: describeCost(cost), data }),
    ]);
    await s.audit.record(tx, ctx, {
      entityType: 'asset',
      entityId: assetId,
      action: 'asset.cost_recorded',
      changes: { cost: { before: null, after: { ...data, supplierId: cost.supplierId, note: cost.note } } },
    });
    return (await costsOf(tx, assetId, cost.id))[0]!;
  });
}

export async function removeAssetCost(s: Services, ctx: ActionContext, assetId: string, costId: string): Promise<void> {
  await inTransaction(s.db, async (tx) => {
    const asset = await lockAssetFor(tx, ctx, assetId);
    const [cost] = await tx
      .delete(assetCosts)
      .where(and(eq(assetCosts.id, costId), eq(assetCosts.assetId, assetId)))
      .returning();
    if (!cost) throw notFound('The cost');
    const data = { costId, kind: cost.kind, amount: cost.amount, currency: cost.currency, incurredOn: cost.incurredOn };
    await insertEvents(tx, [
      eventFor(ctx, { action: 'cost_removed', before: asset, after: asset, notes: describeCost(cost), data }),
    ]);
    await s.audit.record(tx, ctx, {
      entityType: 'asset',
      entityId: assetId,
      action: 'asset.cost_removed',
      changes: { cost: { before: { ...data, supplierId: cost.supplierId, note: cost.note }, after: null } },
    });
  });
}

async function costsOf(db: Db, assetId: string, costId?: string): Promise<CostRow[]> {
  return db
    .select({
      id: assetCosts.id,
      assetId: assetCosts.assetId,
      incurredOn: assetCosts.incurredOn,
      kind: assetCosts.kind,
      amount: assetCosts.amount,
      currency: assetCosts.currency,
      supplierId: assetCosts.supplierId,
      note: assetCosts.note,
      createdAt: assetCosts.createdAt,
      supplierName: suppliers.name,
    })
    .from(assetCosts)
    .leftJoin(suppliers, eq(suppliers.id, assetCosts.supplierId))
    .where(costId ? and(eq(assetCosts.assetId, assetId), eq(assetCosts.id, costId)) : eq(assetCosts.assetId, assetId))
    .orderBy(desc(assetCosts.incurredOn), asc(assetCosts.createdAt));
}

/** The asset's costs (newest first) and its total cost of ownership. */
export async function assetCostsAndTco(
  db: Db,
  asset: Pick<AssetRow, 'id' | 'purchaseCost' | 'currency'>,
): Promise<{ costs: CostRow[]; tco: Tco }> {
  const costs = await costsOf(db, asset.id);
  // A disposal records the same proceeds in every book.
  const [disposal] = await db
    .select({ proceeds: max(assetDisposals.proceeds) })
    .from(assetDisposals)
    .where(eq(assetDisposals.assetId, asset.id));
  const tco = totalCostOfOwnership({
    purchaseCost: asset.purchaseCost,
    currency: asset.currency,
    costs,
    disposalProceeds: disposal?.proceeds ?? null,
  });
  return { costs, tco };
}

export async function listAssetCosts(s: Services, ctx: ActionContext, assetId: string) {
  const [asset] = await s.db
    .select()
    .from(assets)
    .where(and(eq(assets.id, assetId), scopeCondition(ctx, 'inventory.read', assets.locationId)));
  if (!asset) throw notFound('The asset');
  return assetCostsAndTco(s.db, asset);
}
