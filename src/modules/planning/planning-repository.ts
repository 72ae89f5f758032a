/**
 * What planning reads: the model and location pairs to plan, their demand history (stock issues,
 * write-offs and returns from the ledger; check-outs from stock and check-ins of individually tracked
 * assets from their events), and the demand already known to come (new hires' kits, assets reaching
 * the end of their expected life). `where` conditions use `m` (models) and `l` (locations).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.js';

const all = (conditions: SQL[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);

export interface PairRow {
  model_id: string;
  model_name: string;
  tracking: 'individual' | 'quantity';
  location_id: string;
  location_code: string;
  location_name: string;
  location_path: string;
  on_hand: number;
  min_quantity: number | null;
  max_quantity: number | null;
  reorder_quantity: number | null;
  model_lead_time_days: number | null;
  supplier_id: string | null;
  supplier_name: string | null;
  supplier_lead_time_days: number | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Every pair with stock, a policy, or demand since `since`: quantity-tracked stock from the balances
 * (every movement keeps a balance row, at zero too), individually tracked stock as the assets in
 * stock there or check-outs from there (deployments in the demand table).
 */
export async function planningPairs(db: Db, since: Date, conditions: SQL[]): Promise<PairRow[]> {
  return queryRows<PairRow>(
    db,
    sql`with pairs as (
          select model_id, location_id from stock_balances
          union select model_id, location_id from stock_policies
          union select model_id, location_id from asset_counts where status = 'in_stock' and count > 0
          union select model_id, location_id from demand_months where bucket >= ${day(since)}::date
            group by model_id, location_id having sum(deployed) > 0
        )
        select m.id as model_id, m.name as model_name, m.tracking, l.id as location_id, l.code as location_code,
               l.name as location_name, l.path as location_path,
               case when m.tracking = 'quantity'
                 then coalesce((select b.on_hand from stock_balances b
                                where b.model_id = p.model_id and b.location_id = p.location_id), 0)
                 else coalesce((select sum(c.count) from asset_counts c where c.model_id = p.model_id
                                and c.location_id = p.location_id and c.status = 'in_stock'), 0)
               end::int as on_hand,
               sp.min_quantity, sp.max_quantity, sp.reorder_quantity,
               ms.lead_time_days as model_lead_time_days, su.id as supplier_id, su.name as supplier_name,
               su.default_lead_time_days as supplier_lead_time_days
        from pairs p
        join models m on m.id = p.model_id
        join locations l on l.id = p.location_id
        left join stock_policies sp on sp.model_id = p.model_id and sp.location_id = p.location_id
        left join model_supply ms on ms.model_id = p.model_id
        left join suppliers su on su.id = ms.supplier_id
        where m.archived_at is null and l.archived_at is null and ${all(conditions)}`,
  );
}

/**
 * Per pair and period: demand by origin. A period appears once the pair has any activity in it (a
 * receipt, a transfer, an adjustment, an asset received into stock), which is where its history starts.
 * Read from `demand_months` / `demand_weeks`, which triggers keep with every movement and asset event
 * (the ledger aggregate they replace is spelled out in `demand-periods.int.test.ts`).
 */
export interface DemandRow {
  model_id: string;
  location_id: string;
  /** First day of the month or the ISO week (Monday). */
  bucket: string;
  issued: number;
  written_off: number;
  deployed: number;
  returned: number;
}

/** `since` is the first day of a period (a month's first day, a Monday), in UTC. */
export async function demandHistory(
  db: Db,
  unit: 'month' | 'week',
  since: Date,
  conditions: SQL[],
): Promise<DemandRow[]> {
  const table = sql.raw(unit === 'month' ? 'demand_months' : 'demand_weeks');
  return queryRows<DemandRow>(
    db,
    sql`select g.model_id, g.location_id, to_char(g.bucket, 'YYYY-MM-DD') as bucket, g.issued, g.written_off,
               g.deployed, g.returned
        from (
          select d.model_id, d.location_id, d.bucket, sum(d.issued)::int as issued,
                 sum(d.written_off)::int as written_off, sum(d.deployed)::int as deployed,
                 sum(d.returned)::int as returned
          from ${table} d
          where d.bucket >= ${day(since)}::date
          group by 1, 2, 3
          having sum(d.activity) > 0
        ) g
        join models m on m.id = g.model_id
        join locations l on l.id = g.location_id
        where ${all(conditions)}`,
  );
}

