import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { conflict, staleVersion } from '../../../platform/http/errors.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { lockLocation, occupancyOf, updateLocationVersioned, type Occupancy } from '../locations-repository.js';
import { resolveScope } from '../location-scope.js';
import { auditedLocationFields, type LocationDetailView } from '../location-presenter.js';
import { lockForChange } from './location-rules.js';
import { locationDetail } from './read-locations.js';

export const archiveLocationInput = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale version is refused with 409.'),
});
export type ArchiveLocationInput = z.input<typeof archiveLocationInput>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "holds 12 assets and 2 people", from what keeps a location occupied; null when empty. */
export function describeOccupancy(o: Occupancy): string | null {
  const parts = [
    o.children > 0 ? plural(o.children, 'location', 'locations') : null,
    o.assets > 0 ? plural(o.assets, 'asset', 'assets') : null,
    o.assignedAssets > 0 ? plural(o.assignedAssets, 'asset assigned to it', 'assets assigned to it') : null,
    o.people > 0 ? plural(o.people, 'person', 'people') : null,
    o.grants > 0 ? plural(o.grants, 'user role limited to it', 'user roles limited to it') : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Archives an empty location. "Empty": no unarchived child location, no asset located there or
 * assigned to it (disposed, lost and stolen assets are no longer anywhere and do not count), no
 * person located there who has not left, and no user role limited to it (that user would lose
 * their whole scope).
 */
export async function archiveLocation(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: ArchiveLocationInput,
): Promise<LocationDetailView> {
  const input = archiveLocationInput.parse(raw);
  return inTransaction(s.db, async (tx) => {
    const { row: before } = await lockForChange(tx, ctx, id);
    if (before.version !== input.version) throw staleVersion(`Location ${before.code}`, before.version);
    if (before.archivedAt) throw conflict('location_archived', `Location ${before.code} is already archived.`);
    const held = describeOccupancy(await occupancyOf(tx, id));
    if (held) {
      throw conflict('location_not_empty', `${before.code} holds ${held}: move or archive them first.`);
    }
    const after = (await updateLocationVersioned(tx, id, input.version, { archivedAt: new Date() }))!;
    await s.audit.record(tx, ctx, {
      entityType: 'location',
      entityId: id,
      action: 'location.archived',
      changes: diffFields(auditedLocationFields(before), auditedLocationFields(after)),
    });
    return locationDetail(tx, after, await resolveScope(tx, ctx, 'inventory.read'));
  });
}

/** Brings an archived location back; its parent must not be archived. */
export async function unarchiveLocation(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: ArchiveLocationInput,
): Promise<LocationDetailView> {
  const input = archiveLocationInput.parse(raw);
  return inTransaction(s.db, async (tx) => {
    const { row: before } = await lockForChange(tx, ctx, id);
    if (before.version !== input.version) throw staleVersion(`Location ${before.code}`, before.version);
    if (!before.archivedAt) throw conflict('location_not_archived', `Location ${before.code} is not archived.`);
    if (before.parentId) {
      const parent = await lockLocation(tx, before.parentId, 'share');
      if (parent?.archivedAt) {
        throw conflict(
          'parent_archived',
          `${before.code} is inside ${parent.code}, which is archived: unarchive it first.`,
        );
      }
    }
    const after = (await updateLocationVersioned(tx, id, input.version, { archivedAt: null }))!;
    await s.audit.record(tx, ctx, {
      entityType: 'location',
      entityId: id,
      action: 'location.unarchived',
      changes: diffFields(auditedLocationFields(before), auditedLocationFields(after)),
    });
    return locationDetail(tx, after, await resolveScope(tx, ctx, 'inventory.read'));
  });
}
