/**
 * What the asset write paths (web, API, imports, scans, integrations) call for custom fields: load
 * a category's definitions, validate and normalise the values (domain/custom-fields.ts), merge an
 * edit into what the asset holds, and refuse a value of a `unique` field that another asset of the
 * category already holds. Call them with the transaction that writes the asset.
 */
import type { Db } from '../../platform/db/database.js';
import { badRequest, conflict, type FieldError } from '../../platform/http/errors.js';
import {
  describeField,
  mergeCustomFields,
  validateCustomFields,
  type CustomFieldValue,
  type FieldDefinition,
} from '../../domain/custom-fields.js';
import { findAssetHoldingValue, listFieldRows, lockCustomValue, type FieldRow } from './custom-fields-repository.js';

export function toFieldDefinition(row: FieldRow): FieldDefinition {
  return {
    key: row.key,
    label: row.label,
    type: row.type,
    required: row.required,
    unique: row.unique,
    options: row.options ?? null,
  };
}

/** The active (not archived) field definitions of a category, in display order. */
export async function loadFieldDefinitions(db: Db, categoryId: string): Promise<FieldDefinition[]> {
  return (await listFieldRows(db, categoryId, false)).map(toFieldDefinition);
}

export interface UniqueCheckOptions {
  /** The category's definitions when already loaded. */
  definitions?: readonly FieldDefinition[];
  /** Where the values sit in the request, for error pointers. */
  pointerPrefix?: string;
}

/**
 * Refuses (409, naming the field and the asset holding the value) a value of a `unique` field
 * already held by another asset of the category. `values` are normalised values (as
 * `validateCustomFields` returns them); null and absent values are not checked. Takes a
 * transaction-scoped lock per value, so concurrent writes of one value are serialised: call it
 * inside the transaction that writes the asset. `assetId` is the asset being edited (null on
 * create).
 */
export async function assertUniqueCustomValues(
  db: Db,
  categoryId: string,
  assetId: string | null,
  values: Record<string, unknown>,
  options: UniqueCheckOptions = {},
): Promise<void> {
  const definitions = options.definitions ?? (await loadFieldDefinitions(db, categoryId));
  const prefix = options.pointerPrefix ?? '/body/customFields';
  const errors: FieldError[] = [];
  for (const definition of definitions) {
    if (!definition.unique) continue;
    const value = values[definition.key];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    await lockCustomValue(db, categoryId, definition.key, value);
    const holder = await findAssetHoldingValue(db, categoryId, definition.key, value, assetId);
    if (holder) {
      errors.push({
        pointer: `${prefix}/${definition.key}`,
        message: `${describeField(definition)} must be unique: ${JSON.stringify(value)} is already used by asset ${holder.tag}.`,
      });
    }
  }
  if (errors.length > 0) throw conflict('custom_field_not_unique', errors[0]!.message, errors);
}

export interface ResolveCustomFieldsInput {
  categoryId: string;
  /** The asset being edited; null when creating. */
  assetId: string | null;
  /** The custom fields of the request, as received. */
  input: unknown;
  /**
   * What the asset holds now, for an edit: only the keys given are validated (null clears one)
   * and merged into these; values of keys not given, archived fields' included, are kept.
   * Leave out on a create (every required field must then be given).
   */
  existing?: Record<string, unknown> | null;
  pointerPrefix?: string;
}

/**
 * Validates, normalises and uniqueness-checks the custom fields of an asset write and returns what
 * to store in `assets.custom_fields`. Throws 400 listing every invalid field (pointers
 * `<pointerPrefix>/<key>`) or 409 for a value a `unique` field already has elsewhere.
 */
export async function resolveCustomFields(db: Db, args: ResolveCustomFieldsInput): Promise<Record<string, unknown>> {
  const pointerPrefix = args.pointerPrefix ?? '/body/customFields';
  const partial = args.existing !== undefined;
  if (partial && args.input === undefined) return { ...(args.existing ?? {}) };
  const definitions = await loadFieldDefinitions(db, args.categoryId);
  const { values, errors } = validateCustomFields(definitions, args.input, { pointerPrefix, partial });
  if (errors.length > 0) throw badRequest('validation_failed', errors[0]!.message, errors);
  await assertUniqueCustomValues(db, args.categoryId, args.assetId, values, { definitions, pointerPrefix });
  return partial ? mergeCustomFields(args.existing, values) : dropNulls(values);
}

function dropNulls(values: Record<string, CustomFieldValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
}