/** One pair's monthly demand as parallel arrays (one row per pair, not per month: far less to transfer). */
export interface MonthlyDemandRow {
  model_id: string;
  location_id: string;
  /** Month indexes (year x 12 + month - 1), ascending. */
  months: number[];
  issued: number[];
  written_off: number[];
  deployed: number[];
  returned: number[];
}

/** The same figures as `demandHistory(db, 'month', ...)`, grouped per pair. */
export async function monthlyDemandByPair(db: Db, since: Date, conditions: SQL[]): Promise<MonthlyDemandRow[]> {
  return queryRows<MonthlyDemandRow>(
    db,
    sql`select g.model_id, g.location_id, array_agg(g.month order by g.month) as months,
               array_agg(g.issued order by g.month) as issued, array_agg(g.written_off order by g.month) as written_off,
               array_agg(g.deployed order by g.month) as deployed, array_agg(g.returned order by g.month) as returned
        from (
          select d.model_id, d.location_id,
                 (extract(year from d.bucket) * 12 + extract(month from d.bucket) - 1)::int as month,
                 sum(d.issued)::int as issued, sum(d.written_off)::int as written_off,
                 sum(d.deployed)::int as deployed, sum(d.returned)::int as returned
          from demand_months d
          where d.bucket >= ${day(since)}::date
          group by d.model_id, d.location_id, d.bucket
          having sum(d.activity) > 0
        ) g
        join models m on m.id = g.model_id
        join locations l on l.id = g.location_id
        where ${all(conditions)}
        group by g.model_id, g.location_id`,
  );
}

export interface PlannedRow {
  source: 'new_hire' | 'end_of_life';
  model_id: string;
  model_name: string;
  tracking: 'individual' | 'quantity';
  quantity: number;
  /** When it is needed: the start date, or the end of expected life. */
  due: string;
  /** Where the person or asset is (path), to find the stock location that serves them. */
  path: string | null;
  subject_id: string;
  subject_label: string;
}

/**
 * Known demand between today and `until`: each future joiner times their kit (the larger quantity
 * where their department's kit and their job title's kit both list a model), and each asset in use
 * whose expected life ends (a replacement of the same model).
 */
export async function plannedDemand(db: Db, until: string): Promise<PlannedRow[]> {
  return queryRows<PlannedRow>(
    db,
    sql`select 'new_hire' as source, k.model_id, m.name as model_name, m.tracking, max(k.quantity)::int as quantity,
               to_char(p.start_date, 'YYYY-MM-DD') as due, l.path, p.id as subject_id, p.name as subject_label
        from people p
        join kit_items k on k.department_id = p.department_id
                         or (k.job_title is not null and lower(k.job_title) = lower(p.job_title))
        join models m on m.id = k.model_id and m.archived_at is null
        left join locations l on l.id = p.location_id
        where p.start_date > current_date and p.start_date <= ${until}::date and p.status <> 'left'
        group by k.model_id, m.name, m.tracking, p.start_date, l.path, p.id, p.name
        union all
        select 'end_of_life', a.model_id, m.name, m.tracking, 1,
               to_char(a.purchase_date + make_interval(months => m.expected_life_months), 'YYYY-MM-DD'),
               l.path, a.id, a.tag
        from assets a
        join models m on m.id = a.model_id and m.archived_at is null
        left join locations l on l.id = a.location_id
        where a.status = 'in_use' and a.purchase_date is not null and m.expected_life_months is not null
          and a.purchase_date + make_interval(months => m.expected_life_months) > current_date
          and a.purchase_date + make_interval(months => m.expected_life_months) <= ${until}::date`,
  );
}

/** Stockrooms (by path) in scope: where known demand for a model nobody stocks yet is placed. */
export async function stockrooms(db: Db, conditions: SQL[]) {
  return queryRows<{ id: string; code: string; name: string; path: string }>(
    db,
    sql`select l.id, l.code, l.name, l.path from locations l
        where l.kind = 'stockroom' and l.archived_at is null and ${all(conditions)}
        order by l.code`,
  );
}
