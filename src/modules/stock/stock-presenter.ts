/** What leaves the API about stock: balances with their policy, and ledger movements. */
import { z } from 'zod';
import { MOVEMENT_KINDS } from '../../platform/db/schema-all.js';
import type { BalanceRow, MovementRow } from './stock-repository.js';

const ref = z.object({ id: z.uuid(), name: z.string() });
const locationRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const stockBalanceSchema = z
  .object({
    model: ref.extend({ categoryName: z.string() }),
    location: locationRef,
    onHand: z.number().int(),
    minQuantity: z.number().int().nullable(),
    maxQuantity: z.number().int().nullable(),
    reorderQuantity: z.number().int().nullable(),
    policyVersion: z.number().int().nullable().describe('Send it back to change the policy (null: none yet).'),
    belowMinimum: z.boolean(),
  })
  .meta({ id: 'StockBalance' });

export function presentBalance(r: BalanceRow): z.infer<typeof stockBalanceSchema> {
  const onHand = Number(r.on_hand);
  return {
    model: { id: r.model_id, name: r.model_name, categoryName: r.category_name },
    location: { id: r.location_id, code: r.location_code, name: r.location_name },
    onHand,
    minQuantity: r.min_quantity,
    maxQuantity: r.max_quantity,
    reorderQuantity: r.reorder_quantity,
    policyVersion: r.policy_version,
    belowMinimum: r.min_quantity !== null && onHand < r.min_quantity,
  };
}

export const stockMovementSchema = z
  .object({
    id: z.number().int(),
    groupId: z.uuid().describe('Shared by the two rows of a transfer.'),
    occurredAt: z.string(),
    kind: z.enum(MOVEMENT_KINDS),
    model: ref,
    location: locationRef,
    quantity: z.number().int().describe('Signed change of on hand at this location.'),
    balanceAfter: z.number().int(),
    issuedTo: z.object({ type: z.enum(['person', 'location', 'asset']), id: z.uuid(), label: z.string() }).nullable(),
    counterpartLocation: ref.nullable().describe('The other end of a transfer.'),
    reason: z.string().nullable(),
    reference: z.string().nullable(),
    notes: z.string().nullable(),
    actor: z.string(),
    source: z.string(),
  })
  .meta({ id: 'StockMovement' });

export function presentMovement(r: MovementRow): z.infer<typeof stockMovementSchema> {
  const issuedTo = r.person_id
    ? { type: 'person' as const, id: r.person_id, label: r.person_name ?? '' }
    : r.assigned_location_id
      ? { type: 'location' as const, id: r.assigned_location_id, label: r.assigned_location_name ?? '' }
      : r.asset_id
        ? { type: 'asset' as const, id: r.asset_id, label: r.asset_tag ?? '' }
        : null;
  return {
    id: Number(r.id),
    groupId: r.group_id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    kind: r.kind,
    model: { id: r.model_id, name: r.model_name },
    location: { id: r.location_id, code: r.location_code, name: r.location_name },
    quantity: Number(r.quantity),
    balanceAfter: Number(r.balance_after),
    issuedTo,
    counterpartLocation: r.counterpart_location_id
      ? { id: r.counterpart_location_id, name: r.counterpart_location_name ?? '' }
      : null,
    reason: r.reason,
    reference: r.reference,
    notes: r.notes,
    actor: r.actor_label,
    source: r.source,
  };
}
