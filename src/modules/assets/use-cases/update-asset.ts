/**
 * Editing an asset's own data (tag, serial, model, purchase data, custom fields, notes). Status,
 * location and assignee change only through actions, so that each such change is an event.
 * Optimistic concurrency: the caller sends the version it read.
 */
import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { AppError, notFound, staleVersion, uniqueViolation } from '../../../platform/http/errors.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { assertLocationInScope } from '../../locations/location-scope.js';
import {
  byId,
  findAssetDetail,
  insertEvents,
  lockAssets,
  updateAsset,
  type AssetInsert,
  type AssetRow,
} from '../assets-repository.js';
import type { Db } from '../../../platform/db/database.js';
import { auditFor, auditedAssetFields, eventFor } from '../asset-events.js';
import { presentAsset, type AssetView } from '../asset-presenter.js';
import {
  checkSupplier,
  costCentreSchema,
  currencySchema,
  duplicateSerial,
  duplicateTag,
  isoDateSchema,
  loadModelForAssets,
  moneySchema,
  serialSchema,
  tagSchema,
  takenSerials,
  takenTags,
} from '../asset-inputs.js';
import { resolveCustomFields } from '../../catalog/custom-field-values.js';

export const updateAssetInput = z.object({
  version: z.number().int().min(1),
  tag: tagSchema.optional(),
  serial: serialSchema.nullish(),
  name: z.string().trim().max(200).nullish(),
  modelId: z.uuid().optional(),
  supplierId: z.uuid().nullish(),
  orderReference: z.string().trim().max(100).nullish(),
  purchaseDate: isoDateSchema.nullish(),
  purchaseCost: moneySchema.nullish(),
  currency: currencySchema.nullish(),
  warrantyEnd: isoDateSchema.nullish(),
  costCentre: costCentreSchema.nullish(),
  customFields: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Fields to set; a null value clears one. Fields left out keep their value.'),
  notes: z.string().max(10_000).nullish(),
});

type EditInput = Omit<z.infer<typeof updateAssetInput>, 'version'>;

