/** What the API shows of a model. */
import { z } from 'zod';
import { isoDate } from '../../platform/http/route-kit.js';
import { TRACKING, type ModelNames, type ModelRow } from './models-repository.js';

export const modelSchema = z
  .object({
    id: z.uuid(),
    categoryId: z.uuid(),
    categoryName: z.string(),
    manufacturerId: z.uuid().nullable(),
    manufacturerName: z.string().nullable(),
    name: z.string(),
    modelNumber: z.string().nullable(),
    gtins: z.array(z.string()).describe('GTINs / EANs / UPCs of the model, as 14-digit GTIN-14 (zero-padded).'),
    tracking: z.enum(TRACKING).describe('individual: every unit is an asset; quantity: a count per location.'),
    expectedLifeMonths: z.number().int().nullable(),
    defaultUnitCost: z.string().nullable().describe('A decimal string, e.g. "1299.00".'),
    currency: z.string().nullable().describe('ISO 4217, e.g. EUR.'),
    minStock: z.number().int().nullable(),
    imageUrl: z.string().nullable(),
    notes: z.string().nullable(),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Model' });

export type ModelView = z.infer<typeof modelSchema>;

export function presentModel(row: ModelRow, names: ModelNames, gtins: string[]): ModelView {
  return {
    id: row.id,
    categoryId: row.categoryId,
    categoryName: names.categoryName,
    manufacturerId: row.manufacturerId,
    manufacturerName: names.manufacturerName,
    name: row.name,
    modelNumber: row.modelNumber,
    gtins,
    tracking: row.tracking,
    expectedLifeMonths: row.expectedLifeMonths,
    defaultUnitCost: row.defaultUnitCost,
    currency: row.currency,
    minStock: row.minStock,
    imageUrl: row.imageUrl,
    notes: row.notes,
    archivedAt: isoDate(row.archivedAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of a model that the audit log records. */
export function auditedModel(row: ModelRow | undefined | null, gtins: string[]) {
  if (!row) return null;
  const { id: _id, version: _version, createdAt: _c, updatedAt: _u, ...fields } = row;
  return { ...fields, gtins };
}
