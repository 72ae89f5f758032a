/**
 * Lifecycle actions of many independent requests applied together in the caller's transaction:
 * a bulk action on a selection, concurrent check-outs gathered into one commit, a batch of scans.
 * Each request may have its own caller, action, asset and input. Every request is checked on its
 * own (the asset's state, the status machine, the caller's role and location scope, the people and
 * places it names); the accepted ones are written with one update, one insert of events and one of
 * audit entries per caller; each refused one gets its own error and writes nothing.
 *
 * The assets are locked first, in id order, so of two conflicting actions at the same moment
 * exactly one wins and the other is refused naming the asset. An asset appears at most once.
 */
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError, forbidden, invalidInput, notFound, staleVersion } from '../../../platform/http/errors.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { ACTION_LABELS, planTransition, type AssetAction, type Transition } from '../../../domain/asset-lifecycle.js';
import { can, type Permission } from '../../../domain/permissions.js';
import { assets, locations, people } from '../../../platform/db/schema-all.js';
import { locationsOutOfScope } from '../../locations/location-scope.js';
import {
  assigneeLabels,
  insertEvents,
  lockAssets,
  updateAssetsFromRows,
  type AssetDetailRow,
  type AssetRow,
  type AssetStateRow,
} from '../assets-repository.js';
import { assigneeOf, auditFor, auditedAssetFields, eventFor, type Assignee } from '../asset-events.js';
import { recordDisposals } from '../../finance/disposals.js';
import type { actionInput } from './action-input.js';

export type ParsedActionInput = z.infer<typeof actionInput>;

export interface ActionRequest {
  ctx: ActionContext;
  action: AssetAction;
  assetId: string;
  input: ParsedActionInput;
  /** When it happened, if not now (a synced offline scan happened when it was scanned). */
  occurredAt?: Date;
  /** More for the event's data (the scan's id and station). */
  data?: Record<string, unknown>;
}

/**
 * Why a request was refused, with the phase of the checks that refused it, so that an
 * all-or-nothing caller reports the same error whatever the order of its assets.
 */
export class Refusal {
  constructor(
    readonly phase: number,
    readonly error: AppError,
  ) {}
}

export type RequestOutcome = { ok: true; row: AssetDetailRow } | { ok: false; refusal: Refusal };

interface Target {
  assignee: Assignee;
  locationId: string | null;
}

/** A request that passed its checks, with what it will write. */
interface Accepted {
  index: number;
  request: ActionRequest;
  before: AssetRow;
  plan: Extract<Transition, { allowed: true }>;
  locationId: string | null;
  target: Target | null;
  permission: Permission;
}

