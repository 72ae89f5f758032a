/**
 * Custom field definitions of a category. A definition may change (type, options, required,
 * unique) without breaking existing data: values stay in the assets' JSON as they are, and the
 * answer reports those that no longer fit. Only `unique` is refused while duplicates exist, since
 * it would be broken from the start. The key never changes (values are stored under it).
 */
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import {
  badRequest,
  conflict,
  notFound,
  staleVersion,
  uniqueViolation,
  type FieldError,
} from '../../platform/http/errors.js';
import { diffFields } from '../../domain/audit-chain.js';
import {
  checkExistingValues,
  describeField,
  FIELD_KEY_PATTERN,
  FIELD_TYPES,
  type FieldDefinition,
  type FieldType,
} from '../../domain/custom-fields.js';
import { findCategory, type CategoryRow } from './categories-repository.js';
import {
  duplicateValues,
  findField,
  findFieldByKey,
  insertField,
  nextFieldPosition,
  storedValuesBatch,
  updateFieldVersioned,
  type FieldRow,
} from './custom-fields-repository.js';
import { toFieldDefinition } from './custom-field-values.js';
import {
  auditedField,
  presentCustomField,
  type CustomFieldView,
  type StoredValueReport,
} from './categories-presenter.js';
import { optionalText, versionInput } from './catalog-kit.js';

/** How many assets a report lists; `total` counts them all. */
export const REPORT_LIMIT = 100;
const SCAN_BATCH = 2000;

const keyInput = z.string().trim().regex(FIELD_KEY_PATTERN, {
  message:
    'Use lower snake_case: a letter, then letters, digits or underscores, at most 63 characters (e.g. warranty_provider).',
});
const labelInput = z.string().trim().min(1).max(200);
const optionsInput = z
  .array(z.string().trim().min(1).max(200))
  .max(500)
  .nullish()
  .describe('The choices of a select field (required for select, refused for other types).');

export const fieldInput = z.object({
  key: keyInput.describe('Lower snake_case, unique in the category; values are stored under it and it never changes.'),
  label: labelInput,
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
  unique: z.boolean().default(false).describe('No two assets of the category may hold the same value.'),
  options: optionsInput,
  helpText: optionalText(1000),
  position: z.number().int().min(0).max(100_000).optional().describe('Display order; after the others by default.'),
});
export type FieldInput = z.input<typeof fieldInput>;

export const updateFieldInput = z.object({
  version: versionInput,
  key: z.string().optional().describe('Cannot change: accepted only when it is the current key.'),
  label: labelInput.optional(),
  type: z.enum(FIELD_TYPES).optional(),
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  options: optionsInput,
  helpText: optionalText(1000),
  position: z.number().int().min(0).max(100_000).optional(),
  archived: z.boolean().optional().describe('true archives the field (values are kept), false restores it.'),
});
export type UpdateFieldInput = z.input<typeof updateFieldInput>;

export interface FieldChange {
  field: CustomFieldView;
  report: StoredValueReport;
}

const emptyReport = (): StoredValueReport => ({ incompatible: [], total: 0 });

/** Problems with a definition as a whole: options against the type, unique on a yes/no field. */
function shapeErrors(
  definition: { type: FieldType; options: string[] | null; unique: boolean },
  pointer: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const options = definition.options ?? [];
  if (definition.type === 'select' && options.length === 0) {
    errors.push({ pointer: `${pointer}/options`, message: 'A select field needs at least one option.' });
  }
  if (definition.type !== 'select' && options.length > 0) {
    errors.push({ pointer: `${pointer}/options`, message: 'Only select fields have options.' });
  }
  const seen = new Set<string>();
  options.forEach((option, i) => {
    const folded = option.toLowerCase();
    if (seen.has(folded)) errors.push({ pointer: `${pointer}/options/${i}`, message: `"${option}" is listed twice.` });
    seen.add(folded);
  });
  if (definition.unique && definition.type === 'boolean') {
    errors.push({ pointer: `${pointer}/unique`, message: 'A yes/no field cannot be unique: it has only two values.' });
  }
  return errors;
}

function throwIfAny(errors: FieldError[]) {
  if (errors.length > 0) throw badRequest('validation_failed', errors[0]!.message, errors);
}

