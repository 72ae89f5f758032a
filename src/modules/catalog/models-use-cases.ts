/**
 * Models: what can be bought (a category, a manufacturer, a name unique per manufacturer without
 * regard to case, the GTINs printed on vendor labels, individual or quantity tracking, expected
 * life, default unit cost, minimum stock). A GTIN belongs to one model, so a scan finds exactly
 * one. Tracking, category and manufacturer are fixed once assets of the model exist (assets copy
 * the category and manufacturer; their custom fields belong to the category).
 */
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import {
  badRequest,
  conflict,
  invalidInput,
  notFound,
  staleVersion,
  uniqueViolation,
  type FieldError,
} from '../../platform/http/errors.js';
import { diffFields } from '../../domain/audit-chain.js';
import { parseGtin } from '../../domain/gtin.js';
import { findCategory, type CategoryKind } from './categories-repository.js';
import { findManufacturer } from './manufacturers-repository.js';
import {
  TRACKING,
  countAssetsOfModel,
  findModel,
  findModelByGtin,
  findModelByName,
  gtinOwners,
  gtinsOf,
  insertModel,
  namesOf,
  replaceGtins,
  updateModelVersioned,
  type ModelRow,
  type Tracking,
} from './models-repository.js';
import { auditedModel, presentModel, type ModelView } from './models-presenter.js';
import { nameInput, optionalHttpUrl, optionalText, versionInput } from './catalog-kit.js';

/** numeric(14,2): up to 12 digits before the point, at most 2 after. Never parsed into a float. */
export const MONEY_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

const modelFields = {
  modelNumber: optionalText(100),
  gtins: z
    .array(z.string().max(64))
    .max(50)
    .optional()
    .describe('GTIN-8, -12 (UPC), -13 (EAN) or -14 from the vendor labels; stored as GTIN-14. Replaces the list.'),
  expectedLifeMonths: z.number().int().min(1).max(600).nullish().describe('1 to 600 months.'),
  defaultUnitCost: z
    .string()
    .trim()
    .regex(MONEY_PATTERN, 'An amount with at most 2 decimals, written as a string (e.g. "1299.00").')
    .nullish()
    .describe('A decimal string with at most 2 decimals, e.g. "1299.00" (not a JSON number).'),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'A three-letter ISO 4217 code, e.g. EUR.')
    .nullish(),
  minStock: z.number().int().min(0).max(1_000_000_000).nullish().describe('Reorder below this many (0 or more).'),
  imageUrl: optionalHttpUrl,
  notes: optionalText(5000),
};

export const createModelInput = z.object({
  categoryId: z.uuid(),
  manufacturerId: z.uuid().nullish(),
  name: nameInput,
  tracking: z
    .enum(TRACKING)
    .optional()
    .describe('Leave out for the category’s usual: quantity for consumables, individual otherwise.'),
  ...modelFields,
});
export type CreateModelInput = z.input<typeof createModelInput>;

export const updateModelInput = z.object({
  version: versionInput,
  categoryId: z.uuid().optional().describe('Fixed once assets of the model exist.'),
  manufacturerId: z.uuid().nullish().describe('Fixed once assets of the model exist.'),
  name: nameInput.optional(),
  tracking: z.enum(TRACKING).optional().describe('Fixed once assets of the model exist.'),
  ...modelFields,
  archived: z.boolean().optional().describe('true archives, false restores.'),
});
export type UpdateModelInput = z.input<typeof updateModelInput>;

const defaultTracking = (kind: CategoryKind): Tracking => (kind === 'consumable' ? 'quantity' : 'individual');

/** Validates and normalises GTINs to GTIN-14: 400 with a pointer per bad or repeated code. */
export function normaliseGtins(gtins: string[], pointer = '/body/gtins'): string[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const out: string[] = [];
  gtins.forEach((raw, i) => {
    const result = parseGtin(raw);
    if (!result.ok) {
      errors.push({ pointer: `${pointer}/${i}`, message: result.message });
      return;
    }
    const first = seen.get(result.gtin);
    if (first !== undefined) {
      errors.push({ pointer: `${pointer}/${i}`, message: `The same GTIN as ${pointer}/${first}.` });
      return;
    }
    seen.set(result.gtin, i);
    out.push(result.gtin);
  });
  if (errors.length > 0) throw badRequest('validation_failed', errors[0]!.message, errors);
  return out;
}

async function usableCategory(tx: Db, id: string) {
  const category = await findCategory(tx, id, 'share');
  if (!category) throw invalidInput('/body/categoryId', 'No category has this id.');
  if (category.archivedAt) {
    throw invalidInput('/body/categoryId', `The category ${category.name} is archived: restore it or choose another.`);
  }
  return category;
}

