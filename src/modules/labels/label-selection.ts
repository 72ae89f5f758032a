/**
 * What a request selects, within the caller's scope: listed assets (by id or tag, or as received
 * in one delivery), everything at a location and below it, or locations themselves. Listed things
 * that do not exist are refused naming the entry; listed things outside the caller's scope are
 * refused (403) naming them; a location outside the scope is refused whole.
 */
import { eq } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { locations } from '../../platform/db/schema.js';
import { assets } from '../../platform/db/schema-all.js';
import { forbidden, invalidInput } from '../../platform/http/errors.js';
import { assertLocationInScope, scopeCondition } from '../locations/location-scope.js';
import type { LabelSubject } from './label-content.js';
import type { Selection } from './label-request.js';
import {
  assetsAtLocation,
  assetsByIds,
  assetsByTags,
  countAssetsAtLocation,
  locationsByIds,
  type AssetLabelRow,
} from './labels-repository.js';

const CHUNK = 1000;
const PAGE = 500;

export interface ResolvedSelection {
  /** How many labels the selection makes. */
  count: number;
  /** The subjects in print order, read in pages. */
  subjects(): AsyncIterable<LabelSubject>;
}

export function assetSubject(row: AssetLabelRow): LabelSubject {
  const maker = row.manufacturer?.trim();
  const model =
    maker && !row.modelName.toLowerCase().startsWith(maker.toLowerCase()) ? `${maker} ${row.modelName}` : row.modelName;
  return { kind: 'asset', id: row.id, tag: row.tag, name: row.name, model, serial: row.serial };
}

async function inChunks<T>(keys: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += CHUNK) rows.push(...(await load(unique.slice(i, i + CHUNK))));
  return rows;
}

async function* fromList<T>(items: T[], toSubject: (item: T) => LabelSubject): AsyncIterable<LabelSubject> {
  for (const item of items) yield toSubject(item);
}

export async function resolveSelection(
  s: Services,
  ctx: ActionContext,
  selection: Selection,
): Promise<ResolvedSelection> {
  const db = s.db;
  switch (selection.kind) {
    case 'assets':
    case 'tags': {
      const scope = scopeCondition(ctx, 'inventory.read', assets.locationId);
      const byTag = selection.kind === 'tags';
      const keys = byTag ? selection.tags : selection.ids;
      const rows = await inChunks(keys, (chunk) =>
        byTag ? assetsByTags(db, chunk, scope) : assetsByIds(db, chunk, scope),
      );
      const index = new Map(rows.map((r) => [byTag ? r.tag.toLowerCase() : r.id, r]));
      const pointer = byTag ? '/body/tags' : selection.pointer;
      const ordered = keys.map((key, i) => {
        const row = index.get(byTag ? key.toLowerCase() : key);
        if (!row)
          throw invalidInput(`${pointer}/${i}`, byTag ? `No asset has the tag "${key}".` : 'No asset has this id.');
        if (!row.inScope)
          throw forbidden(`Asset ${row.tag} (${pointer}/${i}) is outside the locations your role covers.`);
        return row;
      });
      return { count: ordered.length, subjects: () => fromList(ordered, assetSubject) };
    }
    case 'locations': {
      const scope = scopeCondition(ctx, 'inventory.read', locations.id);
      const rows = await inChunks(selection.ids, (chunk) => locationsByIds(db, chunk, scope));
      const index = new Map(rows.map((r) => [r.id, r]));
      const pointer = '/body/locationLabels/locationIds';
      const ordered = selection.ids.map((id, i) => {
        const row = index.get(id);
        if (!row) throw invalidInput(`${pointer}/${i}`, 'No location has this id.');
        if (!row.inScope)
          throw forbidden(`Location ${row.code} (${pointer}/${i}) is outside the locations your role covers.`);
        return row;
      });
      return {
        count: ordered.length,
        subjects: () => fromList(ordered, (r) => ({ kind: 'location', id: r.id, tag: r.code, name: r.name })),
      };
    }
    case 'location': {
      const [location] = await db
        .select({ id: locations.id, code: locations.code })
        .from(locations)
        .where(eq(locations.id, selection.locationId));
      if (!location) throw invalidInput('/body/locationId', 'No location has this id.');
      await assertLocationInScope(db, ctx, 'inventory.read', location.id, `Location ${location.code}`);
      const scope = scopeCondition(ctx, 'inventory.read', assets.locationId);
      const count = await countAssetsAtLocation(db, location.id, scope);
      async function* pages(): AsyncIterable<LabelSubject> {
        let after: { tag: string; id: string } | undefined;
        for (;;) {
          const rows = await assetsAtLocation(
            db,
            location!.id,
            scope,
            after ? { after, limit: PAGE } : { limit: PAGE },
          );
          for (const row of rows) yield assetSubject(row);
          if (rows.length < PAGE) return;
          const last = rows.at(-1)!;
          after = { tag: last.tag, id: last.id };
        }
      }
      return { count, subjects: pages };
    }
  }
}
