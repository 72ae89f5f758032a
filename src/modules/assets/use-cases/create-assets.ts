/**
 * Creating assets: one by hand (`POST /assets`), or a delivery received without an order
 * (`POST /assets/receive`: one model, one stockroom, serial after serial). Tags are generated
 * unless given; serials are unique per manufacturer; custom fields are validated against the
 * category; everything is created or nothing is.
 */
import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { conflict, invalidInput, uniqueViolation } from '../../../platform/http/errors.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { assertLocationInScope } from '../../locations/location-scope.js';
import { byId, findAssetDetail, insertAssets, insertEvents, type AssetInsert } from '../assets-repository.js';
import { auditFor, auditedAssetFields, eventFor } from '../asset-events.js';
import { nextTags } from '../asset-tags.js';
import { presentAsset, type AssetView } from '../asset-presenter.js';
import {
  checkSupplier,
  costCentreSchema,
  currencySchema,
  duplicateSerial,
  duplicateTag,
  isoDateSchema,
  loadLocation,
  loadModelForAssets,
  moneySchema,
  serialSchema,
  tagSchema,
  takenSerials,
  takenTags,
} from '../asset-inputs.js';
import { loadFieldDefinitions, resolveCustomFields } from '../../catalog/custom-field-values.js';

const purchaseFields = {
  supplierId: z.uuid().nullish(),
  orderReference: z.string().trim().max(100).nullish(),
  purchaseDate: isoDateSchema.nullish(),
  purchaseCost: moneySchema.nullish(),
  currency: currencySchema.nullish(),
  warrantyEnd: isoDateSchema.nullish(),
  costCentre: costCentreSchema.nullish(),
};

const itemFields = {
  tag: tagSchema.optional().describe('Leave out to generate one from the tag pattern.'),
  serial: serialSchema.nullish(),
  name: z.string().trim().max(200).nullish(),
  customFields: z.record(z.string(), z.unknown()).optional(),
  notes: z.string().max(10_000).nullish(),
};

export const createAssetInput = z.object({
  modelId: z.uuid(),
  status: z.enum(['in_stock', 'on_order']).default('in_stock'),
  locationId: z.uuid().nullish().describe('Where the asset is; required unless it is on order.'),
  ...purchaseFields,
  ...itemFields,
});

export const receiveAssetsInput = z.object({
  modelId: z.uuid(),
  locationId: z.uuid().describe('The stockroom the delivery is put in.'),
  ...purchaseFields,
  items: z.array(z.object(itemFields)).min(1).max(1000).describe('One entry per unit: usually just its serial.'),
});

type Common = z.infer<typeof receiveAssetsInput>;
type Item = z.infer<z.ZodObject<typeof itemFields>>;

