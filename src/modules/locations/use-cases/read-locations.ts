/**
 * Reading the tree: lazy browsing (one node's children), search-as-you-type, one location.
 *
 * A user whose inventory roles cover some subtrees sees those subtrees and, above them, the
 * locations on the way down from the root (marked `inScope: false`): those show as breadcrumbs and
 * as the path to browse down, but their other children, their assets and their people stay hidden.
 * Search (what every location picker uses) finds only locations inside the caller's scope.
 */
import { z } from 'zod';
import { inArray, or, type SQL } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/database.js';
import { locations } from '../../../platform/db/schema.js';
import { invalidInput, notFound } from '../../../platform/http/errors.js';
import { cursorSchema, decodeCursor, limitSchema, toPage } from '../../../platform/http/pagination.js';
import {
  LOCATION_KINDS,
  assetCountsAt,
  assetCountsWithin,
  countChildren,
  findLocation,
  findLocationByCode,
  listChildren,
  locationRefs,
  peopleCountAt,
  searchLocations,
  type LocationRow,
} from '../locations-repository.js';
import {
  idsAboveScope,
  pathIds,
  pathInScope,
  pathScopeCondition,
  resolveScope,
  type ResolvedScope,
} from '../location-scope.js';
import {
  ancestorsFromPath,
  presentHit,
  presentLocation,
  presentStatusCounts,
  type LocationDetailView,
  type LocationHitView,
  type LocationView,
} from '../location-presenter.js';
import { visibleTo } from './location-rules.js';
import { findPersonRef, personVisible } from '../../people/people-repository.js';

export const listChildrenQuery = z.object({
  parentId: z
    .union([z.literal('root'), z.uuid()])
    .default('root')
    .describe('The location whose children to list, or "root" for the top of the tree (the sites).'),
  includeArchived: z.stringbool().default(false),
  limit: limitSchema,
  cursor: cursorSchema,
});
/** Parsed (the route validates the query string). */
export type ListChildrenQuery = z.output<typeof listChildrenQuery>;

