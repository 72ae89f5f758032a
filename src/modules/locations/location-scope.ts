/**
 * Location scope, applied by every module that reads or changes things at locations: a role
 * granted on a location covers that location and its subtree, and nothing outside it.
 *
 * Two styles:
 * - `scopeCondition` / `assertLocationInScope`: one call, the scope resolved inside the query (for
 *   modules that check one location or filter one column).
 * - `resolveScope` once per request, then `pathInScope` / `locationIdInScope` / `pathScopeCondition`:
 *   the scope's subtree roots are read once and the conditions become indexed prefix matches on
 *   `locations.path` (what the location tree and the people list use, to stay fast on big trees).
 */
import { inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
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
  const outside = await locationsOutOfScope(db, ctx, permission, [locationId]);
  return !outside.has(locationId);
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

/** The root of one subtree a scoped role covers. */
export interface ScopeRoot {
  id: string;
  path: string;
}

/**
 * A permission's scope with its subtree roots' paths read: everything, nothing, or some subtrees
 * (never nested in one another).
 */
export type ResolvedScope = { kind: 'all' } | { kind: 'none' } | { kind: 'subtrees'; roots: ScopeRoot[] };

export async function resolveScope(db: Db, ctx: ActionContext, permission: Permission): Promise<ResolvedScope> {
  const scope = scopeOf(ctx.actor.grants, permission);
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind === 'none') return { kind: 'none' };
  const rows = await db
    .select({ id: locations.id, path: locations.path })
    .from(locations)
    .where(inArray(locations.id, scope.locationIds));
  // A root inside another root's subtree adds nothing.
  const roots = rows.filter((r) => !rows.some((o) => o.id !== r.id && r.path.startsWith(o.path)));
  return { kind: 'subtrees', roots };
}

/** Whether a location (by its path) lies within the scope. */
export function pathInScope(scope: ResolvedScope, path: string): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return scope.roots.some((r) => path.startsWith(r.path));
}

/**
 * Whether a location is an ancestor of a subtree the scope covers, without being inside the scope
 * itself: such locations are shown as breadcrumbs and as the way down to the subtree, nothing more.
 */
export function pathAboveScope(scope: ResolvedScope, path: string): boolean {
  if (scope.kind !== 'subtrees') return false;
  return !pathInScope(scope, path) && scope.roots.some((r) => r.path.startsWith(path));
}

/** The ids of the locations above the scope's subtrees (see `pathAboveScope`). */
export function idsAboveScope(scope: ResolvedScope): string[] {
  if (scope.kind !== 'subtrees') return [];
  const ids = new Set<string>();
  for (const root of scope.roots) for (const id of pathIds(root.path).slice(0, -1)) ids.add(id);
  return [...ids];
}

/** The ids in a materialised path, from the tree's root down to the location itself. */
export function pathIds(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/**
 * A WHERE condition limiting a `locations.path` column to the scope, as indexed prefix matches;
 * undefined when unlimited.
 */
export function pathScopeCondition(pathColumn: AnyColumn | SQL, scope: ResolvedScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none' || scope.roots.length === 0) return sql`false`;
  // Paths hold only hex digits, '-' and '/': nothing to escape for LIKE.
  return or(...scope.roots.map((r) => sql`${pathColumn} like ${`${r.path}%`}`));
}

/**
 * A WHERE condition limiting a column holding a location id to the scope (a null location is
 * outside every limited scope); undefined when unlimited.
 */
export function locationIdInScope(locationColumn: AnyColumn | SQL, scope: ResolvedScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  const paths = pathScopeCondition(sql.raw('scope_l.path'), scope);
  if (scope.kind === 'none' || scope.roots.length === 0) return sql`false`;
  return sql`${locationColumn} in (select scope_l.id from ${locations} scope_l where ${paths})`;
}

/**
 * Of these locations, those outside the caller's scope for a permission (null stands for "no
 * location", which only an unlimited scope covers). One query for any number of locations.
 */
export async function locationsOutOfScope(
  db: Db,
  ctx: ActionContext,
  permission: Permission,
  locationIds: (string | null)[],
): Promise<Set<string | null>> {
  const scope = scopeOf(ctx.actor.grants, permission);
  const unique = [...new Set(locationIds)];
  if (scope.kind === 'all') return new Set();
  if (scope.kind === 'none') return new Set(unique);
  const ids = unique.filter((id): id is string => id !== null);
  const inside = ids.length
    ? await db
        .select({ id: locations.id })
        .from(locations)
        .where(sql`${locations.id} in ${ids} and ${withinSubtrees(locations.id, scope.locationIds)}`)
    : [];
  const ok = new Set(inside.map((r) => r.id));
  return new Set(unique.filter((id) => id === null || !ok.has(id)));
}
