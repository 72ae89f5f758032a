import { z } from 'zod';
import { ASSET_ACTIONS, ASSET_STATUSES, allowedActions } from '../../domain/asset-lifecycle.js';
import type { AssetDetailRow } from './assets-repository.js';
import type { assetEvents } from '../../platform/db/schema-all.js';

const ref = z.object({ id: z.uuid(), name: z.string() });

export const assigneeSchema = z
  .object({
    type: z.enum(['person', 'location', 'asset']),
    id: z.uuid(),
    label: z.string().describe("The person's name, the location's name or the parent asset's tag."),
  })
  .nullable();

export const assetSchema = z
  .object({
    id: z.uuid(),
    tag: z.string(),
    serial: z.string().nullable(),
    name: z.string().nullable(),
    status: z.enum(ASSET_STATUSES),
    model: ref.extend({ tracking: z.string() }),
    category: ref,
    manufacturer: ref.nullable(),
    location: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
    assignee: assigneeSchema,
    requestReference: z.string().nullable(),
    expectedReturnDate: z.string().nullable(),
    supplier: ref.nullable(),
    orderReference: z.string().nullable(),
    purchaseDate: z.string().nullable(),
    purchaseCost: z.string().nullable().describe('A decimal string, e.g. "1299.00".'),
    currency: z.string().nullable(),
    warrantyEnd: z.string().nullable(),
    costCentre: z
      .string()
      .nullable()
      .describe("The asset's own cost centre (reports fall back to its holder's, then their department's)."),
    customFields: z.record(z.string(), z.unknown()),
    notes: z.string().nullable(),
    allowedActions: z.array(z.enum(ASSET_ACTIONS)).describe('What can be done from the current status.'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Asset' });

export type AssetView = z.infer<typeof assetSchema>;

export function presentAsset(r: AssetDetailRow): AssetView {
  const a = r.asset;
  const assignee = a.assignedPersonId
    ? { type: 'person' as const, id: a.assignedPersonId, label: r.personName ?? '' }
    : a.assignedLocationId
      ? { type: 'location' as const, id: a.assignedLocationId, label: r.assignedLocationName ?? '' }
      : a.assignedAssetId
        ? { type: 'asset' as const, id: a.assignedAssetId, label: r.parentAssetTag ?? '' }
        : null;
  return {
    id: a.id,
    tag: a.tag,
    serial: a.serial,
    name: a.name,
    status: a.status,
    model: { id: a.modelId, name: r.modelName, tracking: r.modelTracking },
    category: { id: a.categoryId, name: r.categoryName },
    manufacturer: a.manufacturerId ? { id: a.manufacturerId, name: r.manufacturerName ?? '' } : null,
    location: a.locationId ? { id: a.locationId, code: r.locationCode ?? '', name: r.locationName ?? '' } : null,
    assignee,
    requestReference: a.requestReference,
    expectedReturnDate: a.expectedReturnDate,
    supplier: a.supplierId ? { id: a.supplierId, name: r.supplierName ?? '' } : null,
    orderReference: a.orderReference,
    purchaseDate: a.purchaseDate,
    purchaseCost: a.purchaseCost,
    currency: a.currency,
    warrantyEnd: a.warrantyEnd,
    costCentre: a.costCentre,
    customFields: a.customFields,
    notes: a.notes,
    allowedActions: allowedActions(a.status),
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

const eventLocationSchema = z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable();

export const assetEventSchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    action: z.string(),
    actorLabel: z.string(),
    source: z.string(),
    statusFrom: z.string().nullable(),
    statusTo: z.string().nullable(),
    locationFrom: z.uuid().nullable(),
    locationTo: z.uuid().nullable(),
    locationFromRef: eventLocationSchema.describe(
      'Code and name of `locationFrom`; null when there is none or it is outside what you may see.',
    ),
    locationToRef: eventLocationSchema.describe(
      'Code and name of `locationTo`; null when there is none or it is outside what you may see.',
    ),
    assigneeFrom: assigneeSchema,
    assigneeTo: assigneeSchema,
    requestReference: z.string().nullable(),
    notes: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AssetEvent' });

type EventLocation = { id: string; code: string; name: string };

/** Each event with the code and name of the locations it names that the caller may see. */
export function presentEvent(
  e: typeof assetEvents.$inferSelect,
  locationsById: Map<string, EventLocation> = new Map(),
): z.infer<typeof assetEventSchema> {
  const refOf = (id: string | null) => (id ? (locationsById.get(id) ?? null) : null);
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    action: e.action,
    actorLabel: e.actorLabel,
    source: e.source,
    statusFrom: e.statusFrom,
    statusTo: e.statusTo,
    locationFrom: e.locationFrom,
    locationTo: e.locationTo,
    locationFromRef: refOf(e.locationFrom),
    locationToRef: refOf(e.locationTo),
    assigneeFrom: (e.assigneeFrom as z.infer<typeof assigneeSchema>) ?? null,
    assigneeTo: (e.assigneeTo as z.infer<typeof assigneeSchema>) ?? null,
    requestReference: e.requestReference,
    notes: e.notes,
    data: e.data ?? null,
  };
}
