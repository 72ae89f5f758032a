/**
 * Categories: a kind (hardware, accessory, consumable, component, software), a name unique
 * without regard to case, and custom field definitions (custom-fields-use-cases.ts). Reference
 * data for the whole organisation: archived, never deleted, and not archived while active models
 * use it.
 */
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, conflict, notFound, staleVersion, uniqueViolation } from '../../platform/http/errors.js';
import { diffFields } from '../../domain/audit-chain.js';
import {
  CATEGORY_KINDS,
  countActiveModelsOfCategory,
  countAssetsOfCategory,
  findCategory,
  findCategoryByName,
  insertCategory,
  updateCategoryVersioned,
  type CategoryRow,
} from './categories-repository.js';
import { listFieldRows } from './custom-fields-repository.js';
import { auditedCategory, presentCategoryDetail, type CategoryDetailView } from './categories-presenter.js';
import { nameInput, optionalText, versionInput } from './catalog-kit.js';
import { fieldInput, insertFieldDefinition } from './custom-fields-use-cases.js';

export const createCategoryInput = z.object({
  name: nameInput,
  kind: z.enum(CATEGORY_KINDS),
  notes: optionalText(2000),
  fields: z
    .array(fieldInput)
    .max(100)
    .default([])
    .describe('Custom field definitions to create with the category (more can be added later).'),
});
export type CreateCategoryInput = z.input<typeof createCategoryInput>;

export const updateCategoryInput = z.object({
  version: versionInput,
  name: nameInput.optional(),
  kind: z.enum(CATEGORY_KINDS).optional(),
  notes: optionalText(2000),
  archived: z
    .boolean()
    .optional()
    .describe('true archives (refused while active models use the category), false restores.'),
});
export type UpdateCategoryInput = z.input<typeof updateCategoryInput>;

export async function getCategoryDetail(db: Db, categoryId: string): Promise<CategoryDetailView> {
  const row = await findCategory(db, categoryId);
  if (!row) throw notFound('The category');
  return detailOf(db, row);
}

async function detailOf(db: Db, row: CategoryRow): Promise<CategoryDetailView> {
  const [fields, models, assets] = [
    await listFieldRows(db, row.id, true),
    await countActiveModelsOfCategory(db, row.id),
    await countAssetsOfCategory(db, row.id),
  ];
  return presentCategoryDetail(row, fields, { models, assets });
}

export async function createCategory(
  s: Services,
  ctx: ActionContext,
  raw: CreateCategoryInput,
): Promise<CategoryDetailView> {
  const input = createCategoryInput.parse(raw);
  const seen = new Map<string, number>();
  input.fields.forEach((f, i) => {
    if (seen.has(f.key)) {
      throw badRequest('validation_failed', `The key ${f.key} is given twice.`, [
        { pointer: `/body/fields/${i}/key`, message: `Already the key of field ${seen.get(f.key)}.` },
      ]);
    }
    seen.set(f.key, i);
  });
  try {
    return await inTransaction(s.db, async (tx) => {
      if (await findCategoryByName(tx, input.name)) throw nameTaken(input.name);
      const row = await insertCategory(tx, { name: input.name, kind: input.kind, notes: input.notes ?? null });
      await s.audit.record(tx, ctx, {
        entityType: 'category',
        entityId: row.id,
        action: 'category.created',
        changes: { after: auditedCategory(row) },
      });
      for (const [i, field] of input.fields.entries()) {
        await insertFieldDefinition(s, tx, ctx, row, { ...field, position: field.position ?? i }, `/body/fields/${i}`);
      }
      return detailOf(tx, row);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'categories_name_key') throw nameTaken(input.name);
    throw err;
  }
}

export async function updateCategory(
  s: Services,
  ctx: ActionContext,
  categoryId: string,
  raw: UpdateCategoryInput,
): Promise<CategoryDetailView> {
  const input = updateCategoryInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      const before = await findCategory(tx, categoryId, 'update');
      if (!before) throw notFound('The category');
      if (before.version !== input.version) throw staleVersion(`Category ${before.name}`, before.version);
      if (input.name !== undefined && input.name.toLowerCase() !== before.name.toLowerCase()) {
        if (await findCategoryByName(tx, input.name)) throw nameTaken(input.name);
      }
      let archivedAt = before.archivedAt;
      if (input.archived === true && !before.archivedAt) {
        await ensureNoActiveModels(tx, before);
        archivedAt = new Date();
      } else if (input.archived === false) {
        archivedAt = null;
      }
      const after = await updateCategoryVersioned(tx, categoryId, input.version, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        archivedAt,
      });
      if (!after) throw staleVersion(`Category ${before.name}`, before.version + 1);
      const changes = diffFields(auditedCategory(before), auditedCategory(after));
      const action = !changes.archivedAt
        ? 'category.updated'
        : after.archivedAt
          ? 'category.archived'
          : 'category.restored';
      await s.audit.record(tx, ctx, { entityType: 'category', entityId: categoryId, action, changes });
      return detailOf(tx, after);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'categories_name_key') throw nameTaken(input.name ?? '');
    throw err;
  }
}

/** Archives a category (DELETE): refused while active models use it; archiving twice is a no-op. */
export async function archiveCategory(
  s: Services,
  ctx: ActionContext,
  categoryId: string,
): Promise<CategoryDetailView> {
  return inTransaction(s.db, async (tx) => {
    const before = await findCategory(tx, categoryId, 'update');
    if (!before) throw notFound('The category');
    if (before.archivedAt) return detailOf(tx, before);
    await ensureNoActiveModels(tx, before);
    const after = await updateCategoryVersioned(tx, categoryId, before.version, { archivedAt: new Date() });
    await s.audit.record(tx, ctx, {
      entityType: 'category',
      entityId: categoryId,
      action: 'category.archived',
      changes: diffFields(auditedCategory(before), auditedCategory(after)),
    });
    return detailOf(tx, after!);
  });
}

async function ensureNoActiveModels(tx: Db, category: CategoryRow) {
  const n = await countActiveModelsOfCategory(tx, category.id);
  if (n > 0) {
    throw conflict(
      'category_in_use',
      `${n} active ${n === 1 ? 'model uses' : 'models use'} the category ${category.name}: archive ${n === 1 ? 'it' : 'them'} or move ${n === 1 ? 'it' : 'them'} to another category first.`,
    );
  }
}

function nameTaken(name: string) {
  return conflict('category_name_taken', `A category named ${name} already exists.`, [
    { pointer: '/body/name', message: 'Already the name of another category.' },
  ]);
}