export async function applyActionRequests(
  s: Services,
  tx: Db,
  requests: ActionRequest[],
  options: { locked?: AssetRow[] } = {},
): Promise<RequestOutcome[]> {
  const outcomes: (RequestOutcome | undefined)[] = new Array(requests.length);
  const refuse = (i: number, phase: number, error: AppError) => {
    outcomes[i] ??= { ok: false, refusal: new Refusal(phase, error) };
  };
  const ids = [...new Set(requests.map((r) => r.assetId))];
  if (ids.length !== requests.length) throw new Error('applyActionRequests: an asset appears twice');
  const locked = options.locked ?? (await lockAssets(tx, ids));
  const byId = new Map(locked.map((a) => [a.id, a]));

  // Phase 1: the asset, its version, and what the input itself must say.
  requests.forEach((r, i) => {
    const before = byId.get(r.assetId);
    const error = !before
      ? notFound(`The asset ${r.assetId}`)
      : r.input.version !== undefined && before.version !== r.input.version
        ? staleVersion(`Asset ${before.tag}`, before.version)
        : inputError(r);
    if (error) refuse(i, 1, error);
  });

  // Phase 2: the places and people named, each read once for all requests.
  const places = await readLocations(
    tx,
    requests.flatMap((r) => [r.input.locationId, r.input.assignee?.type === 'location' ? r.input.assignee.id : null]),
  );
  const persons = await readPeople(
    tx,
    requests.map((r) => (r.input.assignee?.type === 'person' ? r.input.assignee.id : null)),
  );
  // A component cannot go into an asset that is itself being moved by these requests (no cycles).
  const moving = new Set(ids);
  const destinations = new Map<number, string | null>();
  const targets = new Map<number, Target>();
  for (const [i, r] of requests.entries()) {
    if (outcomes[i]) continue;
    try {
      destinations.set(
        i,
        r.input.locationId ? usableLocation(places, r.input.locationId, '/body/locationId').id : null,
      );
      if (r.action === 'check_out')
        targets.set(i, await resolveAssignee(tx, r.input.assignee!, moving, places, persons));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      refuse(i, 2, err);
    }
  }

  // Phase 3: the status machine (pure), then the caller's role.
  const accepted: Accepted[] = [];
  for (const [i, request] of requests.entries()) {
    if (outcomes[i]) continue;
    const before = byId.get(request.assetId)!;
    const plan = planTransition({
      tag: before.tag,
      status: before.status,
      action: request.action,
      transfer: request.input.transfer,
    });
    const destination = destinations.get(i) ?? null;
    if (!plan.allowed) {
      refuse(i, 3, new AppError('invalid_transition', 409, plan.reason));
    } else if (plan.needsLocation && !destination) {
      refuse(i, 3, invalidInput('/body/locationId', `Say where ${before.tag} is ${ACTION_LABELS[request.action]} to.`));
    } else {
      const target = targets.get(i) ?? null;
      const locationId = destination ?? target?.locationId ?? before.locationId;
      // Retiring and disposing take an asset out of service: that is for asset managers.
      const manage = request.action === 'retire' || request.action === 'dispose';
      accepted.push({
        index: i,
        request,
        before,
        plan,
        locationId,
        target,
        permission: manage ? 'inventory.manage' : 'inventory.write',
      });
    }
  }
  const allowed: Accepted[] = [];
  for (const a of accepted) {
    if (can(a.request.ctx.actor.grants, a.permission)) allowed.push(a);
    else
      refuse(
        a.index,
        4,
        forbidden(
          `Only asset managers and administrators may ${a.request.action === 'retire' ? 'retire' : 'dispose of'} assets.`,
        ),
      );
  }

  // Phase 5: location scope, one query per caller and permission.
  const inScope = await checkScope(tx, allowed, refuse);

  // The writes, for everything accepted.
  const labels = await assigneeLabels(
    tx,
    inScope.map((a) => a.before),
  );
  const afterRows = await updateAssetsFromRows(tx, inScope.map(stateRow));
  const afterById = new Map(afterRows.map((a) => [a.asset.id, a]));
  const writeOffs = await writeOffDisposals(tx, inScope);
  const changes = inScope.map((a) => {
    const { request, before, plan } = a;
    const assigneeFrom = assigneeOf(before, labels.get(before.id) ?? null);
    const data = detailsOf(request.input);
    return {
      accepted: a,
      change: {
        action: request.action,
        before,
        after: afterById.get(before.id)!.asset,
        assigneeFrom,
        assigneeTo: plan.assignee === 'set' ? a.target!.assignee : plan.assignee === 'keep' ? assigneeFrom : null,
        notes: request.input.notes ?? null,
        data:
          request.action === 'check_out' && before.status === 'in_use'
            ? { ...data, transfer: true }
            : writeOffs.has(before.id)
              ? { ...data, writeOffs: writeOffs.get(before.id) }
              : data,
      },
    };
  });
  await insertEvents(
    tx,
    changes.map(({ accepted: { request }, change }) => ({
      ...eventFor(request.ctx, { ...change, data: { ...change.data, ...request.data } }),
      ...(request.occurredAt ? { occurredAt: request.occurredAt } : {}),
    })),
  );
  await s.audit.recordEach(
    tx,
    changes.map(({ accepted: a, change }) => {
      const diff: Record<string, unknown> = diffFields(
        auditedAssetFields(change.before),
        auditedAssetFields(change.after),
      );
      if (change.data && Object.keys(change.data).length > 0) diff.details = change.data;
      if (change.notes) diff.notes = change.notes;
      return { ctx: a.request.ctx, entry: auditFor(change, diff) };
    }),
  );

  for (const a of inScope) outcomes[a.index] = { ok: true, row: afterById.get(a.before.id)! };
  return outcomes as RequestOutcome[];
}

/** What the input alone must say for its action. */
function inputError(r: ActionRequest): AppError | null {
  if (r.action === 'dispose' && !r.input.reason)
    return invalidInput('/body/reason', 'Say why the asset is disposed of.');
  if (r.action === 'check_out' && !r.input.assignee)
    return invalidInput('/body/assignee', 'Say who or what the asset is checked out to.');
  return null;
}

type LocationRow = typeof locations.$inferSelect;
type PersonRow = typeof people.$inferSelect;