/** Children of one node (or the roots), by name, each with its number of visible children. */
export async function listLocationChildren(s: Services, ctx: ActionContext, query: ListChildrenQuery) {
  const scope = await resolveScope(s.db, ctx, 'inventory.read');
  let parent: LocationRow | undefined;
  if (query.parentId !== 'root') {
    parent = await findLocation(s.db, query.parentId);
    if (!parent || !visibleTo(scope, parent.path)) throw notFound('The location');
  }
  const parentInScope = parent ? pathInScope(scope, parent.path) : scope.kind === 'all';
  const rows = await listChildren(s.db, {
    parentId: parent?.id ?? null,
    includeArchived: query.includeArchived,
    visible: parentInScope ? undefined : visibleCondition(scope),
    cursor: decodeCursor(query.cursor, 2),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => [r.sortKey, r.id]);
  return {
    items: page.items.map((r) => presentWithScope(r, r.childCount, scope)),
    nextCursor: page.nextCursor,
  };
}

/** Locations a scoped caller can see: inside their subtrees, or on the way down to them. */
function visibleCondition(scope: ResolvedScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  const above = idsAboveScope(scope);
  const inside = pathScopeCondition(locations.path, scope);
  return above.length > 0 ? or(inside, inArray(locations.id, above)) : inside;
}

/** For a location above the scope, only the children leading down to it are visible. */
function visibleChildrenAbove(scope: ResolvedScope, path: string): number {
  if (scope.kind !== 'subtrees') return 0;
  const depth = pathIds(path).length;
  const next = new Set<string>();
  for (const root of scope.roots) {
    if (root.path.startsWith(path) && root.path !== path) next.add(pathIds(root.path)[depth]!);
  }
  return next.size;
}

function presentWithScope(row: LocationRow, fullChildCount: number, scope: ResolvedScope): LocationView {
  const inScope = pathInScope(scope, row.path);
  return presentLocation(row, {
    childCount: inScope ? fullChildCount : visibleChildrenAbove(scope, row.path),
    inScope,
  });
}

export const searchLocationsQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe(
      'Part of a name or code. One or two characters match the start of names and codes; from three on, anywhere.',
    ),
  kind: z.enum(LOCATION_KINDS).optional().describe('Only locations of this kind (a stockroom picker, say).'),
  under: z.uuid().optional().describe('Only this location and the locations below it.'),
  includeArchived: z.stringbool().default(false),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
/** Parsed (the route validates the query string). */
export type SearchLocationsQuery = z.output<typeof searchLocationsQuery>;

/**
 * Search-as-you-type over the whole tree (within the caller's scope): exact code first, then codes
 * and names starting with the text, then the rest; each hit with its breadcrumb, resolved for all
 * hits in one query.
 */
export async function searchLocationsFor(
  s: Services,
  ctx: ActionContext,
  query: SearchLocationsQuery,
): Promise<{ items: LocationHitView[] }> {
  const scope = await resolveScope(s.db, ctx, 'inventory.read');
  let underPath: string | undefined;
  if (query.under) {
    const under = await findLocation(s.db, query.under);
    if (!under || !visibleTo(scope, under.path))
      throw invalidInput('/query/under', 'There is no location with this id.');
    underPath = under.path;
  }
  const hits = await searchLocations(s.db, {
    q: query.q,
    kind: query.kind,
    underPath,
    includeArchived: query.includeArchived,
    visible: pathScopeCondition(locations.path, scope),
    limit: query.limit,
  });
  const refs = await locationRefs(
    s.db,
    hits.flatMap((h) => pathIds(h.path).slice(0, -1)),
  );
  return { items: hits.map((h) => presentHit(h, refs)) };
}

/** One location by id, or 404 when the caller cannot see it. */
export async function getLocation(s: Services, ctx: ActionContext, id: string): Promise<LocationDetailView> {
  const scope = await resolveScope(s.db, ctx, 'inventory.read');
  const row = await findLocation(s.db, id);
  if (!row || !visibleTo(scope, row.path)) throw notFound('The location');
  return locationDetail(s.db, row, scope);
}

/** One location by its code (what a scanned location barcode carries), whatever the case. */
export async function getLocationByCode(s: Services, ctx: ActionContext, code: string): Promise<LocationDetailView> {
  const scope = await resolveScope(s.db, ctx, 'inventory.read');
  const row = await findLocationByCode(s.db, code);
  if (!row || !visibleTo(scope, row.path)) throw notFound(`Location ${code.trim()}`);
  return locationDetail(s.db, row, scope);
}

/** A location with its breadcrumb, children count, manager and what is located there. */
export async function locationDetail(db: Db, row: LocationRow, scope: ResolvedScope): Promise<LocationDetailView> {
  const inScope = pathInScope(scope, row.path);
  // One after the other: `db` may be a transaction, which runs one query at a time.
  const refs = await locationRefs(db, pathIds(row.path).slice(0, -1));
  const childCount = inScope ? await countChildren(db, row.id) : visibleChildrenAbove(scope, row.path);
  const manager = row.managerPersonId ? await findPersonRef(db, row.managerPersonId) : undefined;
  const counts = inScope ? await assetCountsAt(db, row.id) : null;
  const within = inScope ? await assetCountsWithin(db, row.id) : null;
  const peopleCount = inScope ? await peopleCountAt(db, row.id) : null;
  return {
    ...presentLocation(row, { childCount, inScope }),
    ancestors: ancestorsFromPath(row.path, refs),
    manager: manager && personVisible(scope, manager.locationPath) ? { id: manager.id, name: manager.name } : null,
    assets: presentStatusCounts(counts),
    assetsWithin: presentStatusCounts(within),
    peopleCount,
  };
}
