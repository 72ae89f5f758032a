/** Input pieces shared by the catalogue's modules (categories, manufacturers, suppliers, models). */
import { z } from 'zod';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { normaliseEmailAddress, normaliseHttpUrl } from '../../domain/custom-fields.js';
import { escapeLike } from '../../platform/db/like.js';

export const nameInput = z.string().trim().min(1).max(200);

export const versionInput = z
  .number()
  .int()
  .min(1)
  .describe('The version you read; a stale version is refused with 409.');

/** Optional text: null (or blank) clears it, leaving it out keeps it. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === '' ? null : v));

export const optionalHttpUrl = z
  .string()
  .trim()
  .max(2000)
  .nullish()
  .transform((v) => (v === '' ? null : v))
  .refine((v) => v === null || v === undefined || normaliseHttpUrl(v) !== undefined, {
    message: 'Must be a web address starting with http:// or https://.',
  });

export const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .nullish()
  .transform((v) => (v === '' ? null : typeof v === 'string' ? (normaliseEmailAddress(v) ?? v) : v))
  .refine((v) => v === null || v === undefined || normaliseEmailAddress(v) !== undefined, {
    message: 'Must be an e-mail address such as name@example.com.',
  });

/** `?includeArchived=true`: true/false, yes/no, 1/0 (not "any non-empty string is true"). */
export const includeArchivedQuery = z
  .stringbool()
  .default(false)
  .describe('Include archived rows (hidden by default).');

/** `%q%` for LIKE, with the user's own wildcards taken literally. */
export function containsPattern(q: string): string {
  return `%${escapeLike(q.trim().toLowerCase())}%`;
}

/**
 * Sort expressions for keyset pages. Timestamps are truncated to milliseconds, the precision of
 * the cursor (a JavaScript date), so that a page never repeats its last row.
 */
export function createdAtKey(column: AnyColumn): SQL {
  return sql`date_trunc('milliseconds', ${column})`;
}

export function lowerKey(column: AnyColumn): SQL<string> {
  return sql<string>`lower(${column})`;
}

/** A cursor value from what the database returned for the sort expression. */
export function cursorValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