async function create(
  s: Services,
  ctx: ActionContext,
  common: Omit<Common, 'items' | 'locationId'> & { locationId: string | null; status: 'in_stock' | 'on_order' },
  items: Item[],
  itemPointer: (i: number) => string,
  action: 'created' | 'received',
): Promise<AssetView[]> {
  try {
    return await inTransaction(s.db, async (tx) => {
      const model = await loadModelForAssets(tx, common.modelId, '/body/modelId');
      if (common.locationId) {
        const location = await loadLocation(tx, common.locationId, '/body/locationId');
        await assertLocationInScope(tx, ctx, 'inventory.write', location.id, `Location ${location.code}`);
      } else if (common.status !== 'on_order') {
        throw invalidInput('/body/locationId', 'Say where the asset is (only assets on order may have no location).');
      } else {
        await assertLocationInScope(tx, ctx, 'inventory.write', null, 'An asset without a location');
      }
      await checkSupplier(tx, common.supplierId, '/body/supplierId');

      // Duplicates within the request, then against the database.
      const seenTags = new Map<string, number>();
      const seenSerials = new Map<string, number>();
      items.forEach((item, i) => {
        if (item.tag) {
          const key = item.tag.toLowerCase();
          if (seenTags.has(key)) throw duplicateTag(item.tag, `${itemPointer(i)}/tag`);
          seenTags.set(key, i);
        }
        if (item.serial) {
          const key = item.serial.toLowerCase();
          if (seenSerials.has(key)) {
            throw invalidInput(`${itemPointer(i)}/serial`, `The serial ${item.serial} appears twice in this request.`);
          }
          seenSerials.set(key, i);
        }
      });
      const tagsTaken = await takenTags(tx, [...seenTags.keys()]);
      for (const [key, i] of seenTags)
        if (tagsTaken.has(key)) throw duplicateTag(items[i]!.tag!, `${itemPointer(i)}/tag`);
      const serialsTaken = await takenSerials(
        tx,
        model.manufacturerId,
        items.flatMap((i) => (i.serial ? [i.serial] : [])),
      );
      for (const [key, i] of seenSerials) {
        const other = serialsTaken.get(key);
        if (other) throw duplicateSerial(items[i]!.serial!, other, `${itemPointer(i)}/serial`);
      }

      const customValues: Record<string, unknown>[] = [];
      for (const [i, item] of items.entries()) {
        customValues.push(
          await resolveCustomFields(tx, {
            categoryId: model.categoryId,
            assetId: null,
            input: item.customFields ?? {},
            pointerPrefix: `${itemPointer(i)}/customFields`,
          }),
        );
      }
      // Unique fields: the database check above cannot see two units of this same request.
      const uniqueKeys = (await loadFieldDefinitions(tx, model.categoryId)).filter((d) => d.unique);
      for (const d of uniqueKeys) {
        const seen = new Map<string, number>();
        customValues.forEach((values, i) => {
          const value = values[d.key];
          if (value === undefined || value === null) return;
          const key = JSON.stringify(value);
          if (seen.has(key)) {
            throw conflict('custom_field_not_unique', `${d.label} ${key} appears twice in this request.`, [
              {
                pointer: `${itemPointer(i)}/customFields/${d.key}`,
                message: `Same value as unit ${seen.get(key)! + 1}.`,
              },
            ]);
          }
          seen.set(key, i);
        });
      }
      const generated = await nextTags(tx, items.filter((i) => !i.tag).length);
      const rows: AssetInsert[] = items.map((item, i) => ({
        tag: item.tag ?? generated.shift()!,
        serial: item.serial ?? null,
        name: item.name ?? null,
        modelId: model.id,
        manufacturerId: model.manufacturerId,
        categoryId: model.categoryId,
        status: common.status,
        locationId: common.locationId,
        supplierId: common.supplierId ?? null,
        orderReference: common.orderReference ?? null,
        purchaseDate: common.purchaseDate ?? null,
        purchaseCost: common.purchaseCost ?? model.defaultUnitCost ?? null,
        currency: common.currency ?? model.currency ?? null,
        warrantyEnd: common.warrantyEnd ?? null,
        costCentre: common.costCentre ?? null,
        customFields: customValues[i]!,
        notes: item.notes ?? null,
      }));
      const created = await insertAssets(tx, rows);
      const changes = created.map((after) => ({ action, before: null, after }));
      await insertEvents(
        tx,
        changes.map((c) => eventFor(ctx, c)),
      );
      await s.audit.record(
        tx,
        ctx,
        changes.map((c) => auditFor(c, { after: diffFields(null, auditedAssetFields(c.after)) })),
      );
      const views: AssetView[] = [];
      for (const a of created) views.push(presentAsset((await findAssetDetail(tx, byId(a.id)))!));
      return views;
    });
  } catch (err) {
    const constraint = uniqueViolation(err);
    // A concurrent request took the tag or serial between our check and our insert.
    if (constraint === 'assets_tag_key') throw duplicateTag('given', '/body/tag');
    if (constraint === 'assets_serial_key') throw duplicateSerial('given', 'another asset', '/body/serial');
    throw err;
  }
}

export async function createAsset(
  s: Services,
  ctx: ActionContext,
  raw: z.input<typeof createAssetInput>,
): Promise<AssetView> {
  const input = createAssetInput.parse(raw);
  const { tag, serial, name, customFields, notes, ...common } = input;
  const [asset] = await create(
    s,
    ctx,
    { ...common, locationId: common.locationId ?? null },
    [{ tag, serial, name, customFields, notes }],
    () => '/body',
    'created',
  );
  return asset!;
}

export async function receiveAssets(
  s: Services,
  ctx: ActionContext,
  raw: z.input<typeof receiveAssetsInput>,
): Promise<AssetView[]> {
  const input = receiveAssetsInput.parse(raw);
  const { items, ...common } = input;
  return create(s, ctx, { ...common, status: 'in_stock' }, items, (i) => `/body/items/${i}`, 'received');
}
