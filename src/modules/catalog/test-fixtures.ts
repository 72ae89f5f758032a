/** Rows written straight to the database for the catalogue's integration tests. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { assets, models } from '../../platform/db/registry-schema.js';

export async function insertTestModel(
  db: Db,
  values: { categoryId: string; name?: string; manufacturerId?: string | null; archived?: boolean },
): Promise<string> {
  const [row] = await db
    .insert(models)
    .values({
      categoryId: values.categoryId,
      manufacturerId: values.manufacturerId ?? null,
      name: values.name ?? `Model ${randomUUID().slice(0, 8)}`,
      tracking: 'individual',
      archivedAt: values.archived ? new Date() : null,
    })
    .returning({ id: models.id });
  return row!.id;
}

export async function insertTestAsset(
  db: Db,
  values: { modelId: string; categoryId: string; customFields?: Record<string, unknown>; tag?: string },
): Promise<{ id: string; tag: string }> {
  const tag = values.tag ?? `T-${randomUUID().slice(0, 8)}`;
  const [row] = await db
    .insert(assets)
    .values({
      tag,
      modelId: values.modelId,
      categoryId: values.categoryId,
      status: 'in_stock',
      customFields: values.customFields ?? {},
    })
    .returning({ id: assets.id, tag: assets.tag });
  return row!;
}

export async function customFieldsOf(db: Db, assetId: string): Promise<Record<string, unknown>> {
  const [row] = await db
    .select({ customFields: assets.customFields })
    .from(assets)
    .where(sql`${assets.id} = ${assetId}`);
  return row!.customFields;
}

export async function auditActions(db: Db, entityId: string): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(
    db,
    sql`select action from audit_log where entity_id = ${entityId} order by id`,
  );
  return rows.map((r) => r.action);
}
