/** What the API shows of locations. The materialised path stays inside; breadcrumbs come out. */
import { z } from 'zod';
import { ASSET_STATUSES } from '../../platform/db/registry-schema.js';
import { LOCATION_KINDS, type LocationHitRow, type LocationRef, type LocationRow } from './locations-repository.js';
import { pathIds } from './location-scope.js';

export const locationRefSchema = z
  .object({ id: z.uuid(), code: z.string(), name: z.string() })
  .meta({ id: 'LocationRef' });

export const locationSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    kind: z.enum(LOCATION_KINDS),
    code: z.string().describe('Unique (whatever the case); printed as the location’s barcode.'),
    name: z.string(),
    depth: z.number().int().describe('0 for a site (a root), 1 for its children, ...'),
    address: z.string().nullable(),
    managerPersonId: z.uuid().nullable(),
    notes: z.string().nullable(),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    childCount: z.number().int().describe('Children you can see (archived ones only with includeArchived).'),
    hasChildren: z.boolean(),
    inScope: z
      .boolean()
      .describe(
        'False for a location above the subtree your role covers: shown only as the way down to it ' +
          '(its other children, its assets and its people are not visible to you).',
      ),
  })
  .meta({ id: 'Location' });

const statusCounts = z.object(
  Object.fromEntries(ASSET_STATUSES.map((s) => [s, z.number().int()])),
) as unknown as z.ZodType<Record<(typeof ASSET_STATUSES)[number], number>>;

export const locationDetailSchema = locationSchema
  .extend({
    ancestors: z.array(locationRefSchema).describe('From the root down to the parent.'),
    manager: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    assets: z
      .object({ total: z.number().int(), byStatus: statusCounts })
      .nullable()
      .describe('Individually tracked assets located here (not below); null when the location is not in your scope.'),
    assetsWithin: z
      .object({ total: z.number().int(), byStatus: statusCounts })
      .nullable()
      .describe(
        'Individually tracked assets here and anywhere below (the whole subtree); null when the location is not in your scope.',
      ),
    peopleCount: z
      .number()
      .int()
      .nullable()
      .describe('People located here who have not left; null when the location is not in your scope.'),
  })
  .meta({ id: 'LocationDetail' });

export const locationHitSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    kind: z.enum(LOCATION_KINDS),
    code: z.string(),
    name: z.string(),
    depth: z.number().int(),
    archivedAt: z.string().nullable(),
    ancestors: z.array(locationRefSchema).describe('From the root down to the parent.'),
  })
  .meta({ id: 'LocationSearchHit' });

export type LocationView = z.infer<typeof locationSchema>;
export type LocationDetailView = z.infer<typeof locationDetailSchema>;
export type LocationHitView = z.infer<typeof locationHitSchema>;

export function presentLocation(row: LocationRow, extra: { childCount: number; inScope: boolean }): LocationView {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind as LocationView['kind'],
    code: row.code,
    name: row.name,
    depth: row.depth,
    address: row.address,
    managerPersonId: row.managerPersonId,
    notes: row.notes,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    childCount: extra.childCount,
    hasChildren: extra.childCount > 0,
    inScope: extra.inScope,
  };
}

/** The ancestors of a location from its path, in order, resolved from a map of refs. */
export function ancestorsFromPath(path: string, refs: Map<string, LocationRef>): LocationRef[] {
  return pathIds(path)
    .slice(0, -1)
    .map((id) => refs.get(id))
    .filter((r): r is LocationRef => r !== undefined);
}

export function presentHit(row: LocationHitRow, refs: Map<string, LocationRef>): LocationHitView {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind as LocationHitView['kind'],
    code: row.code,
    name: row.name,
    depth: row.depth,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    ancestors: ancestorsFromPath(row.path, refs),
  };
}

export function presentStatusCounts(counts: Map<string, number> | null): LocationDetailView['assets'] {
  if (!counts) return null;
  const byStatus = Object.fromEntries(ASSET_STATUSES.map((s) => [s, counts.get(s) ?? 0])) as Record<
    (typeof ASSET_STATUSES)[number],
    number
  >;
  return { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus };
}

/** The fields of a location the audit log records. */
export function auditedLocationFields(row: LocationRow | undefined | null) {
  if (!row) return null;
  return {
    parentId: row.parentId,
    kind: row.kind,
    code: row.code,
    name: row.name,
    address: row.address,
    managerPersonId: row.managerPersonId,
    notes: row.notes,
    archivedAt: row.archivedAt,
  };
}