/** Creates a definition in an open transaction (also used when a category is created with fields). */
export async function insertFieldDefinition(
  s: Services,
  tx: Db,
  ctx: ActionContext,
  category: CategoryRow,
  input: z.output<typeof fieldInput>,
  pointer: string,
): Promise<FieldChange> {
  const options = input.type === 'select' ? (input.options ?? []) : (input.options ?? null);
  throwIfAny(shapeErrors({ type: input.type, options, unique: input.unique }, pointer));
  const existing = await findFieldByKey(tx, category.id, input.key);
  if (existing) throw keyTaken(existing, `${pointer}/key`);
  const row = await insertField(tx, {
    categoryId: category.id,
    key: input.key,
    label: input.label,
    type: input.type,
    required: input.required,
    unique: input.unique,
    options: options && options.length > 0 ? options : null,
    helpText: input.helpText ?? null,
    position: input.position ?? (await nextFieldPosition(tx, category.id)),
  });
  const definition = toFieldDefinition(row);
  if (definition.unique) await ensureNoDuplicates(tx, category.id, definition, `${pointer}/unique`);
  await s.audit.record(tx, ctx, {
    entityType: 'custom_field',
    entityId: row.id,
    action: 'custom_field.created',
    changes: { after: auditedField(row) },
  });
  // A new key holds no values yet; a required one is missing from every existing asset.
  const report = definition.required ? await reportStoredValues(tx, category.id, definition, 'check') : emptyReport();
  return { field: presentCustomField(row), report };
}

export async function addField(
  s: Services,
  ctx: ActionContext,
  categoryId: string,
  raw: FieldInput,
): Promise<FieldChange> {
  const input = fieldInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      const category = await findCategory(tx, categoryId, 'share');
      if (!category) throw notFound('The category');
      return insertFieldDefinition(s, tx, ctx, category, input, '/body');
    });
  } catch (err) {
    if (uniqueViolation(err) === 'custom_field_definitions_key') {
      throw conflict('custom_field_key_taken', `The category already has a field with the key ${input.key}.`, [
        { pointer: '/body/key', message: 'Already the key of another field of this category.' },
      ]);
    }
    throw err;
  }
}

export async function updateField(
  s: Services,
  ctx: ActionContext,
  categoryId: string,
  fieldId: string,
  raw: UpdateFieldInput,
): Promise<FieldChange> {
  const input = updateFieldInput.parse(raw);
  return inTransaction(s.db, async (tx) => {
    const before = await findField(tx, categoryId, fieldId, 'update');
    if (!before) throw notFound('The custom field');
    const what = `Custom field ${describeField(before)}`;
    if (before.version !== input.version) throw staleVersion(what, before.version);
    if (input.key !== undefined && input.key !== before.key) {
      throw badRequest('validation_failed', 'The key of a field cannot change: asset values are stored under it.', [
        {
          pointer: '/body/key',
          message: `Stays ${before.key}: values are stored under it. Change the label, or add a new field and archive this one.`,
        },
      ]);
    }
    const type = input.type ?? before.type;
    const givenOptions = input.options === undefined ? undefined : (input.options ?? []);
    // Options belong to select fields: changing a select to another type drops its options.
    const options = type === 'select' ? (givenOptions ?? before.options ?? []) : (givenOptions ?? []);
    const next = {
      label: input.label ?? before.label,
      type,
      required: input.required ?? before.required,
      unique: input.unique ?? before.unique,
      options: type === 'select' ? options : null,
      helpText: input.helpText === undefined ? before.helpText : input.helpText,
      position: input.position ?? before.position,
      archivedAt:
        input.archived === true
          ? (before.archivedAt ?? new Date())
          : input.archived === false
            ? null
            : before.archivedAt,
    };
    throwIfAny(
      shapeErrors(
        { type, options: type === 'select' ? options : (givenOptions ?? null), unique: next.unique },
        '/body',
      ),
    );

    const definition: FieldDefinition = { key: before.key, ...next };
    const restoring = before.archivedAt !== null && next.archivedAt === null;
    const active = next.archivedAt === null;
    if (active && next.unique && (!before.unique || restoring || next.type !== before.type)) {
      await ensureNoDuplicates(tx, categoryId, definition, '/body/unique');
    }
    const after = await updateFieldVersioned(tx, fieldId, input.version, next);
    if (!after) throw staleVersion(what, before.version + 1);

    const changes = diffFields(auditedField(before), auditedField(after));
    const action = !changes.archivedAt
      ? 'custom_field.updated'
      : after.archivedAt
        ? 'custom_field.archived'
        : 'custom_field.restored';
    if (Object.keys(changes).length > 0) {
      await s.audit.record(tx, ctx, { entityType: 'custom_field', entityId: fieldId, action, changes });
    }
    const archiving = before.archivedAt === null && after.archivedAt !== null;
    const fitChanged =
      restoring ||
      next.type !== before.type ||
      next.required !== before.required ||
      JSON.stringify(next.options ?? null) !== JSON.stringify(before.options ?? null);
    const report = archiving
      ? await reportStoredValues(tx, categoryId, definition, 'retained')
      : active && fitChanged
        ? await reportStoredValues(tx, categoryId, definition, 'check')
        : emptyReport();
    return { field: presentCustomField(after), report };
  });
}

