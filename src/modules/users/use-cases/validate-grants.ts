import { and, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.js';
import { locations } from '../../../platform/db/schema.js';
import type { Grant } from '../../../domain/permissions.js';
import { invalidInput } from '../../../platform/http/errors.js';

/** Every scoped grant must name a location that exists and is not archived. */
export async function checkGrantLocations(db: Db, grants: Grant[], pointer: string): Promise<void> {
  const ids = [...new Set(grants.map((g) => g.locationId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  const found = await db
    .select({ id: locations.id })
    .from(locations)
    .where(and(sql`${locations.id} in ${ids}`, isNull(locations.archivedAt)));
  const known = new Set(found.map((r) => r.id));
  const index = grants.findIndex((g) => g.locationId !== null && !known.has(g.locationId));
  if (index >= 0) {
    throw invalidInput(
      `${pointer}/${index}/locationId`,
      `Location ${grants[index]!.locationId} does not exist or is archived.`,
    );
  }
}

export function dedupeGrants(grants: Grant[]): Grant[] {
  const seen = new Set<string>();
  return grants.filter((g) => {
    const key = `${g.role}|${g.locationId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