async function usableManufacturer(tx: Db, id: string | null | undefined) {
  if (!id) return null;
  const manufacturer = await findManufacturer(tx, id, 'share');
  if (!manufacturer) throw invalidInput('/body/manufacturerId', 'No manufacturer has this id.');
  if (manufacturer.archivedAt) {
    throw invalidInput(
      '/body/manufacturerId',
      `The manufacturer ${manufacturer.name} is archived: restore it or choose another.`,
    );
  }
  return manufacturer;
}

async function ensureNameFree(tx: Db, manufacturerId: string | null, name: string, exceptId: string | null) {
  const other = await findModelByName(tx, manufacturerId, name);
  if (other && other.id !== exceptId) throw nameTaken(other, (await namesOf(tx, other)).manufacturerName);
}

/** Refuses (409) GTINs already given to another model, naming the entry and the model. */
async function ensureGtinsFree(tx: Db, gtins: string[], modelId: string | null) {
  const owners = (await gtinOwners(tx, gtins)).filter((o) => o.modelId !== modelId);
  if (owners.length === 0) return;
  const errors = owners.map((o) => ({
    pointer: `/body/gtins/${gtins.indexOf(o.gtin)}`,
    message: `Already the GTIN of the model ${o.modelName}${o.archivedAt ? ' (archived)' : ''} (${o.modelId}).`,
  }));
  errors.sort((a, b) => a.pointer.localeCompare(b.pointer, undefined, { numeric: true }));
  throw conflict('gtin_taken', `GTIN ${owners[0]!.gtin} already belongs to the model ${owners[0]!.modelName}.`, errors);
}

async function view(db: Db, row: ModelRow, gtins?: string[]): Promise<ModelView> {
  return presentModel(row, await namesOf(db, row), gtins ?? (await gtinsOf(db, row.id)));
}

export async function getModel(db: Db, id: string): Promise<ModelView> {
  const row = await findModel(db, id);
  if (!row) throw notFound('The model');
  return view(db, row);
}

/** The model a scanned or typed GTIN of any length belongs to (archived models included). */
export async function getModelByGtin(db: Db, gtin: string): Promise<ModelView> {
  const parsed = parseGtin(gtin);
  if (!parsed.ok) throw invalidInput('/params/gtin', parsed.message);
  const row = await findModelByGtin(db, parsed.gtin);
  if (!row) throw notFound(`A model with the GTIN ${parsed.gtin}`);
  return view(db, row);
}

export async function createModel(s: Services, ctx: ActionContext, raw: CreateModelInput): Promise<ModelView> {
  const input = createModelInput.parse(raw);
  const gtins = normaliseGtins(input.gtins ?? []);
  try {
    return await inTransaction(s.db, async (tx) => {
      const category = await usableCategory(tx, input.categoryId);
      const manufacturer = await usableManufacturer(tx, input.manufacturerId);
      await ensureNameFree(tx, manufacturer?.id ?? null, input.name, null);
      await ensureGtinsFree(tx, gtins, null);
      const row = await insertModel(tx, {
        categoryId: category.id,
        manufacturerId: manufacturer?.id ?? null,
        name: input.name,
        modelNumber: input.modelNumber ?? null,
        tracking: input.tracking ?? defaultTracking(category.kind),
        expectedLifeMonths: input.expectedLifeMonths ?? null,
        defaultUnitCost: input.defaultUnitCost ?? null,
        currency: input.currency ?? null,
        minStock: input.minStock ?? null,
        imageUrl: input.imageUrl ?? null,
        notes: input.notes ?? null,
      });
      await replaceGtins(tx, row.id, gtins);
      const sorted = [...gtins].sort();
      await s.audit.record(tx, ctx, {
        entityType: 'model',
        entityId: row.id,
        action: 'model.created',
        changes: { after: auditedModel(row, sorted) },
      });
      return view(tx, row, sorted);
    });
  } catch (err) {
    throw mapViolation(err, input.name);
  }
}

