/**
 * The finance reports that answer in a page: depreciation expense for a period by category, cost
 * centre, site or book; the expense forecast by fiscal year; write-offs. Sums are taken in the
 * database over proportional profiles (exact shares) and, for the other profiles, over distinct
 * (profile, purchase date, cost) through the engine, each figure counted as many times as assets
 * share it. All amounts are integer cents until they are shown.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { assets } from '../../platform/db/registry-schema.js';
import { invalidInput } from '../../platform/http/errors.js';
import { scopeCondition } from '../locations/location-scope.js';
import { fiscalYearBounds, fiscalYearOfDate, formatCents, parseMoney } from '../../domain/depreciation/index.js';
import {
  EngineFallback,
  loadBookContext,
  purchaseDateRange,
  reportRows,
  sharesValues,
  type BookContext,
} from './book-context.js';
import { assetsInBook } from './report-sql.js';
import { listBooks } from './books-repository.js';

export const GROUPINGS = ['category', 'costCentre', 'site', 'book'] as const;
export type Grouping = (typeof GROUPINGS)[number];

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function groupExpression(groupBy: Grouping): SQL {
  if (groupBy === 'category') return sql`c.name`;
  if (groupBy === 'costCentre') return sql`coalesce(e.cost_centre, '(no cost centre)')`;
  if (groupBy === 'site') return sql`coalesce(site.name, '(no location)')`;
  return sql`'book'`;
}

const joins = sql`join categories c on c.id = e.category_id left join locations site on site.id = e.site_id`;

function scope(ctx: ActionContext): SQL {
  return scopeCondition(ctx, 'inventory.read', assets.locationId) ?? sql`true`;
}

interface SlowRow {
  key: string;
  profile_id: string;
  purchase_date: string;
  purchase_cost: string;
  disposed_on: string | null;
  disposal_accumulated: string | null;
  n: number;
}

/**
 * Accumulated depreciation (cents) summed per group at each date, for assets held: the database's
 * exact figure for proportional profiles, the engine's for the others. An asset disposed of stops
 * at its disposal's figure.
 */
async function accumulatedByGroup(
  s: Services,
  ctx: ActionContext,
  book: BookContext,
  dates: string[],
  groupBy: Grouping,
  where: SQL,
): Promise<Map<string, bigint[]>> {
  const shares = sharesValues(book, await purchaseDateRange(s.db), dates);
  const inner = assetsInBook(book, shares, dates.length, sql`${where} and ${scope(ctx)}`);
  const key = groupExpression(groupBy);
  const capped = (k: number) =>
    sql`case when e.disposed_on is not null and e.disposed_on <= ${dates[k]}::date then round(e.disposal_accumulated * 100) else e.${sql.raw(`acc${k}`)} end`;
  const sums = dates.map((_, k) => sql`sum(${capped(k)})::text as ${sql.raw(`s${k}`)}`);
  const fast = await reportRows<Record<string, string | null>>(
    s,
    sql`select ${key} as key, ${sql.join(sums, sql`, `)} from (${inner}) e ${joins}
        where e.acc0 is not null group by 1`,
  );
  const out = new Map<string, bigint[]>();
  for (const row of fast)
    out.set(
      row.key!,
      dates.map((_, k) => BigInt(row[`s${k}`] ?? '0')),
    );
  // Every profile proportional: the database has computed every figure already.
  if ([...book.profiles.values()].every((p) => p.proportional)) return out;
  const slow = await reportRows<SlowRow>(
    s,
    sql`select ${key} as key, e.profile_id, e.purchase_date::text, e.purchase_cost::text, e.disposed_on::text,
               e.disposal_accumulated::text, count(*)::int as n
        from (${inner}) e ${joins}
        where e.acc0 is null
        group by 1, 2, 3, 4, 5, 6`,
  );
  const engine = new EngineFallback(book, dates);
  for (const row of slow) {
    const values = engine.accumulated(row.profile_id, row.purchase_date, row.purchase_cost) ?? dates.map(() => 0);
    const sum = out.get(row.key) ?? dates.map(() => 0n);
    dates.forEach((date, k) => {
      const capped =
        row.disposed_on && row.disposed_on <= date
          ? (parseMoney(row.disposal_accumulated ?? '0') ?? 0n)
          : BigInt(values[k]!);
      sum[k] = sum[k]! + capped * BigInt(row.n);
    });
    out.set(row.key, sum);
  }
  return out;
}

export interface ExpenseRow {
  group: string;
  expense: string;
}

/** Depreciation expense from the start of `from` to the end of `to`, per group, in one book (or per book). */
export async function expenseReport(
  s: Services,
  ctx: ActionContext,
  input: { from: string; to: string; groupBy: Grouping; bookId?: string | undefined },
) {
  if (input.to < input.from) throw invalidInput('/query/to', 'The end of the period is before its start.');
  const dates = [dayBefore(input.from), input.to];
  const where = sql`${assets.purchaseDate} <= ${input.to}::date and ${assets.status} <> 'on_order'`;
  const books =
    input.groupBy === 'book'
      ? await Promise.all((await listBooks(s.db, false)).map((b) => loadBookContext(s.db, b.id)))
      : [await loadBookContext(s.db, input.bookId)];
  const rows: ExpenseRow[] = [];
  let total = 0n;
  for (const book of books) {
    const sums = await accumulatedByGroup(s, ctx, book, dates, input.groupBy, where);
    for (const [group, [start, end]] of sums) {
      const expense = end! - start!;
      total += expense;
      rows.push({ group: input.groupBy === 'book' ? book.book.name : group, expense: formatCents(expense) });
    }
  }
  rows.sort((a, b) => a.group.localeCompare(b.group));
  return {
    from: input.from,
    to: input.to,
    groupBy: input.groupBy,
    book: input.groupBy === 'book' ? null : { id: books[0]!.book.id, name: books[0]!.book.name },
    rows,
    total: formatCents(total),
  };
}

/** Expense per fiscal year for `years` fiscal years from the current one, per group, for assets still held. */
export async function forecastReport(
  s: Services,
  ctx: ActionContext,
  input: { years: number; groupBy: Exclude<Grouping, 'book'>; bookId?: string | undefined; today: string },
) {
  const book = await loadBookContext(s.db, input.bookId);
  const first = fiscalYearOfDate(input.today, book.fiscalYearStartMonth);
  const years = Array.from({ length: input.years }, (_, k) => ({
    fiscalYear: first + k,
    ...fiscalYearBounds(first + k, book.fiscalYearStartMonth),
  }));
  const dates = [dayBefore(years[0]!.start), ...years.map((y) => y.end)];
  const where = sql`${assets.status} not in ('disposed', 'lost', 'stolen', 'on_order')`;
  const sums = await accumulatedByGroup(s, ctx, book, dates, input.groupBy, where);
  const rows = [...sums]
    .map(([group, acc]) => ({
      group,
      expenses: years.map((_, k) => formatCents(acc[k + 1]! - acc[k]!)),
      total: formatCents(acc[acc.length - 1]! - acc[0]!),
    }))
    .sort((a, b) => a.group.localeCompare(b.group));
  const totals = years.map((_, k) => formatCents([...sums.values()].reduce((t, acc) => t + acc[k + 1]! - acc[k]!, 0n)));
  return {
    book: { id: book.book.id, name: book.book.name },
    groupBy: input.groupBy,
    years: years.map((y) => ({ fiscalYear: y.fiscalYear, start: y.start, end: y.end })),
    rows,
    totals,
  };
}
