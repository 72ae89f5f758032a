/**
 * Reading stock: on hand per model and location (a location's subtree, or one model everywhere),
 * and the movement history. Both limited to the locations the caller may see.
 */
import { z } from 'zod';
import { sql, type SQL } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { scopeOf } from '../../../domain/permissions.js';
import { cursorSchema, decodeCursor, limitSchema, toPage } from '../../../platform/http/pagination.js';
import { MOVEMENT_KINDS } from '../../../platform/db/schema-all.js';
import { escapeLike } from '../../../platform/db/like.js';
import { notFound } from '../../../platform/http/errors.js';
import { isLocationInScope } from '../../locations/location-scope.js';
import { listBalances, listMovements } from '../stock-repository.js';
import { presentBalance, presentMovement } from '../stock-presenter.js';

/** Limits `l` (the joined locations row) to the caller's scope for reading. */
export function readScope(ctx: ActionContext): SQL | undefined {
  const scope = scopeOf(ctx.actor.grants, 'inventory.read');
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  return sql`exists (select 1 from locations root where root.id in ${scope.locationIds} and l.path like root.path || '%')`;
}

async function subtree(s: Services, ctx: ActionContext, locationId: string): Promise<SQL> {
  if (!(await isLocationInScope(s.db, ctx, 'inventory.read', locationId))) throw notFound('The location');
  return sql`l.path like (select r.path from locations r where r.id = ${locationId}) || '%'`;
}

export const balancesQuery = z.object({
  locationId: z.uuid().optional().describe('This location and everything below it.'),
  modelId: z.uuid().optional().describe('One model at every location.'),
  q: z.string().trim().max(200).optional().describe('Part of a model name.'),
  belowMinimum: z.stringbool().default(false).describe('Only where on hand is below the minimum.'),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});

/** The balance list's filters and the caller's scope, as conditions (its export takes the same). */
export async function balanceConditions(
  s: Services,
  ctx: ActionContext,
  query: Omit<z.infer<typeof balancesQuery>, 'limit'>,
): Promise<SQL[]> {
  const conditions: SQL[] = [sql`m.tracking = 'quantity'`];
  const scope = readScope(ctx);
  if (scope) conditions.push(scope);
  if (query.locationId) conditions.push(await subtree(s, ctx, query.locationId));
  if (query.modelId) conditions.push(sql`k.model_id = ${query.modelId}`);
  if (query.q) conditions.push(sql`lower(m.name) like ${'%' + escapeLike(query.q.toLowerCase()) + '%'}`);
  if (query.belowMinimum) conditions.push(sql`k.min_quantity is not null and k.on_hand < k.min_quantity`);
  return conditions;
}

export async function readBalances(s: Services, ctx: ActionContext, query: z.infer<typeof balancesQuery>) {
  const rows = await listBalances(s.db, await balanceConditions(s, ctx, query), query.limit);
  const items = rows.map(presentBalance);
  return { items, totalOnHand: items.reduce((sum, b) => sum + b.onHand, 0) };
}

export const movementsQuery = z.object({
  locationId: z.uuid().optional().describe('This location and everything below it.'),
  modelId: z.uuid().optional(),
  kind: z.enum(MOVEMENT_KINDS).optional(),
  personId: z.uuid().optional().describe('Stock issued to or returned by this person.'),
  limit: limitSchema,
  cursor: cursorSchema,
});

export async function readMovements(
  s: Services,
  ctx: ActionContext,
  query: Partial<z.infer<typeof movementsQuery>> & { limit: number },
  /** Just these movements (what a write returns). */
  ids?: number[],
) {
  const conditions = await movementConditions(s, ctx, query);
  if (ids) conditions.push(sql`v.id in ${ids}`);
  const cursor = decodeCursor(query.cursor, 1);
  const rows = await listMovements(s.db, conditions, cursor ? Number(cursor[0]) : undefined, query.limit);
  const page = toPage(rows, query.limit, (r) => [Number(r.id)]);
  return { items: page.items.map(presentMovement), nextCursor: page.nextCursor };
}

/** The ledger's filters and the caller's scope, as conditions (its export takes the same). */
export async function movementConditions(
  s: Services,
  ctx: ActionContext,
  query: Partial<Omit<z.infer<typeof movementsQuery>, 'limit' | 'cursor'>>,
): Promise<SQL[]> {
  const conditions: SQL[] = [];
  const scope = readScope(ctx);
  if (scope) conditions.push(scope);
  if (query.locationId) conditions.push(await subtree(s, ctx, query.locationId));
  if (query.modelId) conditions.push(sql`v.model_id = ${query.modelId}`);
  if (query.kind) conditions.push(sql`v.kind = ${query.kind}`);
  if (query.personId) conditions.push(sql`v.person_id = ${query.personId}`);
  return conditions;
}
