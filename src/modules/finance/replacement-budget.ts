/**
 * End of life and the replacement budget: the assets still in service whose expected life ends in
 * each of the next twelve quarters, and what replacing them costs (the model's current price, else
 * what the asset cost), per quarter, cost centre and category. Assets already past their end of
 * life count in the current quarter and are also reported as overdue. One grouped query.
 *
 * Expected life: the model's, else the life of the default book's fallback profile.
 */
import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { assets } from '../../platform/db/registry-schema.js';
import { scopeCondition } from '../locations/location-scope.js';
import { listBooks, findProfile } from './books-repository.js';
import { reportRows } from './book-context.js';
import { currentParameters } from './books-presenter.js';
import { addMonthsToDate, quarterStart } from './dates.js';
import { formatCents, parseMoney } from '../../domain/depreciation/index.js';

const cents_ = (amount: string) => parseMoney(amount) ?? 0n;

const IN_SERVICE = sql`('in_use', 'in_stock', 'in_repair', 'in_transit', 'missing')`;

export interface BudgetRow {
  quarter: string;
  costCentre: string;
  category: string;
  assets: number;
  amount: string;
  overdueAssets: number;
}

export async function replacementBudget(s: Services, ctx: ActionContext, input: { today: string; quarters?: number }) {
  const quarters = input.quarters ?? 12;
  const first = quarterStart(input.today);
  const starts = Array.from({ length: quarters }, (_, k) => addMonthsToDate(first, 3 * k));
  const end = addMonthsToDate(first, 3 * quarters);
  const defaultBook = (await listBooks(s.db, false)).find((b) => b.isDefault);
  const fallback = defaultBook?.fallbackProfileId ? await findProfile(s.db, defaultBook.fallbackProfileId) : undefined;
  const parameters = fallback ? currentParameters(fallback) : null;
  const defaultLife = parameters?.lifeMonths ?? (parameters?.macrsClass ? parameters.macrsClass * 12 : null);
  const rows = await reportRows<{
    quarter: string;
    cost_centre: string;
    category: string;
    assets: number;
    amount: string;
    overdue: number;
  }>(
    s,
    sql`
      select greatest(x.eol_quarter, ${first}::date)::text as quarter, x.cost_centre, x.category,
             count(*)::int as assets, coalesce(sum(x.price), 0)::text as amount,
             count(*) filter (where x.eol_quarter < ${first}::date)::int as overdue
      from (
        select date_trunc('quarter', ${assets.purchaseDate}
                 + make_interval(months => coalesce(m.expected_life_months, ${defaultLife}::int)))::date as eol_quarter,
               coalesce(${assets.costCentre}, pe.cost_centre, dp.cost_centre, '(no cost centre)') as cost_centre,
               c.name as category,
               coalesce(m.default_unit_cost, ${assets.purchaseCost}) as price
        from ${assets}
        join models m on m.id = ${assets.modelId}
        join categories c on c.id = ${assets.categoryId}
        left join people pe on pe.id = ${assets.assignedPersonId}
        left join departments dp on dp.id = pe.department_id
        where ${assets.status} in ${IN_SERVICE}
          and ${assets.purchaseDate} is not null
          and coalesce(m.expected_life_months, ${defaultLife}::int) is not null
          and ${scopeCondition(ctx, 'inventory.read', assets.locationId) ?? sql`true`}
      ) x
      where x.eol_quarter < ${end}::date
      group by 1, 2, 3
      order by 1, 2, 3`,
  );
  const label = (d: string) => `${d.slice(0, 4)} Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
  const byQuarter = starts.map((start) => {
    const inQuarter = rows.filter((r) => r.quarter === start);
    const cents = inQuarter.reduce((t, r) => t + cents_(r.amount), 0n);
    return {
      quarter: start,
      label: label(start),
      assets: inQuarter.reduce((t, r) => t + r.assets, 0),
      amount: formatCents(cents),
      byCategory: Object.fromEntries(
        [...new Set(inQuarter.map((r) => r.category))].map((category) => [
          category,
          formatCents(inQuarter.filter((r) => r.category === category).reduce((t, r) => t + cents_(r.amount), 0n)),
        ]),
      ),
    };
  });
  return {
    from: first,
    to: end,
    expectedLifeFallbackMonths: defaultLife,
    quarters: byQuarter,
    categories: [...new Set(rows.map((r) => r.category))].sort(),
    rows: rows.map((r): BudgetRow => ({
      quarter: label(r.quarter),
      costCentre: r.cost_centre,
      category: r.category,
      assets: r.assets,
      amount: r.amount,
      overdueAssets: r.overdue,
    })),
    overdue: {
      assets: rows.reduce((t, r) => t + r.overdue, 0),
    },
  };
}
