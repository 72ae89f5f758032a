/**
 * Custom fields on every asset write path (create, receive, edit, and later imports, scans and
 * integrations): validated against the category's active definitions by the pure rules in
 * domain/custom-fields.ts, unique fields checked against the other assets of the category.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { assets, customFieldDefinitions } from '../../platform/db/schema-all.js';
import { AppError } from '../../platform/http/errors.js';
import {
  describeField,
  mergeCustomFields,
  validateCustomFields,
  type FieldDefinition,
} from '../../domain/custom-fields.js';

export async function activeFieldDefinitions(db: Db, categoryId: string): Promise<FieldDefinition[]> {
  const rows = await db
    .select()
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.categoryId, categoryId), isNull(customFieldDefinitions.archivedAt)))
    .orderBy(asc(customFieldDefinitions.position), asc(customFieldDefinitions.key));
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    type: r.type,
    required: r.required,
    unique: r.unique,
    options: r.options,
  }));
}

/**
 * The custom field values to store. With `current` (an edit), `given` changes only the keys it
 * names (null clears one) and values of archived fields are kept; without it, `given` is the whole
 * set. Throws 400 naming every bad field, or 409 when a unique field's value is taken.
 */
export async function validateAssetCustomFields(
  db: Db,
  categoryId: string,
  assetId: string | null,
  given: Record<string, unknown>,
  pointerPrefix: string,
  current?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const definitions = await activeFieldDefinitions(db, categoryId);
  const partial = current !== undefined;
  const result = validateCustomFields(definitions, given, { pointerPrefix, partial });
  const values = partial ? mergeCustomFields(current, result.values) : result.values;
  if (partial) {
    for (const d of definitions) {
      if (d.required && (values[d.key] === undefined || values[d.key] === null)) {
        result.errors.push({ pointer: `${pointerPrefix}/${d.key}`, message: `${describeField(d)} is required.` });
      }
    }
  }
  if (result.errors.length > 0) {
    throw new AppError('validation_failed', 400, result.errors[0]!.message, result.errors);
  }
  for (const d of definitions.filter((d) => d.unique)) {
    const value = values[d.key];
    if (value === undefined || value === null) continue;
    const [other] = await db
      .select({ tag: assets.tag })
      .from(assets)
      .where(
        and(
          eq(assets.categoryId, categoryId),
          sql`${assets.customFields} @> ${JSON.stringify({ [d.key]: value })}::jsonb`,
          assetId ? sql`${assets.id} <> ${assetId}` : undefined,
        ),
      )
      .limit(1);
    if (other) {
      throw new AppError(
        'custom_field_taken',
        409,
        `${describeField(d)} ${JSON.stringify(value)} is already used by ${other.tag}.`,
        [{ pointer: `${pointerPrefix}/${d.key}`, message: `Already used by ${other.tag}.` }],
      );
    }
  }
  return values;
}