/** Applies an edit to one locked asset in the caller's transaction, with its event and audit entry. */
async function editLocked(s: Services, tx: Db, ctx: ActionContext, before: AssetRow, input: EditInput): Promise<void> {
  const assetId = before.id;
  const model =
    input.modelId && input.modelId !== before.modelId
      ? await loadModelForAssets(tx, input.modelId, '/body/modelId')
      : null;
  const manufacturerId = model ? model.manufacturerId : before.manufacturerId;
  const categoryId = model ? model.categoryId : before.categoryId;
  if (input.tag && input.tag.toLowerCase() !== before.tag.toLowerCase()) {
    if ((await takenTags(tx, [input.tag], assetId)).size > 0) throw duplicateTag(input.tag, '/body/tag');
  }
  const serial = input.serial === undefined ? before.serial : input.serial;
  if (serial && (serial !== before.serial || model)) {
    const other = (await takenSerials(tx, manufacturerId, [serial], assetId)).get(serial.toLowerCase());
    if (other) throw duplicateSerial(serial, other, '/body/serial');
  }
  await checkSupplier(tx, input.supplierId, '/body/supplierId');

  // Custom fields: the given keys change (null clears one), the others are kept. A model of
  // another category brings other definitions: its fields must then be given afresh.
  const categoryChanged = categoryId !== before.categoryId;
  if (categoryChanged && Object.keys(before.customFields).length > 0 && !input.customFields) {
    throw new AppError(
      'category_changed',
      400,
      'The new model belongs to another category: send its customFields (the current ones do not apply to it).',
      [{ pointer: '/body/customFields', message: 'Required when the category changes.' }],
    );
  }
  const customFields =
    input.customFields || categoryChanged
      ? await resolveCustomFields(tx, {
          categoryId,
          assetId,
          input: input.customFields ?? {},
          // A new category: its fields are given afresh and its required ones enforced.
          ...(categoryChanged ? {} : { existing: before.customFields }),
        })
      : before.customFields;

  const values: Partial<AssetInsert> = {
    ...(input.tag !== undefined ? { tag: input.tag } : {}),
    ...(input.serial !== undefined ? { serial: input.serial } : {}),
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(model ? { modelId: model.id, manufacturerId, categoryId } : {}),
    ...(input.supplierId !== undefined ? { supplierId: input.supplierId } : {}),
    ...(input.orderReference !== undefined ? { orderReference: input.orderReference } : {}),
    ...(input.purchaseDate !== undefined ? { purchaseDate: input.purchaseDate } : {}),
    ...(input.purchaseCost !== undefined ? { purchaseCost: input.purchaseCost } : {}),
    ...(input.currency !== undefined ? { currency: input.currency } : {}),
    ...(input.warrantyEnd !== undefined ? { warrantyEnd: input.warrantyEnd } : {}),
    ...(input.costCentre !== undefined ? { costCentre: input.costCentre } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    customFields,
  };
  const after = await updateAsset(tx, assetId, values);
  const changes = diffFields(auditedAssetFields(before), auditedAssetFields(after));
  const change = { action: 'updated', before, after, data: { fields: Object.keys(changes) } };
  await insertEvents(tx, [eventFor(ctx, change)]);
  await s.audit.record(tx, ctx, auditFor(change, changes));
}

export async function updateAssetData(
  s: Services,
  ctx: ActionContext,
  assetId: string,
  raw: z.input<typeof updateAssetInput>,
): Promise<AssetView> {
  const { version, ...input } = updateAssetInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      const [before] = await lockAssets(tx, [assetId]);
      if (!before) throw notFound('The asset');
      await assertLocationInScope(tx, ctx, 'inventory.write', before.locationId, `${before.tag}'s location`);
      if (before.version !== version) throw staleVersion(`Asset ${before.tag}`, before.version);
      await editLocked(s, tx, ctx, before, input);
      return presentAsset((await findAssetDetail(tx, byId(assetId)))!);
    });
  } catch (err) {
    throw friendlyUniqueError(err, input);
  }
}

export const bulkEditInput = z.object({
  assetIds: z.array(z.uuid()).min(1).max(1000),
  values: updateAssetInput
    .pick({
      name: true,
      supplierId: true,
      orderReference: true,
      purchaseDate: true,
      purchaseCost: true,
      currency: true,
      warrantyEnd: true,
      costCentre: true,
      customFields: true,
      notes: true,
    })
    .describe('The fields to set on every asset; identity fields (tag, serial, model) are edited one by one.'),
});

/** The same edit on a selection: all or nothing, one event per asset. */
export async function bulkEditAssets(
  s: Services,
  ctx: ActionContext,
  raw: z.input<typeof bulkEditInput>,
): Promise<AssetView[]> {
  const { assetIds, values } = bulkEditInput.parse(raw);
  const ids = [...new Set(assetIds)];
  return inTransaction(s.db, async (tx) => {
    const locked = await lockAssets(tx, ids);
    const missing = ids.find((id) => !locked.some((a) => a.id === id));
    if (missing) throw notFound(`The asset ${missing}`);
    for (const before of locked) {
      await assertLocationInScope(tx, ctx, 'inventory.write', before.locationId, `${before.tag}'s location`);
      await editLocked(s, tx, ctx, before, values);
    }
    const views: AssetView[] = [];
    for (const id of ids) views.push(presentAsset((await findAssetDetail(tx, byId(id)))!));
    return views;
  });
}

function friendlyUniqueError(err: unknown, input: EditInput): unknown {
  const constraint = uniqueViolation(err);
  if (constraint === 'assets_tag_key') return duplicateTag(input.tag ?? '', '/body/tag');
  if (constraint === 'assets_serial_key') return duplicateSerial(input.serial ?? '', 'another asset', '/body/serial');
  return err;
}
