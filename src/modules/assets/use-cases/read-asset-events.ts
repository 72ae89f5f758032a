/** An asset's history, newest first, with the locations it names resolved for the caller. */
import { inArray } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { locations } from '../../../platform/db/schema-all.js';
import { toPage } from '../../../platform/http/pagination.js';
import { resolveScope } from '../../locations/location-scope.js';
import { visibleTo } from '../../locations/use-cases/location-rules.js';
import { eventsOf } from '../assets-repository.js';
import { presentEvent } from '../asset-presenter.js';

/**
 * One page of events of an asset the caller may already see. Locations are named (code and name)
 * when the caller may see them: a location at another site stays an id, as on its own page.
 */
export async function readAssetEvents(
  s: Services,
  ctx: ActionContext,
  assetId: string,
  beforeId: number | undefined,
  limit: number,
) {
  const rows = await eventsOf(s.db, assetId, beforeId, limit);
  const page = toPage(rows, limit, (e) => [e.id]);
  const ids = [...new Set(page.items.flatMap((e) => [e.locationFrom, e.locationTo]).filter((id) => id !== null))];
  const named = new Map<string, { id: string; code: string; name: string }>();
  if (ids.length > 0) {
    const scope = await resolveScope(s.db, ctx, 'inventory.read');
    const found = await s.db
      .select({ id: locations.id, code: locations.code, name: locations.name, path: locations.path })
      .from(locations)
      .where(inArray(locations.id, ids));
    for (const l of found) if (visibleTo(scope, l.path)) named.set(l.id, { id: l.id, code: l.code, name: l.name });
  }
  return { items: page.items.map((e) => presentEvent(e, named)), nextCursor: page.nextCursor };
}