/**
 * Archives a definition (DELETE): values stay in the assets' JSON and are listed in the report;
 * the field is no longer offered, validated or required. Archiving twice changes nothing.
 */
export async function archiveField(
  s: Services,
  ctx: ActionContext,
  categoryId: string,
  fieldId: string,
): Promise<FieldChange> {
  return inTransaction(s.db, async (tx) => {
    const before = await findField(tx, categoryId, fieldId, 'update');
    if (!before) throw notFound('The custom field');
    const definition = toFieldDefinition(before);
    if (before.archivedAt) {
      return {
        field: presentCustomField(before),
        report: await reportStoredValues(tx, categoryId, definition, 'retained'),
      };
    }
    const after = await updateFieldVersioned(tx, fieldId, before.version, { archivedAt: new Date() });
    await s.audit.record(tx, ctx, {
      entityType: 'custom_field',
      entityId: fieldId,
      action: 'custom_field.archived',
      changes: diffFields(auditedField(before), auditedField(after)),
    });
    return {
      field: presentCustomField(after!),
      report: await reportStoredValues(tx, categoryId, definition, 'retained'),
    };
  });
}

/** Refuses (409) to make a field unique while assets of the category share a value. */
async function ensureNoDuplicates(tx: Db, categoryId: string, definition: FieldDefinition, pointer: string) {
  const duplicates = await duplicateValues(tx, categoryId, definition.key);
  if (duplicates.length === 0) return;
  const listed = duplicates.map((d) => {
    const more = d.count > d.tags.length ? ` and ${d.count - d.tags.length} more` : '';
    return `${JSON.stringify(d.value)} is held by ${d.count} assets (${d.tags.join(', ')}${more})`;
  });
  throw conflict(
    'custom_field_duplicates',
    `${describeField(definition)} cannot be unique: ${duplicates.length === 20 ? 'at least ' : ''}${duplicates.length} ${duplicates.length === 1 ? 'value is' : 'values are'} held by more than one asset. Change those assets first.`,
    listed.map((message) => ({ pointer, message })),
  );
}

/**
 * Walks the values the category's assets hold under the field's key. 'check': those that do not
 * fit the definition (missing ones too when it is required); 'retained': every value kept after
 * the field was archived. Lists at most REPORT_LIMIT, counts them all; changes nothing.
 */
export async function reportStoredValues(
  tx: Db,
  categoryId: string,
  definition: FieldDefinition,
  mode: 'check' | 'retained',
): Promise<StoredValueReport> {
  const report = emptyReport();
  let afterId: string | null = null;
  for (;;) {
    const batch = await storedValuesBatch(tx, categoryId, definition.key, {
      afterId,
      limit: SCAN_BATCH,
      withMissing: mode === 'check' && definition.required,
    });
    const problems =
      mode === 'retained'
        ? batch
            .map((_, index) => ({
              index,
              message: `Kept in the asset: ${describeField(definition)} is archived, so this value is no longer validated or shown in forms.`,
            }))
            .filter(({ index }) => batch[index]!.value !== undefined)
        : checkExistingValues(
            definition,
            batch.map((b) => b.value),
          );
    for (const problem of problems) {
      report.total += 1;
      const stored = batch[problem.index]!;
      if (report.incompatible.length < REPORT_LIMIT) {
        report.incompatible.push({
          assetId: stored.assetId,
          tag: stored.tag,
          value: stored.value ?? null,
          message: problem.message,
        });
      }
    }
    if (batch.length < SCAN_BATCH) return report;
    afterId = batch[batch.length - 1]!.assetId;
  }
}

function keyTaken(existing: FieldRow, pointer: string) {
  const archived = existing.archivedAt
    ? ' (archived: restore it with PATCH archived=false, or choose another key)'
    : '';
  return conflict(
    'custom_field_key_taken',
    `The category already has a field with the key ${existing.key}: ${existing.label}${archived}.`,
    [{ pointer, message: `Already the key of the field ${existing.label}${archived}.` }],
  );
}
