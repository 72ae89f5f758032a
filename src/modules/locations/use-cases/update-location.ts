import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { invalidInput, staleVersion, uniqueViolation } from '../../../platform/http/errors.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { LOCATION_KINDS, updateLocationVersioned } from '../locations-repository.js';
import { resolveScope } from '../location-scope.js';
import { auditedLocationFields, type LocationDetailView } from '../location-presenter.js';
import {
  checkManager,
  codeSchema,
  codeTaken,
  ensureCodeFree,
  lockForChange,
  nameSchema,
  optionalText,
  refuseArchived,
} from './location-rules.js';
import { locationDetail } from './read-locations.js';

export const updateLocationInput = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale version is refused with 409.'),
  kind: z
    .enum(LOCATION_KINDS)
    .optional()
    .describe('A site stays a site (it is a root) and nothing else can become one: move locations instead.'),
  code: codeSchema.optional(),
  name: nameSchema.optional(),
  address: optionalText(1000),
  managerPersonId: z.uuid().nullable().optional(),
  notes: optionalText(5000),
});
export type UpdateLocationInput = z.input<typeof updateLocationInput>;

/** Edits a location's own fields; its place in the tree changes only through a move. */
export async function updateLocation(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: UpdateLocationInput,
): Promise<LocationDetailView> {
  const input = updateLocationInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      const { row: before } = await lockForChange(tx, ctx, id);
      if (before.version !== input.version) throw staleVersion(`Location ${before.code}`, before.version);
      refuseArchived(before);
      if (input.kind !== undefined && input.kind !== before.kind) {
        if (input.kind === 'site') {
          throw invalidInput('/body/kind', 'Only a location at the top of the tree can be a site.');
        }
        if (before.kind === 'site') {
          throw invalidInput('/body/kind', 'A site is the top of its tree: it cannot become another kind.');
        }
      }
      if (input.code !== undefined && input.code.toLowerCase() !== before.code.toLowerCase()) {
        await ensureCodeFree(tx, input.code, id);
      }
      if (input.managerPersonId !== undefined && input.managerPersonId !== before.managerPersonId) {
        await checkManager(tx, ctx, input.managerPersonId, '/body/managerPersonId');
      }
      const after = await updateLocationVersioned(tx, id, input.version, {
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.code !== undefined ? { code: input.code } : {}),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(input.managerPersonId !== undefined ? { managerPersonId: input.managerPersonId } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
      });
      if (!after) throw staleVersion(`Location ${before.code}`, before.version + 1);
      await s.audit.record(tx, ctx, {
        entityType: 'location',
        entityId: id,
        action: 'location.updated',
        changes: diffFields(auditedLocationFields(before), auditedLocationFields(after)),
      });
      return locationDetail(tx, after, await resolveScope(tx, ctx, 'inventory.read'));
    });
  } catch (err) {
    if (uniqueViolation(err) === 'locations_code_key') throw codeTaken(input.code ?? '');
    throw err;
  }
}
