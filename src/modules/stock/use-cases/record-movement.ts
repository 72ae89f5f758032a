/**
 * Every change of a quantity-tracked stock: receive, issue (to a person, a location or an asset),
 * return, transfer between locations, adjust (with a reason), loss and damage. One movement (two for
 * a transfer) in the ledger, the balance changed under its row lock, and the audit entry, all in one
 * transaction. Stock never goes below zero: the refusal names what is on hand.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/database.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { conflict, invalidInput } from '../../../platform/http/errors.js';
import { assets, models, type MovementKind } from '../../../platform/db/schema-all.js';
import { assertLocationInScope } from '../../locations/location-scope.js';
import { loadLocation, loadPerson, type LocationRow } from '../../assets/asset-inputs.js';
import { changeBalance, insertMovements, onHand, type NewMovement } from '../stock-repository.js';

export const MOVEMENT_REQUESTS = ['receive', 'issue', 'return', 'transfer', 'adjust', 'loss', 'damage'] as const;
export type MovementRequestKind = (typeof MOVEMENT_REQUESTS)[number];

const PAST: Record<MovementRequestKind, string> = {
  receive: 'received',
  issue: 'issued',
  return: 'returned',
  transfer: 'transferred',
  adjust: 'adjusted',
  loss: 'lost',
  damage: 'damaged',
};

const quantity = z.number().int().min(-1_000_000).max(1_000_000);

export const movementInput = z.object({
  kind: z.enum(MOVEMENT_REQUESTS),
  modelId: z.uuid(),
  locationId: z.uuid().describe('Where the stock is (for a transfer: where it leaves from).'),
  quantity: quantity.describe('How many; positive, except an adjustment, which is signed (+ found, - missing).'),
  toLocationId: z.uuid().optional().describe('Transfer: where the stock goes.'),
  issuedTo: z
    .object({ type: z.enum(['person', 'location', 'asset']), id: z.uuid() })
    .optional()
    .describe('Issue: who or what receives it (required). Return: who or what gives it back (optional).'),
  reason: z.string().trim().min(1).max(500).optional().describe('Why: required for an adjustment.'),
  reference: z.string().trim().max(100).optional().describe('A delivery note, order or service request.'),
  notes: z.string().trim().max(2000).optional(),
});
export type MovementInput = z.input<typeof movementInput>;

/** What one request does to on hand: the signed change per location. */
export function legsOf(
  input: Pick<z.infer<typeof movementInput>, 'kind' | 'quantity' | 'locationId' | 'toLocationId'>,
) {
  const q = input.quantity;
  const legs: { kind: MovementKind; locationId: string; delta: number }[] = [];
  switch (input.kind) {
    case 'receive':
    case 'return':
      legs.push({ kind: input.kind, locationId: input.locationId, delta: q });
      break;
    case 'issue':
    case 'loss':
    case 'damage':
      legs.push({ kind: input.kind, locationId: input.locationId, delta: -q });
      break;
    case 'adjust':
      legs.push({ kind: 'adjust', locationId: input.locationId, delta: q });
      break;
    case 'transfer':
      legs.push({ kind: 'transfer_out', locationId: input.locationId, delta: -q });
      legs.push({ kind: 'transfer_in', locationId: input.toLocationId!, delta: q });
      break;
  }
  return legs;
}

function checkShape(input: z.infer<typeof movementInput>): void {
  if (input.kind === 'adjust') {
    if (input.quantity === 0) throw invalidInput('/body/quantity', 'An adjustment changes the quantity: not 0.');
    if (!input.reason) throw invalidInput('/body/reason', 'Say why the stock is adjusted.');
  } else if (input.quantity <= 0) {
    throw invalidInput('/body/quantity', 'The quantity must be a whole number above 0.');
  }
  if (input.kind === 'transfer') {
    if (!input.toLocationId) throw invalidInput('/body/toLocationId', 'Say where the stock is transferred to.');
    if (input.toLocationId === input.locationId)
      throw invalidInput('/body/toLocationId', 'A transfer goes to another location.');
  } else if (input.toLocationId) {
    throw invalidInput('/body/toLocationId', 'Only a transfer has a destination.');
  }
  if (input.kind === 'issue' && !input.issuedTo)
    throw invalidInput('/body/issuedTo', 'Say who or what the stock is issued to.');
  if (input.issuedTo && input.kind !== 'issue' && input.kind !== 'return')
    throw invalidInput('/body/issuedTo', 'Only an issue or a return names a person, location or asset.');
}

