/**
 * Appends to the audit log. Call it with the transaction that makes the change, so that the change
 * and its entry commit or roll back together.
 */
import { sql } from 'drizzle-orm';
import { auditLog } from '../../platform/db/schema.js';
import type { Db } from '../../platform/db/database.js';
import type { ActionContext } from '../../platform/context.js';
import { contentMac, type AuditContent } from '../../domain/audit-chain.js';

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  /** { field: { before, after } } for changed fields, or any JSON describing the action. */
  changes: Record<string, unknown>;
}

/** From this many entries on, a batch is inserted as JSON. */
const LARGE = 100;

export class AuditWriter {
  constructor(private readonly key: string) {}

  async record(tx: Db, ctx: ActionContext, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    await this.recordEach(
      tx,
      list.map((entry) => ({ ctx, entry })),
    );
  }

  /** Entries of several callers at once (requests committed together), each with its own caller. */
  async recordEach(tx: Db, items: { ctx: ActionContext; entry: AuditEntry }[]): Promise<void> {
    if (items.length === 0) return;
    const occurredAt = new Date();
    const rows = items.map(({ ctx, entry }) => {
      const content: AuditContent = {
        occurredAt,
        actorType: ctx.actor.type,
        actorId: ctx.actor.userId,
        actorLabel: ctx.actor.label,
        tokenId: ctx.actor.tokenId,
        source: ctx.source,
        requestId: ctx.requestId,
        entityType: entry.entityType,
        entityId: entry.entityId,
        action: entry.action,
        changes: entry.changes,
      };
      return { ...content, contentMac: contentMac(this.key, content) };
    });
    if (rows.length < LARGE) {
      await tx.insert(auditLog).values(rows);
      return;
    }
    // Large batches (bulk actions, imports) as one JSON parameter per chunk: building a statement
    // with a dozen parameters per row costs more than the insert itself.
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000).map((r) => ({
        occurred_at: r.occurredAt.toISOString(),
        actor_type: r.actorType,
        actor_id: r.actorId,
        actor_label: r.actorLabel,
        token_id: r.tokenId,
        source: r.source,
        request_id: r.requestId,
        entity_type: r.entityType,
        entity_id: r.entityId,
        action: r.action,
        changes: r.changes,
        content_mac: r.contentMac,
      }));
      await tx.execute(sql`insert into audit_log (occurred_at, actor_type, actor_id, actor_label, token_id, source,
          request_id, entity_type, entity_id, action, changes, content_mac)
        select v.occurred_at, v.actor_type, v.actor_id, v.actor_label, v.token_id, v.source, v.request_id,
          v.entity_type, v.entity_id, v.action, v.changes, v.content_mac
        from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(occurred_at timestamptz, actor_type text,
          actor_id uuid, actor_label text, token_id uuid, source text, request_id text, entity_type text,
          entity_id text, action text, changes jsonb, content_mac text)`);
    }
  }
}