export async function updateModel(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: UpdateModelInput,
): Promise<ModelView> {
  const input = updateModelInput.parse(raw);
  const gtins = input.gtins === undefined ? undefined : normaliseGtins(input.gtins);
  try {
    return await inTransaction(s.db, async (tx) => {
      const before = await findModel(tx, id, 'update');
      if (!before) throw notFound('The model');
      if (before.version !== input.version) throw staleVersion(`Model ${before.name}`, before.version);
      const gtinsBefore = await gtinsOf(tx, id);

      const categoryId = input.categoryId ?? before.categoryId;
      const manufacturerId = input.manufacturerId === undefined ? before.manufacturerId : input.manufacturerId;
      const tracking = input.tracking ?? before.tracking;
      const archivedAt =
        input.archived === true
          ? (before.archivedAt ?? new Date())
          : input.archived === false
            ? null
            : before.archivedAt;
      const fixed: [string, string, boolean][] = [
        ['/body/tracking', 'tracking', tracking !== before.tracking],
        ['/body/categoryId', 'category', categoryId !== before.categoryId],
        ['/body/manufacturerId', 'manufacturer', manufacturerId !== before.manufacturerId],
      ];
      const changingFixed = fixed.filter(([, , changed]) => changed);
      if (changingFixed.length > 0) {
        const n = await countAssetsOfModel(tx, id);
        if (n > 0) {
          const what = changingFixed.map(([, label]) => label).join(' and ');
          throw conflict(
            'model_has_assets',
            `The ${what} of the model ${before.name} cannot change: ${n} ${n === 1 ? 'asset exists' : 'assets exist'} for it. Create a new model instead.`,
            changingFixed.map(([pointer, label]) => ({
              pointer,
              message: `Fixed: ${n} ${n === 1 ? 'asset exists' : 'assets exist'} for this model (its ${label} cannot change).`,
            })),
          );
        }
      }
      // An active model needs an active category and manufacturer: checked when they change and
      // when the model is restored.
      const restoring = before.archivedAt !== null && archivedAt === null;
      if (categoryId !== before.categoryId || restoring) await usableCategory(tx, categoryId);
      if (manufacturerId !== before.manufacturerId || restoring) await usableManufacturer(tx, manufacturerId);
      const name = input.name ?? before.name;
      if (name.toLowerCase() !== before.name.toLowerCase() || manufacturerId !== before.manufacturerId) {
        await ensureNameFree(tx, manufacturerId, name, id);
      }
      if (gtins) await ensureGtinsFree(tx, gtins, id);

      const { version: _v, archived: _a, gtins: _g, ...fields } = input;
      const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      const after = await updateModelVersioned(tx, id, input.version, { ...values, archivedAt });
      if (!after) throw staleVersion(`Model ${before.name}`, before.version + 1);
      if (gtins) await replaceGtins(tx, id, gtins);
      const gtinsAfter = gtins ? [...gtins].sort() : gtinsBefore;

      const changes = diffFields(auditedModel(before, gtinsBefore), auditedModel(after, gtinsAfter));
      const action = !changes.archivedAt ? 'model.updated' : after.archivedAt ? 'model.archived' : 'model.restored';
      await s.audit.record(tx, ctx, { entityType: 'model', entityId: id, action, changes });
      return view(tx, after, gtinsAfter);
    });
  } catch (err) {
    throw mapViolation(err, input.name ?? '');
  }
}

/** Archives a model (DELETE): its assets and GTINs stay; twice is a no-op. */
export async function archiveModel(s: Services, ctx: ActionContext, id: string): Promise<ModelView> {
  return inTransaction(s.db, async (tx) => {
    const before = await findModel(tx, id, 'update');
    if (!before) throw notFound('The model');
    if (before.archivedAt) return view(tx, before);
    const gtins = await gtinsOf(tx, id);
    const after = await updateModelVersioned(tx, id, before.version, { archivedAt: new Date() });
    await s.audit.record(tx, ctx, {
      entityType: 'model',
      entityId: id,
      action: 'model.archived',
      changes: diffFields(auditedModel(before, gtins), auditedModel(after, gtins)),
    });
    return view(tx, after!, gtins);
  });
}

function nameTaken(other: ModelRow, manufacturerName: string | null) {
  const by = manufacturerName ? ` by ${manufacturerName}` : ' without a manufacturer';
  const archived = other.archivedAt ? ' (archived: restore it instead)' : '';
  return conflict('model_name_taken', `A model named ${other.name}${by} already exists${archived}.`, [
    { pointer: '/body/name', message: `Already the name of another model${by}${archived}.` },
  ]);
}

/** Unique violations from a concurrent write that passed the checks at the same moment. */
function mapViolation(err: unknown, name: string): unknown {
  const constraint = uniqueViolation(err);
  if (constraint === 'models_name_key') {
    return conflict('model_name_taken', `A model named ${name} already exists for this manufacturer.`, [
      { pointer: '/body/name', message: 'Already the name of another model of this manufacturer.' },
    ]);
  }
  if (constraint === 'model_gtins_pkey') {
    return conflict('gtin_taken', 'One of the GTINs was just given to another model.', [
      { pointer: '/body/gtins', message: 'One of these GTINs already belongs to another model.' },
    ]);
  }
  return err;
}
