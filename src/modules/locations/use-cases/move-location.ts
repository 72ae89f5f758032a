import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { invalidInput, staleVersion } from '../../../platform/http/errors.js';
import {
  findLocation,
  lockRollupCounts,
  lockSubtree,
  moveSubtree,
  shiftRollupCounts,
} from '../locations-repository.js';
import { resolveScope } from '../location-scope.js';
import type { LocationDetailView } from '../location-presenter.js';
import { lockForChange, lockNewParent, MAX_DEPTH, refuseArchived } from './location-rules.js';
import { locationDetail } from './read-locations.js';

export const moveLocationInput = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale version is refused with 409.'),
  parentId: z.uuid().describe('The new parent. Sites are always at the top and cannot be moved.'),
});
export type MoveLocationInput = z.input<typeof moveLocationInput>;

/** One constant for every move: moves run one at a time, so two can never build a cycle together. */
const MOVE_LOCK_KEY = 0x514d_4c4f_4356; // "QM-LOCV"

/**
 * Moves a location with its whole subtree under another parent: every path and depth below it is
 * rewritten in one set-based UPDATE. Refused: moving a site, moving under itself or its own
 * descendant, under an archived location, or (for a scoped role) out of or into a place outside
 * the caller's subtrees.
 */
export async function moveLocation(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: MoveLocationInput,
): Promise<LocationDetailView> {
  const input = moveLocationInput.parse(raw);
  return inTransaction(s.db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MOVE_LOCK_KEY})`);
    await lockRollupCounts(tx);
    const { row: before, scope } = await lockForChange(tx, ctx, id);
    if (before.version !== input.version) throw staleVersion(`Location ${before.code}`, before.version);
    refuseArchived(before);
    if (before.kind === 'site') {
      throw invalidInput('/body/parentId', `${before.code} is a site: sites are always at the top of the tree.`);
    }
    if (input.parentId === before.id) {
      throw invalidInput('/body/parentId', `${before.code} cannot be moved under itself.`);
    }
    const parent = await lockNewParent(tx, ctx, scope, input.parentId, '/body/parentId');
    if (parent.path.startsWith(before.path)) {
      throw invalidInput(
        '/body/parentId',
        `${parent.code} is inside ${before.code}: a location cannot move under its own descendant.`,
      );
    }
    if (parent.id === before.parentId) return locationDetail(tx, before, await resolveScope(tx, ctx, 'inventory.read'));
    const subtree = await lockSubtree(tx, before.path);
    const deepest = subtree.maxDepth - before.depth + parent.depth + 1;
    if (deepest >= MAX_DEPTH) {
      throw invalidInput(
        '/body/parentId',
        `Moved there, ${before.code}'s subtree would be deeper than ${MAX_DEPTH} levels.`,
      );
    }
    const moved = await moveSubtree(tx, before, parent);
    // '/<site>/.../<parent>/<id>/' without its last '<id>/'.
    const oldParentPath = before.path.slice(0, before.path.length - before.id.length - 1);
    await shiftRollupCounts(tx, before.id, oldParentPath, parent.path);
    const after = (await findLocation(tx, id))!;
    await s.audit.record(tx, ctx, {
      entityType: 'location',
      entityId: id,
      action: 'location.moved',
      changes: {
        parentId: { before: before.parentId, after: parent.id },
        depth: { before: before.depth, after: after.depth },
        locationsMoved: moved,
      },
    });
    return locationDetail(tx, after, await resolveScope(tx, ctx, 'inventory.read'));
  });
}
