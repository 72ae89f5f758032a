/**
 * Suppliers from a file, upserted by name (whatever the case): each row checked with the supplier
 * use case's own input schema, new ones inserted in batches and existing ones updated with the
 * columns the file gives (an empty cell keeps what is there).
 */
import { sql } from 'drizzle-orm';
import { suppliers } from '../../../../platform/db/schema-all.js';
import { createSupplierInput } from '../../../catalog/suppliers-use-cases.js';
import { updateSupplierVersioned, type SupplierRow } from '../../../catalog/suppliers-repository.js';
import { auditedSupplier } from '../../../catalog/suppliers-presenter.js';
import {
  Problems,
  changedFields,
  inChunks,
  insertAudited,
  jsonArray,
  lower,
  parseInput,
  updateAudited,
  type RecordImporter,
  type RowAction,
} from '../record-kit.js';

export const importSuppliers: RecordImporter = async (env, rows) => {
  const problems = new Problems(env.columns);
  const found = await inChunks(
    rows.map((r) => lower(r.values.name)),
    (chunk) =>
      env.tx
        .select()
        .from(suppliers)
        .where(sql`lower(${suppliers.name}) = any(${jsonArray(chunk)})`),
  );
  const current = new Map<string, SupplierRow>(found.map((row) => [row.name.toLowerCase(), row]));
  const actions = new Map<number, RowAction>();
  const creates: { row: number; values: Record<string, unknown> }[] = [];
  const updates: { row: number; before: SupplierRow; patch: Record<string, unknown> }[] = [];
  for (const r of rows) {
    const v = r.values;
    const input = parseInput(
      createSupplierInput,
      {
        name: v.name,
        contactName: v.contactName,
        email: v.email,
        phone: v.phone,
        website: v.website,
        accountNumber: v.accountNumber,
        defaultLeadTimeDays: v.leadTimeDays,
        address: v.address,
        notes: v.notes,
      },
      r.rowNumber,
      problems,
      { defaultLeadTimeDays: 'leadTimeDays' },
    );
    if (!input) continue;
    const before = current.get(input.name.toLowerCase());
    if (!before) {
      actions.set(r.rowNumber, 'create');
      creates.push({ row: r.rowNumber, values: { ...input } });
      continue;
    }
    if (before.archivedAt) {
      problems.add(r.rowNumber, 'name', 'archived', `The supplier ${before.name} is archived: restore it first.`);
      continue;
    }
    const { name: _name, ...fields } = input;
    const patch = changedFields(before, fields);
    actions.set(r.rowNumber, Object.keys(patch).length > 0 ? 'update' : 'unchanged');
    if (Object.keys(patch).length > 0) updates.push({ row: r.rowNumber, before, patch });
  }
  return {
    problems: problems.list,
    actions,
    references: {},
    async write(bad) {
      const created = await insertAudited<SupplierRow>(
        env,
        suppliers,
        'supplier',
        creates.filter((c) => !bad.has(c.row)).map((c) => c.values),
        auditedSupplier,
      );
      const updated = await updateAudited<SupplierRow>(
        env,
        'supplier',
        updates.filter((u) => !bad.has(u.row)),
        updateSupplierVersioned,
        auditedSupplier,
      );
      const unchanged = [...actions].filter(([row, a]) => a === 'unchanged' && !bad.has(row)).length;
      return { created: created.length, updated: updated.length, unchanged, references: {} };
    },
  };
};
