/**
 * Asset tags generated from a configurable pattern, e.g. "QM-{000000}" gives QM-000001: the zeros
 * say how many digits. Numbers come from a database sequence, so two receipts at the same moment
 * never get the same tag; a number whose tag was already entered by hand is skipped.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { assets, settings } from '../../platform/db/schema-all.js';
import { invalidInput } from '../../platform/http/errors.js';

export const DEFAULT_TAG_PATTERN = 'QM-{000000}';
const SETTING = 'asset_tag_pattern';
const PLACEHOLDER = /\{(0+)\}/;

export function validateTagPattern(pattern: string, pointer = '/body/pattern'): void {
  const matches = pattern.match(/\{0+\}/g) ?? [];
  if (matches.length !== 1)
    throw invalidInput(pointer, 'The pattern needs exactly one {000...} placeholder for the number.');
  if (pattern.length > 40) throw invalidInput(pointer, 'The pattern is too long (at most 40 characters).');
  if (/\s/.test(pattern)) throw invalidInput(pointer, 'Tags cannot contain spaces.');
}

/** Pure: the tag for a number under a pattern. Numbers wider than the placeholder keep all digits. */
export function formatTag(pattern: string, n: number): string {
  return pattern.replace(PLACEHOLDER, (_m, zeros: string) => String(n).padStart(zeros.length, '0'));
}

export async function tagPattern(db: Db): Promise<string> {
  const [row] = await db.select().from(settings).where(eq(settings.key, SETTING));
  return (row?.value as string | undefined) ?? DEFAULT_TAG_PATTERN;
}

export async function setTagPattern(db: Db, pattern: string): Promise<void> {
  validateTagPattern(pattern);
  await db
    .insert(settings)
    .values({ key: SETTING, value: pattern })
    .onConflictDoUpdate({ target: settings.key, set: { value: pattern, updatedAt: new Date() } });
}

/** `count` new tags, none of which is in use. */
export async function nextTags(db: Db, count: number): Promise<string[]> {
  const pattern = await tagPattern(db);
  const tags: string[] = [];
  while (tags.length < count) {
    const want = count - tags.length;
    const numbers = await queryRows<{ n: number }>(
      db,
      sql`select nextval('asset_tag_seq')::int8 as n from generate_series(1, ${want})`,
    );
    const candidates = numbers.map((r) => formatTag(pattern, Number(r.n)));
    const taken = await db
      .select({ tag: assets.tag })
      .from(assets)
      .where(sql`lower(${assets.tag}) in ${candidates.map((c) => c.toLowerCase())}`);
    const takenSet = new Set(taken.map((t) => t.tag.toLowerCase()));
    tags.push(...candidates.filter((c) => !takenSet.has(c.toLowerCase())));
  }
  return tags;
}
