/**
 * The audit log's tamper evidence, as pure functions. Each entry carries a keyed MAC of its content
 * (written with the change, so an entry inserted behind the application's back has no valid MAC);
 * sealing links entries in commit order: hash(n) = HMAC(key, seq | hash(n-1) | mac(n) | verdict).
 */
import { createHmac } from 'node:crypto';

export interface AuditContent {
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  tokenId: string | null;
  source: string;
  requestId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function contentMac(key: string, content: AuditContent): string {
  const material = canonicalJson({
    occurredAt: content.occurredAt.toISOString(),
    actorType: content.actorType,
    actorId: content.actorId,
    actorLabel: content.actorLabel,
    tokenId: content.tokenId,
    source: content.source,
    requestId: content.requestId,
    entityType: content.entityType,
    entityId: content.entityId,
    action: content.action,
    changes: content.changes,
  });
  return createHmac('sha256', key).update(material).digest('hex');
}

/**
 * The sealer checks each entry's MAC before linking it and records the outcome in the hash, so an
 * entry that was inserted behind the application's back stays marked as such once sealed.
 */
export type SealVerdict = 'genuine' | 'forged';

export function chainHash(
  key: string,
  seq: number,
  prevHash: string,
  mac: string,
  verdict: SealVerdict = 'genuine',
): string {
  return createHmac('sha256', key).update(`${seq}|${prevHash}|${mac}|${verdict}`).digest('hex');
}

export function headMac(key: string, seq: number, hash: string): string {
  return createHmac('sha256', key).update(`head|${seq}|${hash}`).digest('hex');
}

/** The fields that changed between two records, as { field: { before, after } }. */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  hidden: readonly string[] = [],
): Record<string, { before: unknown; after: unknown }> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    const b = normalise(before?.[key]);
    const a = normalise(after?.[key]);
    if (canonicalJson(b) === canonicalJson(a)) continue;
    changes[key] = hidden.includes(key)
      ? { before: b === null ? null : '[hidden]', after: a === null ? null : '[hidden]' }
      : { before: b, after: a };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}
