/**
 * What planning needs to know beyond the ledger: each model's supplier and lead time, and the
 * standard kits of departments and job titles (a list of models each new hire receives).
 */
import { z } from 'zod';
import { eq, sql } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { queryRows } from '../../../platform/db/database.js';
import { conflict, invalidInput, notFound, staleVersion, uniqueViolation } from '../../../platform/http/errors.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { departments, kitItems, models, modelSupply, suppliers } from '../../../platform/db/schema-all.js';

export const supplyInput = z.object({
  supplierId: z.uuid().nullable().describe('Where the model is bought.'),
  leadTimeDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .nullable()
    .describe("Days from order to delivery; null to use the supplier's default lead time."),
  version: z.number().int().optional().describe('The version you read; omit the first time.'),
});

export const supplySchema = z
  .object({
    modelId: z.uuid(),
    supplier: z.object({ id: z.uuid(), name: z.string(), defaultLeadTimeDays: z.number().int().nullable() }).nullable(),
    leadTimeDays: z.number().int().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ModelSupply' });

async function presentSupply(s: Services, modelId: string) {
  const [row] = await s.db
    .select({ supply: modelSupply, supplier: suppliers })
    .from(modelSupply)
    .leftJoin(suppliers, eq(suppliers.id, modelSupply.supplierId))
    .where(eq(modelSupply.modelId, modelId));
  return {
    modelId,
    supplier: row?.supplier
      ? { id: row.supplier.id, name: row.supplier.name, defaultLeadTimeDays: row.supplier.defaultLeadTimeDays }
      : null,
    leadTimeDays: row?.supply.leadTimeDays ?? null,
    version: row?.supply.version ?? 0,
  };
}

export async function readSupply(s: Services, modelId: string) {
  const [model] = await s.db.select({ id: models.id }).from(models).where(eq(models.id, modelId));
  if (!model) throw notFound('The model');
  return presentSupply(s, modelId);
}

export async function setSupply(s: Services, ctx: ActionContext, modelId: string, raw: z.input<typeof supplyInput>) {
  const input = supplyInput.parse(raw);
  await inTransaction(s.db, async (tx) => {
    const [model] = await tx.select().from(models).where(eq(models.id, modelId));
    if (!model) throw notFound('The model');
    if (input.supplierId) {
      const [supplier] = await tx.select().from(suppliers).where(eq(suppliers.id, input.supplierId));
      if (!supplier) throw invalidInput('/body/supplierId', 'No supplier with this id.');
    }
    const [before] = await tx.select().from(modelSupply).where(eq(modelSupply.modelId, modelId)).for('update');
    if (before && input.version !== undefined && input.version !== before.version) {
      throw staleVersion(`The supply of ${model.name}`, before.version);
    }
    const values = { supplierId: input.supplierId, leadTimeDays: input.leadTimeDays };
    const [after] = await tx
      .insert(modelSupply)
      .values({ modelId, ...values })
      .onConflictDoUpdate({
        target: modelSupply.modelId,
        set: { ...values, version: sql`${modelSupply.version} + 1`, updatedAt: new Date() },
      })
      .returning();
    await s.audit.record(tx, ctx, {
      entityType: 'model',
      entityId: modelId,
      action: 'model.supply_updated',
      changes: diffFields(before ? { supplierId: before.supplierId, leadTimeDays: before.leadTimeDays } : null, {
        supplierId: after!.supplierId,
        leadTimeDays: after!.leadTimeDays,
      }),
    });
  });
  return presentSupply(s, modelId);
}

export const kitItemInput = z.object({
  departmentId: z.uuid().optional().describe('The kit of this department…'),
  jobTitle: z.string().trim().min(1).max(200).optional().describe('…or of this job title (one of the two).'),
  modelId: z.uuid(),
  quantity: z.number().int().min(1).max(1000).default(1),
});

export const kitItemSchema = z
  .object({
    id: z.uuid(),
    department: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    jobTitle: z.string().nullable(),
    model: z.object({ id: z.uuid(), name: z.string(), tracking: z.enum(['individual', 'quantity']) }),
    quantity: z.number().int(),
  })
  .meta({ id: 'KitItem' });

interface KitRow {
  id: string;
  department_id: string | null;
  department_name: string | null;
  job_title: string | null;
  model_id: string;
  model_name: string;
  tracking: 'individual' | 'quantity';
  quantity: number;
}

export async function listKitItems(s: Services, filter: { departmentId?: string | undefined } = {}) {
  const rows = await queryRows<KitRow>(
    s.db,
    sql`select k.id, k.department_id, d.name as department_name, k.job_title, k.model_id, m.name as model_name,
               m.tracking, k.quantity
        from kit_items k join models m on m.id = k.model_id left join departments d on d.id = k.department_id
        where ${filter.departmentId ? sql`k.department_id = ${filter.departmentId}` : sql`true`}
        order by coalesce(d.name, k.job_title), m.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    department: r.department_id ? { id: r.department_id, name: r.department_name ?? '' } : null,
    jobTitle: r.job_title,
    model: { id: r.model_id, name: r.model_name, tracking: r.tracking },
    quantity: Number(r.quantity),
  }));
}

export async function addKitItem(s: Services, ctx: ActionContext, raw: z.input<typeof kitItemInput>) {
  const input = kitItemInput.parse(raw);
  if (Boolean(input.departmentId) === Boolean(input.jobTitle)) {
    throw invalidInput('/body/departmentId', 'A kit belongs to a department or to a job title: give one of the two.');
  }
  const id = await inTransaction(s.db, async (tx) => {
    const [model] = await tx.select().from(models).where(eq(models.id, input.modelId));
    if (!model || model.archivedAt) throw invalidInput('/body/modelId', 'No active model with this id.');
    let owner = input.jobTitle ?? '';
    if (input.departmentId) {
      const [department] = await tx.select().from(departments).where(eq(departments.id, input.departmentId));
      if (!department) throw invalidInput('/body/departmentId', 'No department with this id.');
      owner = department.name;
    }
    try {
      const [row] = await tx
        .insert(kitItems)
        .values({
          departmentId: input.departmentId ?? null,
          jobTitle: input.jobTitle ?? null,
          modelId: model.id,
          quantity: input.quantity,
        })
        .returning();
      await s.audit.record(tx, ctx, {
        entityType: 'kit_item',
        entityId: row!.id,
        action: 'kit_item.created',
        changes: { after: { kit: owner, model: model.name, quantity: input.quantity } },
      });
      return row!.id;
    } catch (err) {
      if (uniqueViolation(err)) {
        throw conflict('duplicate', `${model.name} is already in the kit of ${owner}.`, [
          { pointer: '/body/modelId', message: 'Already in this kit.' },
        ]);
      }
      throw err;
    }
  });
  return (await listKitItems(s)).find((k) => k.id === id)!;
}

export async function removeKitItem(s: Services, ctx: ActionContext, id: string) {
  await inTransaction(s.db, async (tx) => {
    const [row] = await tx.delete(kitItems).where(eq(kitItems.id, id)).returning();
    if (!row) throw notFound('The kit item');
    await s.audit.record(tx, ctx, {
      entityType: 'kit_item',
      entityId: id,
      action: 'kit_item.removed',
      changes: {
        before: {
          departmentId: row.departmentId,
          jobTitle: row.jobTitle,
          modelId: row.modelId,
          quantity: row.quantity,
        },
      },
    });
  });
}
