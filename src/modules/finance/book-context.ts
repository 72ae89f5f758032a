/**
 * What every report needs about one book: its profiles as engine profiles, which of them the
 * database can compute set-based (proportional ones) and the exact shares for a list of dates,
 * and an engine fallback (memoised per profile, in-service date and cost) for the others.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.js';
import type { Services } from '../../platform/services.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { notFound } from '../../platform/http/errors.js';
import {
  dependsOnMonthOnly,
  isProportional,
  prepareDepreciation,
  proportionalShares,
  type DepreciationProfile,
} from '../../domain/depreciation/index.js';
import { findBook, listBooks, listProfiles, type BookRow } from './books-repository.js';
import { parametersOf } from './books-presenter.js';
import { engineProfileWithChanges } from './profile-parameters.js';
import { readFinanceSettings } from './finance-settings.js';
import { addMonthsToDate } from './dates.js';

export interface BookContext {
  book: BookRow;
  fiscalYearStartMonth: number;
  profiles: Map<string, { engine: DepreciationProfile; proportional: boolean; monthOnly: boolean }>;
}

export async function loadBookContext(db: Db, bookId: string | undefined): Promise<BookContext> {
  const book = bookId ? await findBook(db, bookId) : (await listBooks(db, false)).find((b) => b.isDefault);
  if (!book) throw notFound('The book');
  const { fiscalYearStartMonth } = await readFinanceSettings(db);
  const profiles = new Map<string, { engine: DepreciationProfile; proportional: boolean; monthOnly: boolean }>();
  for (const row of await listProfiles(db, book.id)) {
    const engine = engineProfileWithChanges(parametersOf(row), row.changes, fiscalYearStartMonth);
    profiles.set(row.id, { engine, proportional: isProportional(engine), monthOnly: dependsOnMonthOnly(engine) });
  }
  return { book, fiscalYearStartMonth, profiles };
}

/** The range of purchase dates, to know which in-service months need shares. */
export async function purchaseDateRange(db: Db): Promise<{ min: string; max: string } | null> {
  const result = (await db.execute(
    sql`select min(purchase_date)::text as min, max(purchase_date)::text as max from assets`,
  )) as unknown as { rows: { min: string | null; max: string | null }[] };
  const row = result.rows[0];
  return row?.min && row.max ? { min: row.min, max: row.max } : null;
}

function daysFrom(min: string, max: string, monthOnly: boolean): string[] {
  const out: string[] = [];
  if (monthOnly) {
    for (let d = `${min.slice(0, 7)}-01`; d <= max; d = addMonthsToDate(d, 1)) out.push(d);
  } else {
    const end = Date.parse(`${max}T00:00:00Z`);
    for (let t = Date.parse(`${min}T00:00:00Z`); t <= end; t += 86_400_000) {
      out.push(new Date(t).toISOString().slice(0, 10));
    }
  }
  return out;
}

/**
 * A VALUES list (profile_id, key, n0, d0, n1, d1, ...) with the share of the depreciable base each
 * proportional profile has accrued at each date, per in-service month (or day under actual days).
 * Null when no profile is proportional or no asset has a purchase date.
 */
export function sharesValues(
  ctx: BookContext,
  range: { min: string; max: string } | null,
  dates: string[],
): SQL | null {
  if (!range) return null;
  const rows: SQL[] = [];
  for (const [id, p] of ctx.profiles) {
    if (!p.proportional) continue;
    for (const key of daysFrom(range.min, range.max, p.monthOnly)) {
      const shares = proportionalShares(p.engine, key, dates)!;
      const cells = shares.flatMap((s) => [sql.raw(`${s.n}::numeric`), sql.raw(`${s.d}::numeric`)]);
      rows.push(sql`(${id}::uuid, ${key}::date, ${sql.join(cells, sql`, `)})`);
    }
  }
  if (rows.length === 0) return null;
  const columns = dates.flatMap((_, k) => [`n${k}`, `d${k}`]).join(', ');
  return sql`select * from (values ${sql.join(rows, sql`, `)}) as s(profile_id, key, ${sql.raw(columns)})`;
}

/** Accumulated depreciation (cents) of assets under non-proportional profiles, through the engine. */
export class EngineFallback {
  private readonly memo = new Map<string, number[]>();

  constructor(
    private readonly ctx: BookContext,
    private readonly dates: string[],
  ) {}

  /** Accumulated cents at each date, or null when the engine refuses the asset (it is then carried at cost). */
  accumulated(profileId: string, purchaseDate: string, cost: string): number[] | null {
    const key = `${profileId}|${purchaseDate}|${cost}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const profile = this.ctx.profiles.get(profileId);
    if (!profile) return null;
    try {
      const prepared = prepareDepreciation(profile.engine, { cost, inServiceDate: purchaseDate });
      const values = this.dates.map((d) => prepared.valueAt(d).accumulated);
      this.memo.set(key, values);
      return values;
    } catch {
      return null;
    }
  }
}

/**
 * A report query's rows. On a PostgreSQL server JIT is turned off for it: the planner's estimate
 * for a scan of every asset triggers a second of compilation that the query never earns back.
 */
export async function reportRows<T>(s: Services, query: SQL): Promise<T[]> {
  if (s.database.kind !== 'postgres') return queryRows<T>(s.db, query);
  return inTransaction(s.db, async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<T>(tx, query);
  });
}
