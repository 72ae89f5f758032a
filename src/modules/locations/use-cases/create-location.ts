import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { forbidden, invalidInput, uniqueViolation } from '../../../platform/http/errors.js';
import { LOCATION_KINDS, insertLocation } from '../locations-repository.js';
import { resolveScope } from '../location-scope.js';
import { auditedLocationFields, type LocationDetailView } from '../location-presenter.js';
import {
  checkManager,
  checkPlacement,
  codeSchema,
  codeTaken,
  ensureCodeFree,
  lockNewParent,
  MAX_DEPTH,
  nameSchema,
  optionalText,
} from './location-rules.js';
import { locationDetail } from './read-locations.js';

export const createLocationInput = z.object({
  parentId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Where the location is. Leave out (or null) for a site, which is always at the top of the tree.'),
  kind: z.enum(LOCATION_KINDS),
  code: codeSchema,
  name: nameSchema,
  address: optionalText(1000).describe(
    'Postal address. Meant for sites; allowed on any kind (a building on a campus may have its own).',
  ),
  managerPersonId: z.uuid().nullable().optional().describe('The person responsible for the location.'),
  notes: optionalText(5000),
});
export type CreateLocationInput = z.input<typeof createLocationInput>;

export async function createLocation(
  s: Services,
  ctx: ActionContext,
  raw: CreateLocationInput,
): Promise<LocationDetailView> {
  const input = createLocationInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      const scope = await resolveScope(tx, ctx, 'inventory.manage');
      const parent = input.parentId ? await lockNewParent(tx, ctx, scope, input.parentId, '/body/parentId') : null;
      checkPlacement(input.kind, parent, '/body/parentId');
      if (parent && parent.depth + 1 >= MAX_DEPTH) {
        throw invalidInput('/body/parentId', `The tree is at most ${MAX_DEPTH} levels deep.`);
      }
      if (!parent && scope.kind !== 'all') {
        // A scoped role reaches only inside its subtrees; a new site is outside all of them.
        throw forbidden('Creating a site needs a role for the whole organisation: yours covers only some locations.');
      }
      await ensureCodeFree(tx, input.code);
      await checkManager(tx, ctx, input.managerPersonId, '/body/managerPersonId');
      const row = await insertLocation(tx, {
        parent,
        kind: input.kind,
        code: input.code,
        name: input.name,
        address: input.address ?? null,
        managerPersonId: input.managerPersonId ?? null,
        notes: input.notes ?? null,
      });
      await s.audit.record(tx, ctx, {
        entityType: 'location',
        entityId: row.id,
        action: 'location.created',
        changes: { after: auditedLocationFields(row) },
      });
      return locationDetail(tx, row, await resolveScope(tx, ctx, 'inventory.read'));
    });
  } catch (err) {
    if (uniqueViolation(err) === 'locations_code_key') throw codeTaken(input.code);
    throw err;
  }
}
