/**
 * Total cost of ownership per model or per category: what was paid for the assets, plus the costs
 * recorded against them (repairs, upgrades, licences, support; in each asset's own currency), less
 * what their disposals brought in. And write-offs: disposals in a period with their gain or loss against
 * book value, and assets lost, stolen or missing valued at their book value (the loss report's figure).
 */
import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/database.js';
import { assets } from '../../platform/db/registry-schema.js';
import { invalidInput } from '../../platform/http/errors.js';
import { scopeCondition } from '../locations/location-scope.js';
import { formatCents, parseMoney } from '../../domain/depreciation/index.js';
import { EngineFallback, loadBookContext, purchaseDateRange, sharesValues } from './book-context.js';
import { assetsInBook } from './report-sql.js';

const cents = (amount: string | null) =>
  amount === null ? 0n : (parseMoney(amount.replace(/^-/, '')) ?? 0n) * (amount.startsWith('-') ? -1n : 1n);

export async function tcoByModel(
  s: Services,
  ctx: ActionContext,
  input: { limit: number; groupBy?: 'model' | 'category' | undefined },
) {
  const book = await loadBookContext(s.db, undefined);
  const byCategory = input.groupBy === 'category';
  const total = sql`coalesce(sum(${assets.purchaseCost}), 0) + coalesce(sum(k.recorded), 0) - coalesce(sum(d.proceeds), 0)`;
  const rows = await queryRows<{
    model: string | null;
    category: string;
    assets: number;
    purchase: string;
    recorded: string;
    proceeds: string;
  }>(
    s.db,
    sql`select ${byCategory ? sql`null::text` : sql`m.name`} as model, c.name as category, count(*)::int as assets,
               coalesce(sum(${assets.purchaseCost}), 0)::text as purchase,
               coalesce(sum(k.recorded), 0)::text as recorded,
               coalesce(sum(d.proceeds), 0)::text as proceeds
        from ${assets}
        join models m on m.id = ${assets.modelId}
        join categories c on c.id = m.category_id
        left join asset_disposals d on d.asset_id = ${assets.id} and d.book_id = ${book.book.id}
        left join lateral (
          select sum(ac.amount) as recorded from asset_costs ac
          where ac.asset_id = ${assets.id}
            and (ac.currency is null or ${assets.currency} is null or ac.currency = ${assets.currency})
        ) k on true
        where ${scopeCondition(ctx, 'inventory.read', assets.locationId) ?? sql`true`}
        group by ${byCategory ? sql`c.id, c.name` : sql`m.id, m.name, c.name`}
        order by ${total} desc, ${byCategory ? sql`c.name` : sql`m.name`}
        limit ${input.limit}`,
  );
  return {
    groupBy: byCategory ? ('category' as const) : ('model' as const),
    rows: rows.map((r) => {
      const tco = cents(r.purchase) + cents(r.recorded) - cents(r.proceeds);
      return {
        model: r.model,
        category: r.category,
        assets: r.assets,
        purchase: formatCents(cents(r.purchase)),
        recordedCosts: formatCents(cents(r.recorded)),
        disposalProceeds: formatCents(cents(r.proceeds)),
        totalCost: formatCents(tco),
        perAsset: formatCents(r.assets > 0 ? tco / BigInt(r.assets) : 0n),
      };
    }),
  };
}

export async function writeOffsReport(
  s: Services,
  ctx: ActionContext,
  input: { from: string; to: string; bookId?: string | undefined; limit: number },
) {
  if (input.to < input.from) throw invalidInput('/query/to', 'The end of the period is before its start.');
  const book = await loadBookContext(s.db, input.bookId);
  const scope = scopeCondition(ctx, 'inventory.read', assets.locationId) ?? sql`true`;
  const disposals = await queryRows<{
    tag: string;
    model: string;
    disposedOn: string;
    cost: string;
    accumulated: string;
    bookValue: string;
    proceeds: string;
    gainLoss: string;
  }>(
    s.db,
    sql`select ${assets.tag} as tag, m.name as model, d.disposed_on::text as "disposedOn", d.cost::text as cost,
               d.accumulated::text as accumulated, d.book_value::text as "bookValue", d.proceeds::text as proceeds,
               d.gain_loss::text as "gainLoss"
        from asset_disposals d
        join ${assets} on ${assets.id} = d.asset_id
        join models m on m.id = ${assets.modelId}
        where d.book_id = ${book.book.id} and d.disposed_on between ${input.from}::date and ${input.to}::date and ${scope}
        order by d.disposed_on, ${assets.tag}`,
  );
  const dates = [input.to];
  const shares = sharesValues(book, await purchaseDateRange(s.db), dates);
  const engine = new EngineFallback(book, dates);
  const lostRows = await queryRows<Record<string, string | null>>(
    s.db,
    sql`select e.tag, m.name as model, e.status, e.purchase_date::text as purchase_date,
               e.purchase_cost::text as cost, e.acc0::text as acc, e.profile_id::text as profile_id
        from (${assetsInBook(book, shares, 1, sql`${assets.status} in ('lost', 'stolen', 'missing') and ${scope}`)}) e
        join models m on m.id = e.model_id
        order by e.status, lower(e.tag)`,
  );
  const losses = lostRows.map((r) => {
    const cost = cents(r.cost ?? null);
    let acc = r.acc ? BigInt(r.acc) : null;
    if (acc === null && r.profile_id && r.purchase_date && r.cost) {
      acc = BigInt(engine.accumulated(r.profile_id, r.purchase_date, r.cost)?.[0] ?? 0);
    }
    return {
      tag: r.tag!,
      model: r.model!,
      status: r.status!,
      cost: formatCents(cost),
      bookValue: formatCents(cost - (acc ?? 0n)),
    };
  });
  const sum = <T extends object>(list: T[], key: keyof T) =>
    formatCents(list.reduce((t, r) => t + cents((r[key] as string | null) ?? null), 0n));
  return {
    book: { id: book.book.id, name: book.book.name },
    from: input.from,
    to: input.to,
    disposals: disposals.slice(0, input.limit),
    disposalTotals: {
      assets: disposals.length,
      bookValue: sum(disposals, 'bookValue'),
      proceeds: sum(disposals, 'proceeds'),
      gainLoss: sum(disposals, 'gainLoss'),
    },
    losses: losses.slice(0, input.limit),
    lossTotals: { assets: losses.length, bookValue: sum(losses, 'bookValue') },
  };
}
