/**
 * Quantity-tracked stock from a file (Snipe-IT's accessories, consumables and components, or our
 * stock template): each row is a model tracked by quantity with its on-hand quantity at a location.
 * The model is found by manufacturer and name (else model number) or created, tracked by quantity,
 * in a category created when missing (an accessory, consumable or component category, after the
 * file's name). Quantities are never written in place: the stock module's own movement use case
 * records a `receive` of the quantity where nothing is on hand yet, or an `adjust` by the
 * difference where the registry holds another quantity, so importing the file again moves nothing.
 * A minimum quantity becomes the model's stock policy at that location.
 */
import { randomUUID } from 'node:crypto';
import { models } from '../../../../platform/db/schema-all.js';
import type { CategoryKind } from '../../../catalog/categories-repository.js';
import type { ModelRow } from '../../../catalog/models-repository.js';
import { auditedModel } from '../../../catalog/models-presenter.js';
import { createModelInput } from '../../../catalog/models-use-cases.js';
import { pathInScope, resolveScope } from '../../../locations/location-scope.js';
import { movementInput, recordMovementInTransaction } from '../../../stock/use-cases/record-movement.js';
import { setPolicy } from '../../../stock/use-cases/set-policy.js';
import { findPolicy, onHand } from '../../../stock/stock-repository.js';
import type { ValidatedRow } from '../../mapping/validate-rows.js';
import {
  Problems,
  createSites,
  distinctNames,
  insertAudited,
  locationsByText,
  parseInput,
  text,
  type RecordImporter,
  type RowAction,
} from '../record-kit.js';
import { PENDING_ID, lookupModels } from './model-lookup.js';

interface Planned {
  row: ValidatedRow;
  modelId: string;
  model?: ModelRow;
  modelFields: Record<string, unknown>;
  location: { id?: string; name: string };
  quantity: number;
  /** What is on hand now (0 for a new model or location). */
  onHand: number;
  minQuantity?: number;
}

/** The kind of a category created for the file: Snipe-IT exports one file per kind. */
export function stockCategoryKind(fileName: string): CategoryKind {
  if (/consumable/i.test(fileName)) return 'consumable';
  if (/component/i.test(fileName)) return 'component';
  return 'accessory';
}

