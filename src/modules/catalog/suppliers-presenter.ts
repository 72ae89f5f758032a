/** What the API shows of a supplier. */
import { z } from 'zod';
import { isoDate } from '../../platform/http/route-kit.js';
import type { SupplierRow } from './suppliers-repository.js';

export const supplierSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    contactName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    accountNumber: z.string().nullable().describe('Our account number with the supplier.'),
    defaultLeadTimeDays: z
      .number()
      .int()
      .nullable()
      .describe('Days from order to delivery, unless an order says otherwise.'),
    address: z.string().nullable(),
    notes: z.string().nullable(),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Supplier' });

export type SupplierView = z.infer<typeof supplierSchema>;

export function presentSupplier(row: SupplierRow): SupplierView {
  return {
    id: row.id,
    name: row.name,
    contactName: row.contactName,
    email: row.email,
    phone: row.phone,
    website: row.website,
    accountNumber: row.accountNumber,
    defaultLeadTimeDays: row.defaultLeadTimeDays,
    address: row.address,
    notes: row.notes,
    archivedAt: isoDate(row.archivedAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of a supplier that the audit log records. */
export function auditedSupplier(row: SupplierRow | undefined | null) {
  if (!row) return null;
  const { id: _id, version: _version, createdAt: _c, updatedAt: _u, ...fields } = row;
  return fields;
}
