/** Builds the asset event and the audit entry of one asset change, written together. */
import type { ActionContext } from '../../platform/context.js';
import type { AuditEntry } from '../audit/audit-writer.js';
import type { AssetEventInsert, AssetRow } from './assets-repository.js';

export interface Assignee {
  type: 'person' | 'location' | 'asset';
  id: string;
  label: string;
}

export function assigneeOf(asset: AssetRow, label: string | null): Assignee | null {
  if (asset.assignedPersonId) return { type: 'person', id: asset.assignedPersonId, label: label ?? '' };
  if (asset.assignedLocationId) return { type: 'location', id: asset.assignedLocationId, label: label ?? '' };
  if (asset.assignedAssetId) return { type: 'asset', id: asset.assignedAssetId, label: label ?? '' };
  return null;
}

export interface AssetChange {
  action: string;
  before: AssetRow | null;
  after: AssetRow;
  assigneeFrom?: Assignee | null;
  assigneeTo?: Assignee | null;
  notes?: string | null;
  data?: Record<string, unknown>;
}

export function eventFor(ctx: ActionContext, change: AssetChange): AssetEventInsert {
  const { before, after } = change;
  return {
    assetId: after.id,
    action: change.action,
    actorUserId: ctx.actor.userId,
    actorLabel: ctx.actor.label,
    source: ctx.source,
    statusFrom: before?.status ?? null,
    statusTo: after.status,
    locationFrom: before?.locationId ?? null,
    locationTo: after.locationId,
    assigneeFrom: change.assigneeFrom ?? null,
    assigneeTo: change.assigneeTo ?? null,
    requestReference: after.requestReference,
    notes: change.notes ?? null,
    data: change.data ?? null,
  };
}

const AUDITED = [
  'tag',
  'serial',
  'name',
  'modelId',
  'status',
  'locationId',
  'assignedPersonId',
  'assignedLocationId',
  'assignedAssetId',
  'requestReference',
  'expectedReturnDate',
  'supplierId',
  'orderReference',
  'purchaseDate',
  'purchaseCost',
  'currency',
  'warrantyEnd',
  'costCentre',
  'customFields',
  'notes',
] as const;

export function auditedAssetFields(asset: AssetRow | null): Record<string, unknown> | null {
  if (!asset) return null;
  return Object.fromEntries(AUDITED.map((k) => [k, asset[k]]));
}

export function auditFor(change: AssetChange, changes: Record<string, unknown>): AuditEntry {
  return { entityType: 'asset', entityId: change.after.id, action: `asset.${change.action}`, changes };
}