export const importStock: RecordImporter = async (env, rows) => {
  const problems = new Problems(env.columns);
  const lookup = await lookupModels(env, rows, problems);
  const places = await locationsByText(
    env.tx,
    rows.map((r) => text(r.values.location)).filter((t): t is string => !!t),
  );
  const scope = await resolveScope(env.tx, env.ctx, 'inventory.write');
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (problems.hasError(r.rowNumber)) continue;
    const v = r.values;
    const category = lookup.category(r);
    const manufacturer = lookup.manufacturer(r);
    const model = lookup.model(r);
    if (problems.hasError(r.rowNumber)) continue;
    if (model && model.tracking !== 'quantity') {
      problems.add(
        r.rowNumber,
        'name',
        'tracked_individually',
        `${model.name} is tracked individually: import its assets instead.`,
      );
      continue;
    }
    if (model?.archivedAt) {
      problems.add(r.rowNumber, 'name', 'archived', `The model ${model.name} is archived.`);
      continue;
    }
    if (!model && !category) {
      problems.add(
        r.rowNumber,
        'category',
        'missing_category',
        `The item ${String(v.name)} is new and has no category: a model needs one.`,
      );
      continue;
    }
    const modelInput = parseInput(
      createModelInput,
      {
        categoryId: category?.id ?? PENDING_ID,
        manufacturerId: manufacturer ? (manufacturer.id ?? PENDING_ID) : null,
        name: v.name,
        modelNumber: v.modelNumber ?? v.itemNumber,
        defaultUnitCost: v.purchaseCost,
        notes: v.notes,
      },
      r.rowNumber,
      problems,
      { categoryId: 'category', manufacturerId: 'manufacturer', defaultUnitCost: 'purchaseCost' },
    );
    if (!modelInput) continue;
    const locationText = text(v.location);
    if (!locationText) {
      problems.add(r.rowNumber, 'location', 'missing_location', 'Stock is held at a location: name it.');
      continue;
    }
    const place = places.get(locationText.toLowerCase());
    if (place === 'ambiguous') {
      problems.add(
        r.rowNumber,
        'location',
        'ambiguous_location',
        `Several locations are named ${locationText}: give its code.`,
      );
      continue;
    }
    if (place?.archived) {
      problems.add(r.rowNumber, 'location', 'archived', `Location ${place.code} is archived.`);
      continue;
    }
    if (place ? !pathInScope(scope, place.path) : scope.kind !== 'all') {
      problems.add(
        r.rowNumber,
        'location',
        'forbidden',
        `Location ${locationText} is outside the locations your role covers.`,
      );
      continue;
    }
    const quantity = typeof v.quantity === 'number' ? v.quantity : 0;
    const movement = parseInput(
      movementInput,
      { kind: 'receive', modelId: PENDING_ID, locationId: PENDING_ID, quantity, reference: v.orderReference },
      r.rowNumber,
      problems,
      { reference: 'orderReference' },
    );
    if (!movement) continue;
    const key = `${model?.id ?? `${manufacturer?.name ?? ''}\u001f${modelInput.name}`.toLowerCase()}\u001f${place ? place.id : locationText.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add(
        r.rowNumber,
        'name',
        'duplicate_stock',
        `${modelInput.name} at ${locationText} is also in row ${first}: give one quantity per item and location.`,
      );
      continue;
    }
    seen.set(key, r.rowNumber);
    const { categoryId: _c, manufacturerId: _m, tracking: _t, gtins: _g, ...modelFields } = modelInput;
    planned.push({
      row: r,
      modelId: model?.id ?? randomUUID(),
      ...(model ? { model } : {}),
      modelFields,
      location: place ? { id: place.id, name: place.name } : { name: locationText },
      quantity,
      onHand: model && place ? await onHand(env.tx, model.id, place.id) : 0,
      ...(typeof v.minQuantity === 'number' ? { minQuantity: v.minQuantity } : {}),
    });
  }

  const actions = new Map<number, RowAction>();
  let units = 0;
  for (const p of planned) {
    const policyChanges =
      p.minQuantity !== undefined && p.model && p.location.id
        ? (await findPolicy(env.tx, p.model.id, p.location.id))?.minQuantity !== p.minQuantity
        : p.minQuantity !== undefined;
    actions.set(
      p.row.rowNumber,
      !p.model ? 'create' : p.quantity !== p.onHand || policyChanges ? 'update' : 'unchanged',
    );
    units += Math.abs(p.quantity - p.onHand);
  }
  const newModels = () => planned.filter((p) => !p.model);
  const missing = lookup.missingNames(newModels().map((p) => p.row));
  return {
    problems: problems.list,
    actions,
    units,
    references: {
      ...missing,
      locations: distinctNames(planned.filter((p) => !p.location.id).map((p) => p.location.name)),
      models: distinctNames(newModels().map((p) => String(p.modelFields.name))),
    },
    async write(bad) {
      const keep = planned.filter((p) => !bad.has(p.row.rowNumber));
      const news = keep.filter((p) => !p.model);
      const made = await lookup.createMissing(
        news.map((p) => p.row),
        stockCategoryKind(env.fileName),
      );
      const sites = await createSites(
        env.s,
        env.tx,
        env.ctx,
        env.importId,
        distinctNames(keep.filter((p) => !p.location.id).map((p) => p.location.name)),
      );
      const created = await insertAudited<ModelRow>(
        env,
        models,
        'model',
        news.map((p) => {
          const c = lookup.category(p.row)!;
          const m = lookup.manufacturer(p.row);
          return {
            id: p.modelId,
            categoryId: c.id ?? made.categories.get(c.name.toLowerCase())!,
            manufacturerId: m ? (m.id ?? made.manufacturers.get(m.name.toLowerCase())!) : null,
            tracking: 'quantity',
            ...p.modelFields,
          };
        }),
        (row) => auditedModel(row, []),
      );
      // The stock module's own use cases, in this transaction: the ledger, balances, policies, audit.
      const inTx = { ...env.s, db: env.tx };
      let movements = 0;
      let moved = 0;
      for (const p of keep) {
        const locationId = p.location.id ?? sites.get(p.location.name.toLowerCase())!;
        const delta = p.quantity - p.onHand;
        if (delta !== 0) {
          const receive = p.onHand === 0 && delta > 0;
          await recordMovementInTransaction(env.s, env.tx, env.ctx, {
            kind: receive ? 'receive' : 'adjust',
            modelId: p.modelId,
            locationId,
            quantity: delta,
            ...(receive ? {} : { reason: `Import of ${env.fileName}: the file says ${p.quantity} on hand.` }),
            reference: text(p.row.values.orderReference) ?? `import ${env.importId}`,
            notes: `Import ${env.importId}`,
          });
          movements++;
          moved += Math.abs(delta);
        }
        if (p.minQuantity !== undefined) {
          const before = await findPolicy(env.tx, p.modelId, locationId);
          if (before?.minQuantity !== p.minQuantity) {
            await setPolicy(inTx, env.ctx, p.modelId, locationId, {
              minQuantity: p.minQuantity,
              maxQuantity: before?.maxQuantity ?? null,
              reorderQuantity: before?.reorderQuantity ?? null,
              ...(before ? { version: before.version } : {}),
            });
          }
        }
      }
      return {
        created: created.length,
        updated: keep.filter((p) => actions.get(p.row.rowNumber) === 'update').length,
        unchanged: keep.filter((p) => actions.get(p.row.rowNumber) === 'unchanged').length,
        references: {
          categories: made.categories.size,
          manufacturers: made.manufacturers.size,
          locations: sites.size,
          models: created.length,
        },
        movements,
        units: moved,
      };
    },
  };
};
