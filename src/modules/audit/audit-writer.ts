/**
 * Appends to the audit log. Call it with the transaction that makes the change, so that the change
 * and its entry commit or roll back together.
 */
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
    // Large batches (bulk actions, imports) in chunks to stay under the bind-parameter limit.
    for (let i = 0; i < rows.length; i += 2000) {
      await tx.insert(auditLog).values(rows.slice(i, i + 2000));
    }
  }
}
