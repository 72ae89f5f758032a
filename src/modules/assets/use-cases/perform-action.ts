/**
 * Every lifecycle action (receive, move, check out, check in, repair, missing/found, lost/stolen,
 * retire, dispose), for one asset or a list. The status machine decides what is allowed; the rows
 * are locked first, so of two conflicting actions at the same moment exactly one wins and the other
 * is refused with a 409 naming the asset. A list is all-or-nothing, with one event per asset.
 */
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/database.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { AppError, forbidden, invalidInput, notFound, staleVersion } from '../../../platform/http/errors.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { ASSET_ACTIONS, ACTION_LABELS, planTransition, type AssetAction } from '../../../domain/asset-lifecycle.js';
import { can } from '../../../domain/permissions.js';
import { assets } from '../../../platform/db/schema-all.js';
import { locationsOutOfScope } from '../../locations/location-scope.js';
import { assigneeLabels, insertEvents, lockAssets, updateAssetsFromRows, type AssetRow } from '../assets-repository.js';
import {
  assigneeOf,
  auditFor,
  auditedAssetFields,
  eventFor,
  type Assignee,
  type AssetChange,
} from '../asset-events.js';
import { presentAsset, type AssetView } from '../asset-presenter.js';
import { isoDateSchema, loadLocation, loadPerson, moneySchema } from '../asset-inputs.js';
import { recordDisposals } from '../../finance/disposals.js';

export const actionSchema = z.enum(ASSET_ACTIONS);

export const actionInput = z.object({
  locationId: z
    .uuid()
    .optional()
    .describe('Destination: needed by receive, move, check in, return from repair, found.'),
  assignee: z
    .object({ type: z.enum(['person', 'location', 'asset']), id: z.uuid() })
    .optional()
    .describe('Who or what the asset is checked out to.'),
  transfer: z.boolean().default(false).describe('Check out an asset already in use to someone else, on purpose.'),
  requestReference: z.string().trim().max(100).optional().describe('The service request this is done for.'),
  expectedReturnDate: isoDateSchema.optional(),
  reason: z.string().trim().max(500).optional().describe('Why: required to dispose of an asset.'),
  proceeds: moneySchema.optional().describe('What disposal brought in (sale, scrap value).'),
  notes: z.string().trim().max(2000).optional(),
  version: z.number().int().optional().describe('For a single asset: refuse if it changed since you read it.'),
});
export type ActionInput = z.input<typeof actionInput>;

export const bulkActionInput = actionInput.omit({ version: true }).extend({
  assetIds: z.array(z.uuid()).min(1).max(1000),
});

/** Resolves the check-out target: it must exist, be usable, and not create a cycle of components. */
async function resolveAssignee(
  db: Db,
  target: { type: 'person' | 'location' | 'asset'; id: string },
  moving: Set<string>,
): Promise<{ assignee: Assignee; locationId: string | null }> {
  if (target.type === 'person') {
    const person = await loadPerson(db, target.id, '/body/assignee/id');
    return { assignee: { ...target, label: person.name }, locationId: person.locationId };
  }
  if (target.type === 'location') {
    const location = await loadLocation(db, target.id, '/body/assignee/id');
    return { assignee: { ...target, label: location.name }, locationId: location.id };
  }
  // A parent asset: walk up its own parents to refuse cycles (a component cannot contain itself).
  let current: string | null = target.id;
  let parent: AssetRow | undefined;
  for (let depth = 0; current && depth < 50; depth++) {
    if (moving.has(current)) throw invalidInput('/body/assignee/id', 'An asset cannot be a component of itself.');
    const [row] = await db.select().from(assets).where(eq(assets.id, current));
    if (!row) throw invalidInput('/body/assignee/id', 'No asset with this id.');
    parent ??= row;
    current = row.assignedAssetId;
  }
  if (!parent || ['disposed', 'lost', 'stolen'].includes(parent.status)) {
    throw invalidInput('/body/assignee/id', `${parent?.tag ?? 'The asset'} is ${parent?.status ?? 'gone'}.`);
  }
  return { assignee: { ...target, label: parent.tag }, locationId: parent.locationId };
}

