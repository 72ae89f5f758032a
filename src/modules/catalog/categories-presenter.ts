/** What the API shows of categories and their custom field definitions. */
import { z } from 'zod';
import { FIELD_TYPES } from '../../domain/custom-fields.js';
import { isoDate } from '../../platform/http/route-kit.js';
import { CATEGORY_KINDS, type CategoryRow } from './categories-repository.js';
import type { FieldRow } from './custom-fields-repository.js';

export const customFieldSchema = z
  .object({
    id: z.uuid(),
    categoryId: z.uuid(),
    key: z.string().describe('Where values are stored in an asset’s customFields; never changes.'),
    label: z.string(),
    type: z.enum(FIELD_TYPES),
    required: z.boolean(),
    unique: z.boolean().describe('No two assets of the category may hold the same value.'),
    options: z.array(z.string()).nullable().describe('The choices of a select field.'),
    helpText: z.string().nullable(),
    position: z.number().int(),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CustomFieldDefinition' });

export const categorySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(CATEGORY_KINDS),
    notes: z.string().nullable(),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Category' });

export const categoryDetailSchema = categorySchema
  .extend({
    fields: z.array(customFieldSchema).describe('Active fields in display order, then archived ones.'),
    counts: z.object({
      models: z.number().int().describe('Models (not archived) in the category.'),
      assets: z.number().int(),
    }),
  })
  .meta({ id: 'CategoryDetail' });

export const storedValueReportSchema = z
  .object({
    incompatible: z
      .array(
        z.object({
          assetId: z.uuid(),
          tag: z.string(),
          value: z.unknown().describe('The value as stored; it is kept, never dropped.'),
          message: z.string(),
        }),
      )
      .describe('At most 100 assets; `total` counts them all.'),
    total: z.number().int(),
  })
  .meta({ id: 'CustomFieldValueReport' });

export const fieldChangeSchema = z
  .object({ field: customFieldSchema, report: storedValueReportSchema })
  .meta({ id: 'CustomFieldChange' });

export type CategoryView = z.infer<typeof categorySchema>;
export type CategoryDetailView = z.infer<typeof categoryDetailSchema>;
export type CustomFieldView = z.infer<typeof customFieldSchema>;
export type StoredValueReport = z.infer<typeof storedValueReportSchema>;

export function presentCategory(row: CategoryRow): CategoryView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    notes: row.notes,
    archivedAt: isoDate(row.archivedAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentCategoryDetail(
  row: CategoryRow,
  fields: FieldRow[],
  counts: { models: number; assets: number },
): CategoryDetailView {
  return { ...presentCategory(row), fields: fields.map(presentCustomField), counts };
}

export function presentCustomField(row: FieldRow): CustomFieldView {
  return {
    id: row.id,
    categoryId: row.categoryId,
    key: row.key,
    label: row.label,
    type: row.type,
    required: row.required,
    unique: row.unique,
    options: row.options ?? null,
    helpText: row.helpText,
    position: row.position,
    archivedAt: isoDate(row.archivedAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of a category that the audit log records. */
export function auditedCategory(row: CategoryRow | undefined | null) {
  if (!row) return null;
  return { name: row.name, kind: row.kind, notes: row.notes, archivedAt: row.archivedAt };
}

export function auditedField(row: FieldRow | undefined | null) {
  if (!row) return null;
  return {
    categoryId: row.categoryId,
    key: row.key,
    label: row.label,
    type: row.type,
    required: row.required,
    unique: row.unique,
    options: row.options ?? null,
    helpText: row.helpText,
    position: row.position,
    archivedAt: row.archivedAt,
  };
}
