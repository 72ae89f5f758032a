/**
 * Minimum, maximum and reorder quantity of a model at a location. Created on first write, then
 * changed with the version read (optimistic concurrency), audited in the same transaction.
 */
import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { invalidInput, staleVersion } from '../../../platform/http/errors.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { models, stockPolicies } from '../../../platform/db/schema-all.js';
import { assertLocationInScope } from '../../locations/location-scope.js';
import { loadLocation } from '../../assets/asset-inputs.js';
import { findPolicy } from '../stock-repository.js';

const level = z.number().int().min(0).max(10_000_000).nullable();

export const policyInput = z.object({
  minQuantity: level.default(null).describe('Below this, the stock is flagged.'),
  maxQuantity: level.default(null).describe('Order up to this.'),
  reorderQuantity: level.default(null).describe('Or order this many at a time.'),
  version: z.number().int().optional().describe('The policyVersion you read; omit when there is no policy yet.'),
});

export const policySchema = z
  .object({
    modelId: z.uuid(),
    locationId: z.uuid(),
    minQuantity: z.number().int().nullable(),
    maxQuantity: z.number().int().nullable(),
    reorderQuantity: z.number().int().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'StockPolicy' });

export async function setPolicy(
  s: Services,
  ctx: ActionContext,
  modelId: string,
  locationId: string,
  raw: z.input<typeof policyInput>,
): Promise<z.infer<typeof policySchema>> {
  const input = policyInput.parse(raw);
  if (input.minQuantity !== null && input.maxQuantity !== null && input.maxQuantity < input.minQuantity) {
    throw invalidInput('/body/maxQuantity', 'The maximum cannot be below the minimum.');
  }
  return inTransaction(s.db, async (tx) => {
    const [model] = await tx.select().from(models).where(eq(models.id, modelId));
    if (!model) throw invalidInput('/params/modelId', 'No model with this id.');
    const location = await loadLocation(tx, locationId, '/params/locationId');
    await assertLocationInScope(tx, ctx, 'inventory.manage', location.id, `Location ${location.code}`);
    const before = await findPolicy(tx, modelId, locationId);
    const values = {
      minQuantity: input.minQuantity,
      maxQuantity: input.maxQuantity,
      reorderQuantity: input.reorderQuantity,
    };
    let row;
    if (!before) {
      [row] = await tx
        .insert(stockPolicies)
        .values({ modelId, locationId, ...values })
        .onConflictDoNothing()
        .returning();
      if (!row) throw staleVersion(`The stock policy of ${model.name} at ${location.code}`, 1);
    } else {
      if (input.version !== undefined && input.version !== before.version) {
        throw staleVersion(`The stock policy of ${model.name} at ${location.code}`, before.version);
      }
      [row] = await tx
        .update(stockPolicies)
        .set({ ...values, version: sql`${stockPolicies.version} + 1`, updatedAt: new Date() })
        .where(
          and(
            eq(stockPolicies.modelId, modelId),
            eq(stockPolicies.locationId, locationId),
            eq(stockPolicies.version, before.version),
          ),
        )
        .returning();
      if (!row) throw staleVersion(`The stock policy of ${model.name} at ${location.code}`, before.version + 1);
    }
    await s.audit.record(tx, ctx, {
      entityType: 'stock_policy',
      entityId: `${modelId}@${locationId}`,
      action: before ? 'stock_policy.updated' : 'stock_policy.created',
      changes: before ? diffFields(before, row) : { after: { model: model.name, location: location.code, ...values } },
    });
    return {
      modelId,
      locationId,
      minQuantity: row.minQuantity,
      maxQuantity: row.maxQuantity,
      reorderQuantity: row.reorderQuantity,
      version: row.version,
    };
  });
}
