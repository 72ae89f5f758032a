import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { auditLog } from '../../platform/db/schema.js';
import { escapeLike } from '../../platform/db/like.js';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditQuery {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  source?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Entries older than this id (the cursor). */
  beforeId?: number | undefined;
  limit: number;
}

/** Newest first, keyset by id. */
export async function listAuditEntries(db: Db, q: AuditQuery): Promise<AuditRow[]> {
  const conditions: (SQL | undefined)[] = [
    q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
    q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.action
      ? q.action.endsWith('.*')
        ? sql`${auditLog.action} like ${escapeLike(q.action.slice(0, -1)) + '%'}`
        : eq(auditLog.action, q.action)
      : undefined,
    q.source ? eq(auditLog.source, q.source) : undefined,
    q.from ? gte(auditLog.occurredAt, q.from) : undefined,
    q.to ? lte(auditLog.occurredAt, q.to) : undefined,
    q.beforeId ? lt(auditLog.id, q.beforeId) : undefined,
  ];
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
}

/** The distinct entity types and actions seen, for the filter drop-downs. */
export async function auditVocabulary(db: Db): Promise<{ entityTypes: string[]; actions: string[] }> {
  const entityTypes = await db.selectDistinct({ v: auditLog.entityType }).from(auditLog).orderBy(auditLog.entityType);
  const actions = await db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return { entityTypes: entityTypes.map((r) => r.v), actions: actions.map((r) => r.v) };
}
