/** What the API shows of an asset's recorded costs and its total cost of ownership. */
import { z } from 'zod';
import { ASSET_COST_KINDS } from '../../platform/db/finance-schema.js';
import type { Tco } from '../../domain/tco.js';
import type { CostRow } from './asset-costs.js';

const money = z.string().describe('Decimal amount, two decimals.');

export const assetCostSchema = z
  .object({
    id: z.uuid(),
    assetId: z.uuid(),
    incurredOn: z.string(),
    kind: z.enum(ASSET_COST_KINDS),
    amount: money,
    currency: z.string().nullable(),
    supplier: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AssetCost' });

export const tcoSchema = z
  .object({
    currency: z.string().nullable().describe("The asset's currency: every amount here is in it."),
    purchase: money,
    recorded: money.describe('Costs recorded against the asset in its currency.'),
    byKind: z.array(z.object({ kind: z.string(), amount: money })),
    disposalProceeds: money,
    total: money.describe('Purchase + recorded costs − disposal proceeds.'),
    otherCurrencies: z
      .array(z.object({ currency: z.string(), amount: money }))
      .describe('Costs in another currency than the asset’s: left out of the total (never converted).'),
  })
  .meta({ id: 'AssetTotalCostOfOwnership' });

export const assetCostsSchema = z
  .object({ items: z.array(assetCostSchema), tco: tcoSchema })
  .meta({ id: 'AssetCosts' });

export function presentCost(row: CostRow): z.infer<typeof assetCostSchema> {
  return {
    id: row.id,
    assetId: row.assetId,
    incurredOn: row.incurredOn,
    kind: row.kind,
    amount: row.amount,
    currency: row.currency,
    supplier: row.supplierId ? { id: row.supplierId, name: row.supplierName ?? '' } : null,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentCosts(r: { costs: CostRow[]; tco: Tco }): z.infer<typeof assetCostsSchema> {
  return { items: r.costs.map(presentCost), tco: r.tco };
}