async function loadStockModel(db: Db, modelId: string) {
  const [model] = await db.select().from(models).where(eq(models.id, modelId));
  if (!model) throw invalidInput('/body/modelId', 'No model with this id.');
  if (model.archivedAt) throw invalidInput('/body/modelId', `The model ${model.name} is archived.`);
  if (model.tracking !== 'quantity') {
    throw invalidInput(
      '/body/modelId',
      `${model.name} is tracked individually: receive, check out and check in its assets instead.`,
    );
  }
  return model;
}

async function resolveIssuedTo(db: Db, target: { type: 'person' | 'location' | 'asset'; id: string }) {
  const pointer = '/body/issuedTo/id';
  if (target.type === 'person') {
    const person = await loadPerson(db, target.id, pointer);
    return { personId: person.id, label: person.name };
  }
  if (target.type === 'location') {
    const location = await loadLocation(db, target.id, pointer);
    return { assignedLocationId: location.id, label: location.name };
  }
  const [asset] = await db.select().from(assets).where(eq(assets.id, target.id));
  if (!asset) throw invalidInput(pointer, 'No asset with this id.');
  return { assetId: asset.id, label: asset.tag };
}

export interface RecordedMovement {
  groupId: string;
  ids: number[];
  /** On hand at each location the movement touched, right after it. */
  balances: { locationId: string; onHand: number }[];
}

export async function recordMovement(s: Services, ctx: ActionContext, raw: MovementInput): Promise<RecordedMovement> {
  const input = movementInput.parse(raw);
  checkShape(input);
  return inTransaction(s.db, (tx) => recordMovementInTransaction(s, tx, ctx, input));
}

export async function recordMovementInTransaction(
  s: Services,
  tx: Db,
  ctx: ActionContext,
  input: z.infer<typeof movementInput>,
  /** When it happened, if earlier than now (a scan synced from a station's offline queue). */
  options: { occurredAt?: Date } = {},
): Promise<RecordedMovement> {
  const model = await loadStockModel(tx, input.modelId);
  const from = await loadLocation(tx, input.locationId, '/body/locationId');
  await assertLocationInScope(tx, ctx, 'inventory.write', from.id, `Location ${from.code}`);
  let to: LocationRow | null = null;
  if (input.toLocationId) {
    to = await loadLocation(tx, input.toLocationId, '/body/toLocationId');
    await assertLocationInScope(tx, ctx, 'inventory.write', to.id, `Location ${to.code}`);
  }
  const target = input.issuedTo ? await resolveIssuedTo(tx, input.issuedTo) : null;
  const names = new Map<string, LocationRow>([[from.id, from]]);
  if (to) names.set(to.id, to);

  // Lock balance rows in one order (by location id) so two opposite transfers cannot deadlock.
  const legs = legsOf(input).sort((a, b) => a.locationId.localeCompare(b.locationId));
  const groupId = randomUUID();
  const rows: NewMovement[] = [];
  for (const leg of legs) {
    const after = await changeBalance(tx, model.id, leg.locationId, leg.delta);
    const location = names.get(leg.locationId)!;
    if (after === null) {
      const available = await onHand(tx, model.id, leg.locationId);
      throw conflict(
        'insufficient_stock',
        `Only ${available} of ${model.name} on hand at ${location.code}: cannot take ${-leg.delta}.`,
        [{ pointer: '/body/quantity', message: `At most ${available}.` }],
      );
    }
    rows.push({
      groupId,
      kind: leg.kind,
      modelId: model.id,
      locationId: leg.locationId,
      quantity: leg.delta,
      balanceAfter: after,
      personId: target?.personId ?? null,
      assignedLocationId: target?.assignedLocationId ?? null,
      assetId: target?.assetId ?? null,
      counterpartLocationId: leg.kind === 'transfer_out' ? to!.id : leg.kind === 'transfer_in' ? from.id : null,
      reason: input.reason ?? null,
      reference: input.reference ?? null,
      notes: input.notes ?? null,
      actorUserId: ctx.actor.userId,
      actorLabel: ctx.actor.label,
      source: ctx.source,
      ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
    });
  }
  const inserted = await insertMovements(tx, rows);
  await s.audit.record(tx, ctx, {
    entityType: 'stock',
    entityId: `${model.id}@${from.id}`,
    action: `stock.${PAST[input.kind]}`,
    changes: {
      after: {
        kind: input.kind,
        model: model.name,
        location: from.code,
        ...(to ? { toLocation: to.code } : {}),
        quantity: input.quantity,
        ...(target ? { issuedTo: { ...input.issuedTo, label: target.label } } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
        ...(input.reference ? { reference: input.reference } : {}),
        balances: Object.fromEntries(inserted.map((m) => [names.get(m.locationId)!.code, m.balanceAfter])),
        movementGroup: groupId,
      },
    },
  });
  return {
    groupId,
    ids: inserted.map((m) => m.id),
    balances: inserted.map((m) => ({ locationId: m.locationId, onHand: m.balanceAfter })),
  };
}
