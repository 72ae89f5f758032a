/**
 * Models from a file (Snipe-IT's models among them), upserted by manufacturer and name, else by
 * model number. Each row is checked with the model use case's input schema and GTIN rules; the
 * categories (as hardware) and manufacturers the registry lacks are created. An existing model
 * keeps its category and manufacturer (they are fixed once assets exist; a difference is warned
 * about); its other columns are updated from the file.
 */
import { randomUUID } from 'node:crypto';
import { models } from '../../../../platform/db/schema-all.js';
import { AppError } from '../../../../platform/http/errors.js';
import { createModelInput, normaliseGtins } from '../../../catalog/models-use-cases.js';
import {
  gtinOwners,
  gtinsOf,
  replaceGtins,
  updateModelVersioned,
  type ModelRow,
} from '../../../catalog/models-repository.js';
import { auditedModel } from '../../../catalog/models-presenter.js';
import type { ValidatedRow } from '../../mapping/validate-rows.js';
import {
  Problems,
  changedFields,
  insertAudited,
  parseInput,
  text,
  updateAudited,
  type RecordImporter,
  type RowAction,
} from '../record-kit.js';
import { PENDING_ID, lookupModels } from './model-lookup.js';

interface Planned {
  row: ValidatedRow;
  id: string;
  existing?: ModelRow;
  fields: Record<string, unknown>;
  gtins: string[];
}

export const importModels: RecordImporter = async (env, rows) => {
  const problems = new Problems(env.columns);
  const lookup = await lookupModels(env, rows, problems);
  const gtinOf = new Map<number, string[]>();
  for (const r of rows) {
    const gtin = text(r.values.gtin);
    if (!gtin) continue;
    try {
      gtinOf.set(r.rowNumber, normaliseGtins([gtin]));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.add(r.rowNumber, 'gtin', 'invalid_gtin', error.message);
    }
  }
  const owners = new Map((await gtinOwners(env.tx, [...gtinOf.values()].flat())).map((o) => [o.gtin, o]));

  const planned: Planned[] = [];
  const actions = new Map<number, RowAction>();
  for (const r of rows) {
    if (problems.hasError(r.rowNumber)) continue;
    const v = r.values;
    const category = lookup.category(r);
    const manufacturer = lookup.manufacturer(r);
    const input = parseInput(
      createModelInput,
      {
        categoryId: category?.id ?? PENDING_ID,
        manufacturerId: manufacturer ? (manufacturer.id ?? PENDING_ID) : null,
        name: v.name,
        modelNumber: v.modelNumber,
        expectedLifeMonths: v.expectedLifeMonths,
        defaultUnitCost: v.defaultUnitCost,
        currency: v.currency,
        minStock: v.minStock,
        notes: v.notes,
      },
      r.rowNumber,
      problems,
      { categoryId: 'category', manufacturerId: 'manufacturer' },
    );
    if (!input) continue;
    const existing = lookup.model(r);
    if (problems.hasError(r.rowNumber)) continue;
    const gtins = gtinOf.get(r.rowNumber) ?? [];
    const owner = gtins[0] ? owners.get(gtins[0]) : undefined;
    if (owner && owner.modelId !== existing?.id) {
      problems.add(r.rowNumber, 'gtin', 'gtin_taken', `The GTIN ${gtins[0]} belongs to the model ${owner.modelName}.`);
      continue;
    }
    const { categoryId: _c, manufacturerId: _m, tracking: _t, gtins: _g, ...fields } = input;
    if (!existing) {
      planned.push({ row: r, id: randomUUID(), fields, gtins });
      actions.set(r.rowNumber, 'create');
      continue;
    }
    if (existing.archivedAt) {
      problems.add(r.rowNumber, 'name', 'archived', `The model ${existing.name} is archived: restore it first.`);
      continue;
    }
    if (category?.id !== existing.categoryId) {
      problems.add(
        r.rowNumber,
        'category',
        'category_kept',
        `The model ${existing.name} keeps its category: change it in the app.`,
        'warning',
      );
    }
    const patch = changedFields(existing, fields);
    const gtinChanged = gtins.length > 0 && !(await gtinsOf(env.tx, existing.id)).includes(gtins[0]!);
    planned.push({ row: r, id: existing.id, existing, fields, gtins });
    actions.set(r.rowNumber, Object.keys(patch).length > 0 || gtinChanged ? 'update' : 'unchanged');
  }
  const missing = lookup.missingNames(planned.filter((p) => !p.existing).map((p) => p.row));
  return {
    problems: problems.list,
    actions,
    references: missing,
    async write(bad) {
      const keep = planned.filter((p) => !bad.has(p.row.rowNumber));
      const news = keep.filter((p) => !p.existing);
      const made = await lookup.createMissing(
        news.map((p) => p.row),
        'hardware',
      );
      const categoryId = (p: Planned) => {
        const c = lookup.category(p.row)!;
        return c.id ?? made.categories.get(c.name.toLowerCase())!;
      };
      const manufacturerId = (p: Planned) => {
        const m = lookup.manufacturer(p.row);
        return m ? (m.id ?? made.manufacturers.get(m.name.toLowerCase())!) : null;
      };
      const created = await insertAudited<ModelRow>(
        env,
        models,
        'model',
        news.map((p) => ({
          id: p.id,
          categoryId: categoryId(p),
          manufacturerId: manufacturerId(p),
          tracking: lookup.categoryKind(lookup.category(p.row)!.id) === 'consumable' ? 'quantity' : 'individual',
          ...p.fields,
        })),
        (row) => auditedModel(row, keep.find((p) => p.id === row.id)?.gtins ?? []),
      );
      for (const p of news) if (p.gtins.length > 0) await replaceGtins(env.tx, p.id, p.gtins);
      const changing = keep.filter((p) => p.existing && actions.get(p.row.rowNumber) === 'update');
      for (const p of changing) if (p.gtins.length > 0) await replaceGtins(env.tx, p.id, p.gtins);
      const updated = await updateAudited<ModelRow>(
        env,
        'model',
        changing.map((p) => ({ before: p.existing!, patch: changedFields(p.existing!, p.fields) })),
        updateModelVersioned,
        (row) => auditedModel(row, []),
      );
      return {
        created: created.length,
        updated: updated.length,
        unchanged: keep.filter((p) => actions.get(p.row.rowNumber) === 'unchanged').length,
        references: { categories: made.categories.size, manufacturers: made.manufacturers.size },
      };
    },
  };
};
