/**
 * Stock levels of individually tracked models: counts per status, rolled up the location tree,
 * answered from the trigger-maintained `asset_rollup_counts` table (per model, status and every
 * ancestor location or the whole organisation, spread over 16 shards that the query sums): a
 * subtree's totals are one key, not a sum over its locations, and never a scan of the assets.
 */
import { z } from 'zod';
import { sql, type SQL } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/database.js';
import { scopeOf } from '../../domain/permissions.js';
import { notFound } from '../../platform/http/errors.js';
import { isLocationInScope } from '../locations/location-scope.js';
import { ORGANISATION_ROLLUP_ID } from '../../platform/db/registry-schema.js';

export const STOCK_STATUSES = ['in_stock', 'in_use', 'in_repair', 'in_transit', 'on_order'] as const;

export const stockLevelsQuery = z.object({
  locationId: z.uuid().optional().describe('Roll up this location and its subtree (default: everything you may see).'),
  categoryId: z.uuid().optional(),
  modelId: z.uuid().optional(),
  belowMinimum: z.stringbool().default(false).describe('Only models whose stock is below their minimum.'),
});

const countsSchema = z.object(
  Object.fromEntries(STOCK_STATUSES.map((s) => [s, z.number().int()])) as Record<
    (typeof STOCK_STATUSES)[number],
    z.ZodNumber
  >,
);

export const stockLevelSchema = z
  .object({
    model: z.object({ id: z.uuid(), name: z.string(), categoryId: z.uuid(), categoryName: z.string() }),
    counts: countsSchema,
    minStock: z.number().int().nullable(),
    belowMinimum: z.boolean().describe('In stock is below the model’s minimum.'),
  })
  .meta({ id: 'StockLevel' });

export type StockLevel = z.infer<typeof stockLevelSchema>;

interface CountRow {
  model_id: string;
  model_name: string;
  category_id: string;
  category_name: string;
  min_stock: number | null;
  status: string;
  n: number;
}

/**
 * The rolled-up keys to read: the location asked for, the roots of the caller's scope (a root
 * inside another counts once, under the outer one), or the whole organisation.
 */
async function rollupKeys(s: Services, ctx: ActionContext, locationId: string | undefined): Promise<SQL> {
  const scope = scopeOf(ctx.actor.grants, 'inventory.read');
  if (locationId) {
    if (!(await isLocationInScope(s.db, ctx, 'inventory.read', locationId))) throw notFound('The location');
    return sql`c.location_id = ${locationId}`;
  }
  if (scope.kind === 'none') return sql`false`;
  if (scope.kind === 'all') return sql`c.location_id = ${ORGANISATION_ROLLUP_ID}`;
  const roots = scope.locationIds;
  return sql`c.location_id in (
    select r.id from locations r where r.id in ${roots} and not exists (
      select 1 from locations o where o.id in ${roots} and o.id <> r.id and r.path like o.path || '%'))`;
}

export async function stockLevels(
  s: Services,
  ctx: ActionContext,
  query: z.infer<typeof stockLevelsQuery>,
): Promise<StockLevel[]> {
  const conditions: SQL[] = [sql`m.tracking = 'individual'`, sql`m.archived_at is null`];
  const keys = await rollupKeys(s, ctx, query.locationId);
  if (query.categoryId) conditions.push(sql`m.category_id = ${query.categoryId}`);
  if (query.modelId) conditions.push(sql`m.id = ${query.modelId}`);
  // Summed per model and status first (an index range over one key), then named: joining before
  // grouping made the aggregate hash every model's names with each of its rows.
  const rows = await queryRows<CountRow>(
    s.db,
    sql`select m.id as model_id, m.name as model_name, m.category_id, k.name as category_name, m.min_stock,
               c.status, c.n
        from (select c.model_id, c.status, sum(c.count)::int as n from asset_rollup_counts c
              where ${keys} and c.status in ${STOCK_STATUSES} group by 1, 2 having sum(c.count) <> 0) c
        join models m on m.id = c.model_id
        join categories k on k.id = m.category_id
        where ${sql.join(conditions, sql` and `)}`,
  );
  const byModel = new Map<string, StockLevel>();
  for (const r of rows) {
    let level = byModel.get(r.model_id);
    if (!level) {
      level = {
        model: { id: r.model_id, name: r.model_name, categoryId: r.category_id, categoryName: r.category_name },
        counts: { in_stock: 0, in_use: 0, in_repair: 0, in_transit: 0, on_order: 0 },
        minStock: r.min_stock,
        belowMinimum: false,
      };
      byModel.set(r.model_id, level);
    }
    level.counts[r.status as (typeof STOCK_STATUSES)[number]] = Number(r.n);
  }
  // Models with a minimum but nothing counted at all are the most urgent: include them.
  if (!query.locationId) {
    const empty = await queryRows<Omit<CountRow, 'status' | 'n'>>(
      s.db,
      sql`select m.id as model_id, m.name as model_name, m.category_id, k.name as category_name, m.min_stock
          from models m join categories k on k.id = m.category_id
          where m.tracking = 'individual' and m.archived_at is null and m.min_stock > 0
            ${query.categoryId ? sql`and m.category_id = ${query.categoryId}` : sql``}
            ${query.modelId ? sql`and m.id = ${query.modelId}` : sql``}`,
    );
    for (const r of empty) {
      if (byModel.has(r.model_id)) continue;
      byModel.set(r.model_id, {
        model: { id: r.model_id, name: r.model_name, categoryId: r.category_id, categoryName: r.category_name },
        counts: { in_stock: 0, in_use: 0, in_repair: 0, in_transit: 0, on_order: 0 },
        minStock: r.min_stock,
        belowMinimum: false,
      });
    }
  }
  const levels = [...byModel.values()].map((l) => ({
    ...l,
    belowMinimum: l.minStock !== null && l.counts.in_stock < l.minStock,
  }));
  levels.sort((a, b) => Number(b.belowMinimum) - Number(a.belowMinimum) || a.model.name.localeCompare(b.model.name));
  return query.belowMinimum ? levels.filter((l) => l.belowMinimum) : levels;
}
