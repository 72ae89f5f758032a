/**
 * Suppliers: a name unique without regard to case, contact, website, our account number and the
 * default lead time in days. Archived, never deleted: assets and orders keep pointing at them.
 */
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflict, notFound, staleVersion, uniqueViolation } from '../../platform/http/errors.js';
import { diffFields } from '../../domain/audit-chain.js';
import { findSupplier, findSupplierByName, insertSupplier, updateSupplierVersioned } from './suppliers-repository.js';
import { auditedSupplier, presentSupplier, type SupplierView } from './suppliers-presenter.js';
import { nameInput, optionalEmail, optionalHttpUrl, optionalText, versionInput } from './catalog-kit.js';

const supplierFields = {
  contactName: optionalText(200),
  email: optionalEmail,
  phone: optionalText(50),
  website: optionalHttpUrl,
  accountNumber: optionalText(100),
  defaultLeadTimeDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .nullish()
    .describe('Days from order to delivery (0 to 365), unless an order says otherwise.'),
  address: optionalText(1000),
  notes: optionalText(2000),
};

export const createSupplierInput = z.object({ name: nameInput, ...supplierFields });
export type CreateSupplierInput = z.input<typeof createSupplierInput>;

export const updateSupplierInput = z.object({
  version: versionInput,
  name: nameInput.optional(),
  ...supplierFields,
  archived: z.boolean().optional().describe('true archives, false restores.'),
});
export type UpdateSupplierInput = z.input<typeof updateSupplierInput>;

export async function createSupplier(s: Services, ctx: ActionContext, raw: CreateSupplierInput): Promise<SupplierView> {
  const input = createSupplierInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      if (await findSupplierByName(tx, input.name)) throw nameTaken(input.name);
      const row = await insertSupplier(tx, {
        name: input.name,
        contactName: input.contactName ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        website: input.website ?? null,
        accountNumber: input.accountNumber ?? null,
        defaultLeadTimeDays: input.defaultLeadTimeDays ?? null,
        address: input.address ?? null,
        notes: input.notes ?? null,
      });
      await s.audit.record(tx, ctx, {
        entityType: 'supplier',
        entityId: row.id,
        action: 'supplier.created',
        changes: { after: auditedSupplier(row) },
      });
      return presentSupplier(row);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'suppliers_name_key') throw nameTaken(input.name);
    throw err;
  }
}

export async function updateSupplier(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: UpdateSupplierInput,
): Promise<SupplierView> {
  const input = updateSupplierInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      const before = await findSupplier(tx, id, 'update');
      if (!before) throw notFound('The supplier');
      if (before.version !== input.version) throw staleVersion(`Supplier ${before.name}`, before.version);
      if (input.name !== undefined && input.name.toLowerCase() !== before.name.toLowerCase()) {
        if (await findSupplierByName(tx, input.name)) throw nameTaken(input.name);
      }
      let archivedAt = before.archivedAt;
      if (input.archived === true && !before.archivedAt) {
        archivedAt = new Date();
      } else if (input.archived === false) {
        archivedAt = null;
      }
      const { version: _v, archived: _a, ...changes } = input;
      const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const after = await updateSupplierVersioned(tx, id, input.version, { ...values, archivedAt });
      if (!after) throw staleVersion(`Supplier ${before.name}`, before.version + 1);
      const diff = diffFields(auditedSupplier(before), auditedSupplier(after));
      const action = !diff.archivedAt
        ? 'supplier.updated'
        : after.archivedAt
          ? 'supplier.archived'
          : 'supplier.restored';
      await s.audit.record(tx, ctx, { entityType: 'supplier', entityId: id, action, changes: diff });
      return presentSupplier(after);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'suppliers_name_key') throw nameTaken(input.name ?? '');
    throw err;
  }
}

/** Archives a supplier (DELETE); twice is a no-op. What points at it keeps pointing at it. */
export async function archiveSupplier(s: Services, ctx: ActionContext, id: string): Promise<SupplierView> {
  return inTransaction(s.db, async (tx) => {
    const before = await findSupplier(tx, id, 'update');
    if (!before) throw notFound('The supplier');
    if (before.archivedAt) return presentSupplier(before);
    const after = await updateSupplierVersioned(tx, id, before.version, { archivedAt: new Date() });
    await s.audit.record(tx, ctx, {
      entityType: 'supplier',
      entityId: id,
      action: 'supplier.archived',
      changes: diffFields(auditedSupplier(before), auditedSupplier(after)),
    });
    return presentSupplier(after!);
  });
}

function nameTaken(name: string) {
  return conflict('supplier_name_taken', `A supplier named ${name} already exists.`, [
    { pointer: '/body/name', message: 'Already the name of another supplier.' },
  ]);
}
