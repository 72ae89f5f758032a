/** What the API shows of a manufacturer. */
import { z } from 'zod';
import { isoDate } from '../../platform/http/route-kit.js';
import type { ManufacturerRow } from './manufacturers-repository.js';

export const manufacturerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    website: z.string().nullable(),
    supportUrl: z.string().nullable(),
    supportEmail: z.string().nullable(),
    supportPhone: z.string().nullable(),
    notes: z.string().nullable(),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Manufacturer' });

export type ManufacturerView = z.infer<typeof manufacturerSchema>;

export function presentManufacturer(row: ManufacturerRow): ManufacturerView {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    supportUrl: row.supportUrl,
    supportEmail: row.supportEmail,
    supportPhone: row.supportPhone,
    notes: row.notes,
    archivedAt: isoDate(row.archivedAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of a manufacturer that the audit log records. */
export function auditedManufacturer(row: ManufacturerRow | undefined | null) {
  if (!row) return null;
  const { id: _id, version: _version, createdAt: _c, updatedAt: _u, ...fields } = row;
  return fields;
}