async function apply(
  s: Services,
  ctx: ActionContext,
  action: AssetAction,
  ids: string[],
  input: z.infer<typeof actionInput>,
): Promise<AssetView[]> {
  return inTransaction(s.db, (tx) => applyInTransaction(s, tx, ctx, action, ids, input));
}

/**
 * The action inside the caller's transaction (scans record their outcome in the same one, so a
 * scan retried after a crash is never applied twice).
 */
export async function applyInTransaction(
  s: Services,
  tx: Db,
  ctx: ActionContext,
  action: AssetAction,
  ids: string[],
  input: z.infer<typeof actionInput>,
  /** A scan's own time and id, recorded on the event (a synced offline scan happened then). */
  origin: {
    occurredAt?: Date;
    data?: Record<string, unknown>;
    skipViews?: boolean;
    /** Per asset, over the above: each scan of a synced batch has its own time and id. */
    perAsset?: Map<string, { occurredAt: Date; data: Record<string, unknown> }>;
  } = {},
): Promise<AssetView[]> {
  const locked = await lockAssets(tx, ids);
  const byIdMap = new Map(locked.map((a) => [a.id, a]));
  const missing = ids.find((id) => !byIdMap.has(id));
  if (missing) throw notFound(`The asset ${missing}`);
  if (input.version !== undefined && ids.length === 1 && locked[0]!.version !== input.version) {
    throw staleVersion(`Asset ${locked[0]!.tag}`, locked[0]!.version);
  }
  if (action === 'dispose' && !input.reason) throw invalidInput('/body/reason', 'Say why the asset is disposed of.');
  // Proceeds are what one asset brought in: spread over several, the write-off would count them once per asset.
  if (action === 'dispose' && input.proceeds !== undefined && ids.length > 1)
    throw invalidInput('/body/proceeds', 'Proceeds belong to one asset: dispose of sold assets one at a time.');
  if (action === 'check_out' && !input.assignee)
    throw invalidInput('/body/assignee', 'Say who or what the asset is checked out to.');

  const destination = input.locationId ? await loadLocation(tx, input.locationId, '/body/locationId') : null;
  const target = action === 'check_out' ? await resolveAssignee(tx, input.assignee!, new Set(ids)) : null;

  // Plan every asset first (pure), then check scope, then write everything in one statement.
  const planned = ids.map((id) => {
    const before = byIdMap.get(id)!;
    const plan = planTransition({ tag: before.tag, status: before.status, action, transfer: input.transfer });
    if (!plan.allowed) throw new AppError('invalid_transition', 409, plan.reason);
    if (plan.needsLocation && !destination) {
      throw invalidInput('/body/locationId', `Say where ${before.tag} is ${ACTION_LABELS[action]} to.`);
    }
    const locationId = destination?.id ?? target?.locationId ?? before.locationId;
    return { before, plan, locationId };
  });
  // Retiring and disposing take an asset out of service: that is for asset managers.
  const permission = action === 'retire' || action === 'dispose' ? 'inventory.manage' : 'inventory.write';
  if (!can(ctx.actor.grants, permission)) {
    throw forbidden(
      `Only asset managers and administrators may ${action === 'retire' ? 'retire' : 'dispose of'} assets.`,
    );
  }
  const outside = await locationsOutOfScope(tx, ctx, permission, [
    ...planned.map((p) => p.before.locationId),
    ...planned.filter((p) => p.locationId !== p.before.locationId).map((p) => p.locationId),
  ]);
  for (const p of planned) {
    if (outside.has(p.before.locationId))
      throw forbidden(`${p.before.tag}'s location is outside the locations your role covers.`);
    if (p.locationId !== p.before.locationId && outside.has(p.locationId)) {
      throw forbidden(`The destination of ${p.before.tag} is outside the locations your role covers.`);
    }
  }
  const labels = await assigneeLabels(tx, locked);
  const assignee =
    planned[0]?.plan.assignee === 'set' && target
      ? {
          assigned_person_id: target.assignee.type === 'person' ? target.assignee.id : null,
          assigned_location_id: target.assignee.type === 'location' ? target.assignee.id : null,
          assigned_asset_id: target.assignee.type === 'asset' ? target.assignee.id : null,
          request_reference: input.requestReference ?? null,
          expected_return_date: input.expectedReturnDate ?? null,
        }
      : null;
  const rows = planned.map(({ before, plan, locationId }) => {
    const effect = plan.assignee;
    const keep = {
      assigned_person_id: before.assignedPersonId,
      assigned_location_id: before.assignedLocationId,
      assigned_asset_id: before.assignedAssetId,
      request_reference: before.requestReference,
      expected_return_date: before.expectedReturnDate,
    };
    const clear = {
      assigned_person_id: null,
      assigned_location_id: null,
      assigned_asset_id: null,
      request_reference: null,
      expected_return_date: null,
    };
    return {
      id: before.id,
      status: plan.to,
      location_id: locationId,
      ...(effect === 'set' && assignee ? assignee : effect === 'clear' ? clear : keep),
    };
  });
  const afterRows = await updateAssetsFromRows(tx, rows);
  const afterById = new Map(afterRows.map((a) => [a.asset.id, a]));
  const data = Object.fromEntries(
    Object.entries({
      reason: input.reason,
      proceeds: input.proceeds,
      expectedReturnDate: input.expectedReturnDate,
      requestReference: input.requestReference,
    }).filter(([, v]) => v !== undefined),
  );
  // Disposal writes off the book value in every book (finance module), in this transaction.
  const writeOffs =
    action === 'dispose'
      ? await recordDisposals(
          tx,
          planned.map((p) => p.before),
          (origin.occurredAt ?? new Date()).toISOString().slice(0, 10),
          input.proceeds,
        )
      : undefined;
  const changes: AssetChange[] = planned.map(({ before, plan }) => {
    const assigneeFrom = assigneeOf(before, labels.get(before.id) ?? null);
    const effect = plan.assignee;
    return {
      action,
      before,
      after: afterById.get(before.id)!.asset,
      assigneeFrom,
      assigneeTo: effect === 'set' ? target!.assignee : effect === 'keep' ? assigneeFrom : null,
      notes: input.notes ?? null,
      data:
        action === 'check_out' && before.status === 'in_use'
          ? { ...data, transfer: true }
          : writeOffs
            ? { ...data, writeOffs: writeOffs.get(before.id) }
            : data,
    };
  });
  await insertEvents(
    tx,
    changes.map((c) => {
      const own = origin.perAsset?.get(c.after.id);
      const occurredAt = own?.occurredAt ?? origin.occurredAt;
      return {
        ...eventFor(ctx, { ...c, data: { ...c.data, ...origin.data, ...own?.data } }),
        ...(occurredAt ? { occurredAt } : {}),
      };
    }),
  );
  await s.audit.record(
    tx,
    ctx,
    changes.map((c) => {
      const diff: Record<string, unknown> = diffFields(auditedAssetFields(c.before), auditedAssetFields(c.after));
      if (c.data && Object.keys(c.data).length > 0) diff.details = c.data;
      if (c.notes) diff.notes = c.notes;
      return auditFor(c, diff);
    }),
  );
  if (origin.skipViews) return [];
  return ids.map((id) => presentAsset(afterById.get(id)!));
}

export async function performAction(
  s: Services,
  ctx: ActionContext,
  assetId: string,
  action: AssetAction,
  raw: ActionInput,
): Promise<AssetView> {
  const [view] = await apply(s, ctx, action, [assetId], actionInput.parse(raw));
  return view!;
}

export async function performBulkAction(
  s: Services,
  ctx: ActionContext,
  action: AssetAction,
  raw: z.input<typeof bulkActionInput>,
): Promise<AssetView[]> {
  const { assetIds, ...rest } = bulkActionInput.parse(raw);
  const unique = [...new Set(assetIds)];
  return apply(s, ctx, action, unique, actionInput.parse(rest));
}
