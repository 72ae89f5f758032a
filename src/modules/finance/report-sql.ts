/**
 * The assets of one book as a subquery the reports build on: each asset with the profile that
 * applies (its own, its model's, its category's, the book's fallback), its grouping keys (category,
 * cost centre, site), its disposal in this book, and its accumulated depreciation at each of the
 * report's dates computed in the database from the exact shares (null for assets whose profile is
 * not proportional: the caller computes those through the engine).
 *
 * The cost centre of an asset is its own, else its holder's (a person's own cost centre, else
 * their department's); assets with none of these have none.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { BookContext } from './book-context.js';

export function assetsInBook(ctx: BookContext, shares: SQL | null, dateCount: number, where: SQL = sql`true`): SQL {
  const bookId = ctx.book.id;
  const fallback = ctx.book.fallbackProfileId;
  const accumulated = Array.from({ length: dateCount }, (_, k) => {
    const n = sql.raw(`s.n${k}`);
    const d = sql.raw(`s.d${k}`);
    const zero = sql`e.purchase_cost is null or e.purchase_date is null or e.profile_id is null`;
    if (!shares) return sql`case when ${zero} then 0 end as ${sql.raw(`acc${k}`)}`;
    return sql`case
        when ${zero} then 0
        when s.profile_id is null then null
        else div(2 * greatest(e.purchase_cost * 100 - e.salvage_cents, 0) * ${n} + ${d}, 2 * ${d})
      end as ${sql.raw(`acc${k}`)}`;
  });
  return sql`
    select e.*, ${sql.join(accumulated, sql`, `)}
    from (
      select a.*,
             coalesce(
               round(a.purchase_cost * p.salvage_percent / 100, 2) * 100,
               p.salvage_amount * 100,
               0) as salvage_cents,
             (p.method <> 'macrs_gds' and p.convention = 'actual_days') as by_day,
             coalesce(a.own_cost_centre, pe.cost_centre, dp.cost_centre) as cost_centre,
             nullif(split_part(l.path, '/', 2), '')::uuid as site_id,
             d.disposed_on, d.accumulated as disposal_accumulated, d.book_value as disposal_book_value,
             d.proceeds as disposal_proceeds, d.gain_loss as disposal_gain_loss
      from (
        select assets.id, assets.tag, assets.status, assets.purchase_date, assets.purchase_cost, assets.model_id, assets.category_id,
               assets.location_id, assets.assigned_person_id, assets.cost_centre as own_cost_centre,
               coalesce(o.profile_id, m.profile_id, c.profile_id, ${fallback}::uuid) as profile_id
        from assets
        left join asset_depreciation_overrides o on o.asset_id = assets.id and o.book_id = ${bookId}
        left join depreciation_defaults m on m.book_id = ${bookId} and m.model_id = assets.model_id
        left join depreciation_defaults c on c.book_id = ${bookId} and c.category_id = assets.category_id
        where ${where}
      ) a
      left join depreciation_profiles p on p.id = a.profile_id
      left join people pe on pe.id = a.assigned_person_id
      left join departments dp on dp.id = pe.department_id
      left join locations l on l.id = a.location_id
      left join asset_disposals d on d.asset_id = a.id and d.book_id = ${bookId}
    ) e
    ${
      shares
        ? sql`left join (${shares}) s on s.profile_id = e.profile_id
              and s.key = case when e.by_day then e.purchase_date else date_trunc('month', e.purchase_date)::date end`
        : sql``
    }`;
}
