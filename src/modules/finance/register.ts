/**
 * The book value register at a date: every asset held on that date (acquired by then, not yet
 * disposed of) with its cost, accumulated depreciation and book value in one book, streamed row by
 * row, with totals at the end. Figures are computed in the database for proportional profiles and
 * through the engine (memoised) for the others; both give the engine's cents.
 */
import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { assets } from '../../platform/db/registry-schema.js';
import { scopeCondition } from '../locations/location-scope.js';
import { formatCents, parseMoney } from '../../domain/depreciation/index.js';
import { EngineFallback, loadBookContext, purchaseDateRange, sharesValues } from './book-context.js';
import { assetsInBook } from './report-sql.js';
import { streamQuery } from './query-stream.js';

export const REGISTER_COLUMNS = [
  'Tag',
  'Model',
  'Category',
  'Cost centre',
  'Site',
  'Status',
  'Purchase date',
  'Cost',
  'Accumulated depreciation',
  'Book value',
] as const;

export interface RegisterTotals {
  assets: number;
  cost: string;
  accumulated: string;
  bookValue: string;
}

export async function streamRegister(
  s: Services,
  ctx: ActionContext,
  input: { bookId?: string | undefined; date: string },
  onRow: (row: (string | null)[]) => void | Promise<void>,
): Promise<{ book: { id: string; name: string }; totals: RegisterTotals }> {
  const book = await loadBookContext(s.db, input.bookId);
  const dates = [input.date];
  const shares = sharesValues(book, await purchaseDateRange(s.db), dates);
  const fallback = new EngineFallback(book, dates);
  const where = sql`(${assets.purchaseDate} is null or ${assets.purchaseDate} <= ${input.date}::date) and ${assets.status} <> 'on_order' and ${scopeCondition(ctx, 'inventory.read', assets.locationId) ?? sql`true`}`;
  const query = sql`
    select e.tag as c1, m.name as c2, c.name as c3, e.cost_centre as c4, site.name as c5, e.status as c6,
           e.purchase_date::text as c7, e.purchase_cost::text as c8, e.acc0::text as c9, e.profile_id::text as c10
    from (${assetsInBook(book, shares, 1, where)}) e
    join models m on m.id = e.model_id
    join categories c on c.id = e.category_id
    left join locations site on site.id = e.site_id
    where (e.disposed_on is null or e.disposed_on > ${input.date}::date)
      and not (e.status = 'disposed' and e.disposed_on is null)`;
  let count = 0;
  let cost = 0n;
  let accumulated = 0n;
  await streamQuery(s.database, query, async (r) => {
    const [tag, model, category, costCentre, site, status, purchaseDate, purchaseCost, acc, profileId] = r as [
      string,
      string,
      string,
      string | null,
      string | null,
      string,
      string | null,
      string | null,
      string | null,
      string | null,
    ];
    let accCents = acc === null ? null : BigInt(acc);
    if (accCents === null && profileId && purchaseDate && purchaseCost) {
      accCents = BigInt(fallback.accumulated(profileId, purchaseDate, purchaseCost)?.[0] ?? 0);
    }
    const costCents = purchaseCost === null ? 0n : (parseMoney(purchaseCost) ?? 0n);
    const accValue = accCents ?? 0n;
    count++;
    cost += costCents;
    accumulated += accValue;
    await onRow([
      tag,
      model,
      category,
      costCentre,
      site,
      status,
      purchaseDate,
      purchaseCost === null ? null : formatCents(costCents),
      formatCents(accValue),
      formatCents(costCents - accValue),
    ]);
  });
  return {
    book: { id: book.book.id, name: book.book.name },
    totals: {
      assets: count,
      cost: formatCents(cost),
      accumulated: formatCents(accumulated),
      bookValue: formatCents(cost - accumulated),
    },
  };
}
