/**
 * What labels need from the registry: an asset's tag, name, serial and model; a location's code and
 * name. Each row says whether it lies in the caller's scope (`inScope`), so that a selection can be
 * refused by name rather than shrunk silently.
 */
import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { assets, locations, manufacturers, models } from '../../platform/db/schema-all.js';
import { withinSubtrees } from '../locations/locations-repository.js';

export interface AssetLabelRow {
  id: string;
  tag: string;
  name: string | null;
  serial: string | null;
  modelName: string;
  manufacturer: string | null;
  locationId: string | null;
  inScope: boolean;
}

export interface LocationLabelRow {
  id: string;
  code: string;
  name: string;
  inScope: boolean;
}

const flag = (condition: SQL | undefined) =>
  condition ? sql<boolean>`coalesce((${condition}), false)` : sql<boolean>`true`;

function selectAssets(db: Db, scope: SQL | undefined) {
  return db
    .select({
      id: assets.id,
      tag: assets.tag,
      name: assets.name,
      serial: assets.serial,
      modelName: models.name,
      manufacturer: manufacturers.name,
      locationId: assets.locationId,
      inScope: flag(scope),
    })
    .from(assets)
    .innerJoin(models, eq(models.id, assets.modelId))
    .leftJoin(manufacturers, eq(manufacturers.id, models.manufacturerId));
}

export async function assetsByIds(db: Db, ids: string[], scope: SQL | undefined): Promise<AssetLabelRow[]> {
  if (ids.length === 0) return [];
  return selectAssets(db, scope).where(inArray(assets.id, ids));
}

export async function assetsByTags(db: Db, tags: string[], scope: SQL | undefined): Promise<AssetLabelRow[]> {
  if (tags.length === 0) return [];
  const lower = tags.map((t) => t.toLowerCase());
  return selectAssets(db, scope).where(sql`lower(${assets.tag}) in ${lower}`);
}

/** Assets at a location or below it, within the scope, by tag; `after` continues from a row. */
export async function assetsAtLocation(
  db: Db,
  locationId: string,
  scope: SQL | undefined,
  page: { after?: { tag: string; id: string }; limit: number },
): Promise<AssetLabelRow[]> {
  const after = page.after;
  return selectAssets(db, scope)
    .where(
      and(
        withinSubtrees(assets.locationId, [locationId]),
        scope,
        after ? or(gt(assets.tag, after.tag), and(eq(assets.tag, after.tag), gt(assets.id, after.id))) : undefined,
      ),
    )
    .orderBy(asc(assets.tag), asc(assets.id))
    .limit(page.limit);
}

export async function countAssetsAtLocation(db: Db, locationId: string, scope: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assets)
    .where(and(withinSubtrees(assets.locationId, [locationId]), scope));
  return Number(row?.n ?? 0);
}

export async function locationsByIds(db: Db, ids: string[], scope: SQL | undefined): Promise<LocationLabelRow[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: locations.id, code: locations.code, name: locations.name, inScope: flag(scope) })
    .from(locations)
    .where(inArray(locations.id, ids));
}
