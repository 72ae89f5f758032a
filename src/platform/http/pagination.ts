/**
 * One list convention everywhere: `?limit=&cursor=&sort=`, answered with
 * `{ items, nextCursor }`. Cursors are opaque (base64url JSON of the last row's sort key and id),
 * so pages stay fast however deep a client reads (keyset, not OFFSET).
 */
import { z } from 'zod';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { badRequest } from './errors.js';

export const MAX_LIMIT = 200;

export const limitSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_LIMIT)
  .default(50)
  .describe(`Page size, at most ${MAX_LIMIT}.`);
export const cursorSchema = z.string().max(1000).optional().describe('The nextCursor of the previous page.');

/** `sort=name` or `sort=-name` over the allowed fields. */
export function sortSchema<const F extends readonly [string, ...string[]]>(fields: F, fallback: string) {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z
    .enum(values)
    .default(fallback)
    .describe(`Sort field; prefix with "-" for descending. One of: ${fields.join(', ')}.`);
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.'),
  });
}

export interface Sort {
  field: string;
  descending: boolean;
}

export function parseSort(value: string): Sort {
  return value.startsWith('-') ? { field: value.slice(1), descending: true } : { field: value, descending: false };
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): unknown[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    /* fall through */
  }
  throw badRequest('invalid_cursor', 'The cursor is not one this server gave out; start again from the first page.', [
    { pointer: '/query/cursor', message: 'Not a valid cursor.' },
  ]);
}

/**
 * The WHERE condition and ORDER BY for a keyset page over (column, id). Sort columns must be NOT
 * NULL; the id breaks ties so every row appears exactly once.
 */
export function keyset(column: AnyColumn | SQL, id: AnyColumn, sort: Sort, cursor: unknown[] | undefined) {
  const dir = sort.descending ? sql`desc` : sql`asc`;
  const orderBy = [sql`${column} ${dir}`, sql`${id} ${dir}`];
  if (!cursor) return { where: undefined, orderBy };
  const [value, lastId] = cursor;
  const where = sort.descending
    ? sql`(${column}, ${id}) < (${value}, ${lastId})`
    : sql`(${column}, ${id}) > (${value}, ${lastId})`;
  return { where, orderBy };
}

/** Fetch limit + 1 rows, return the page and the cursor of its last row when there is more. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => unknown[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null,
  };
}
