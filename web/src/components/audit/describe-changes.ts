/**
 * A compact, readable line per changed field of an audit entry's `changes`:
 * `{ name: { before: "A", after: "B" } }` becomes "name: A → B"; a creation's `{ after: {...} }`
 * lists the new values. Nested values are flattened to short text; the full JSON stays available
 * to the reader on hover.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(formatValue).join(', ');
  if (isRecord(value)) {
    // A grant reads best as "admin" or "technician @ <location>".
    if (typeof value.role === 'string' && 'locationId' in value) {
      return value.locationId ? `${value.role} @ ${String(value.locationId)}` : value.role;
    }
    return Object.entries(value)
      .map(([k, v]) => `${k}=${formatValue(v)}`)
      .join(', ');
  }
  return JSON.stringify(value);
}

function isBeforeAfter(value: unknown): value is { before: unknown; after: unknown } {
  return isRecord(value) && 'before' in value && 'after' in value && Object.keys(value).length === 2;
}

export function describeChanges(changes: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (isBeforeAfter(value)) lines.push(`${key}: ${formatValue(value.before)} → ${formatValue(value.after)}`);
    else if ((key === 'after' || key === 'before') && isRecord(value)) {
      for (const [field, v] of Object.entries(value)) lines.push(`${field}: ${formatValue(v)}`);
    } else lines.push(`${key}: ${formatValue(value)}`);
  }
  return lines;
}
