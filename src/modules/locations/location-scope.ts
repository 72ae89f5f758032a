/**
 * Location scope, applied by every module that reads or changes things at locations: a role
 * granted on a location covers that location and its subtree, and nothing outside it.
 */
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import type { ActionContext } from '../../platform/context.js';
import { scopeOf, type Permission } from '../../domain/permissions.js';
import { forbidden } from '../../platform/http/errors.js';
import { locations } from '../../platform/db/schema.js';
import { withinSubtrees } from './locations-repository.js';

/** A WHERE condition limiting `locationColumn` to the caller's scope; undefined when unlimited. */
export function scopeCondition(ctx: ActionContext, permission: Permission, locationColumn: AnyColumn): SQL | undefined {
  const scope = scopeOf(ctx.actor.grants, permission);
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  return withinSubtrees(locationColumn, scope.locationIds);
}

/** Whether a location lies within the caller's scope for a permission. */
export async function isLocationInScope(
  db: Db,
  ctx: ActionContext,
  permission: Permission,
  locationId: string | null,
): Promise<boolean> {
  const scope = scopeOf(ctx.actor.grants, permission);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none' || locationId === null) return false;
  const rows = await db
    .select({ id: locations.id })
    .from(locations)
    .where(sql`${locations.id} = ${locationId} and ${withinSubtrees(locations.id, scope.locationIds)}`);
  return rows.length > 0;
}

/** Refuses (403) an action at a location outside the caller's scope, naming what was refused. */
export async function assertLocationInScope(
  db: Db,
  ctx: ActionContext,
  permission: Permission,
  locationId: string | null,
  what: string,
): Promise<void> {
  if (!(await isLocationInScope(db, ctx, permission, locationId))) {
    throw forbidden(`${what} is outside the locations your role covers.`);
  }
}