async function readLocations(tx: Db, ids: (string | null | undefined)[]): Promise<Map<string, LocationRow>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return new Map();
  const rows = await tx.select().from(locations).where(inArray(locations.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

async function readPeople(tx: Db, ids: (string | null)[]): Promise<Map<string, PersonRow>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return new Map();
  const rows = await tx.select().from(people).where(inArray(people.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

function usableLocation(places: Map<string, LocationRow>, id: string, pointer: string): LocationRow {
  const location = places.get(id);
  if (!location) throw invalidInput(pointer, 'No location with this id.');
  if (location.archivedAt) throw invalidInput(pointer, `The location ${location.code} is archived.`);
  return location;
}

/** The check-out target: it must exist, be usable, and not create a cycle of components. */
async function resolveAssignee(
  tx: Db,
  target: { type: 'person' | 'location' | 'asset'; id: string },
  moving: Set<string>,
  places: Map<string, LocationRow>,
  persons: Map<string, PersonRow>,
): Promise<Target> {
  const pointer = '/body/assignee/id';
  if (target.type === 'person') {
    const person = persons.get(target.id);
    if (!person) throw invalidInput(pointer, 'No person with this id.');
    if (person.status === 'left') throw invalidInput(pointer, `${person.name} has left the organisation.`);
    return { assignee: { ...target, label: person.name }, locationId: person.locationId };
  }
  if (target.type === 'location') {
    const location = usableLocation(places, target.id, pointer);
    return { assignee: { ...target, label: location.name }, locationId: location.id };
  }
  // A parent asset: walk up its own parents to refuse cycles (a component cannot contain itself).
  let current: string | null = target.id;
  let parent: AssetRow | undefined;
  for (let depth = 0; current && depth < 50; depth++) {
    if (moving.has(current)) throw invalidInput(pointer, 'An asset cannot be a component of itself.');
    const [row] = await tx.select().from(assets).where(eq(assets.id, current));
    if (!row) throw invalidInput(pointer, 'No asset with this id.');
    parent ??= row;
    current = row.assignedAssetId;
  }
  if (!parent || ['disposed', 'lost', 'stolen'].includes(parent.status)) {
    throw invalidInput(pointer, `${parent?.tag ?? 'The asset'} is ${parent?.status ?? 'gone'}.`);
  }
  return { assignee: { ...target, label: parent.tag }, locationId: parent.locationId };
}

/** Those whose asset's place, and destination, the caller's role covers; the others refused. */
async function checkScope(
  tx: Db,
  list: Accepted[],
  refuse: (i: number, phase: number, error: AppError) => void,
): Promise<Accepted[]> {
  const groups = new Map<string, { ctx: ActionContext; permission: Permission; items: Accepted[] }>();
  for (const a of list) {
    const key = `${scopeKey(a.request.ctx)}|${a.permission}`;
    const group = groups.get(key) ?? { ctx: a.request.ctx, permission: a.permission, items: [] };
    group.items.push(a);
    groups.set(key, group);
  }
  const out: Accepted[] = [];
  for (const { ctx, permission, items } of groups.values()) {
    const outside = await locationsOutOfScope(tx, ctx, permission, [
      ...items.map((a) => a.before.locationId),
      ...items.filter((a) => a.locationId !== a.before.locationId).map((a) => a.locationId),
    ]);
    for (const a of items) {
      if (outside.has(a.before.locationId)) {
        refuse(a.index, 5, forbidden(`${a.before.tag}'s location is outside the locations your role covers.`));
      } else if (a.locationId !== a.before.locationId && outside.has(a.locationId)) {
        refuse(a.index, 5, forbidden(`The destination of ${a.before.tag} is outside the locations your role covers.`));
      } else out.push(a);
    }
  }
  return out.sort((x, y) => x.index - y.index);
}

/** Callers with the same grants have the same scope. */
function scopeKey(ctx: ActionContext): string {
  return JSON.stringify(ctx.actor.grants);
}

function stateRow(a: Accepted): AssetStateRow {
  const { before, plan, request, target } = a;
  const base = { id: before.id, status: plan.to, location_id: a.locationId };
  if (plan.assignee === 'set' && target) {
    return {
      ...base,
      assigned_person_id: target.assignee.type === 'person' ? target.assignee.id : null,
      assigned_location_id: target.assignee.type === 'location' ? target.assignee.id : null,
      assigned_asset_id: target.assignee.type === 'asset' ? target.assignee.id : null,
      request_reference: request.input.requestReference ?? null,
      expected_return_date: request.input.expectedReturnDate ?? null,
    };
  }
  if (plan.assignee === 'clear') {
    return {
      ...base,
      assigned_person_id: null,
      assigned_location_id: null,
      assigned_asset_id: null,
      request_reference: null,
      expected_return_date: null,
    };
  }
  return {
    ...base,
    assigned_person_id: before.assignedPersonId,
    assigned_location_id: before.assignedLocationId,
    assigned_asset_id: before.assignedAssetId,
    request_reference: before.requestReference,
    expected_return_date: before.expectedReturnDate,
  };
}

/** Disposal writes off the book value in every book (finance module), in this transaction. */
async function writeOffDisposals(tx: Db, list: Accepted[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  // Grouped by date and proceeds: a bulk disposal is one group.
  const groups = new Map<string, Accepted[]>();
  for (const a of list.filter((x) => x.request.action === 'dispose')) {
    const date = (a.request.occurredAt ?? new Date()).toISOString().slice(0, 10);
    const key = `${date}|${a.request.input.proceeds ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  for (const [key, items] of groups) {
    const [date, proceeds] = key.split('|') as [string, string];
    const records = await recordDisposals(
      tx,
      items.map((a) => a.before),
      date,
      proceeds || undefined,
    );
    for (const [id, r] of records) out.set(id, r);
  }
  return out;
}

function detailsOf(input: ParsedActionInput): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({
      reason: input.reason,
      proceeds: input.proceeds,
      expectedReturnDate: input.expectedReturnDate,
      requestReference: input.requestReference,
    }).filter(([, v]) => v !== undefined),
  );
}
