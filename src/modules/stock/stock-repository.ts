/**
 * Data access for the stock ledger. `changeBalance` is the only writer of `stock_balances`: it takes
 * the balance row's lock with the update itself, so of two concurrent issues the second waits, then
 * sees the first one's result and is refused when the stock no longer covers it.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.js';
import { stockBalances, stockMovements, stockPolicies, type MovementKind } from '../../platform/db/schema-all.js';

/** Adds `delta` to on hand; null when that would go below zero (nothing is changed then). */
export async function changeBalance(
  tx: Db,
  modelId: string,
  locationId: string,
  delta: number,
): Promise<number | null> {
  if (delta < 0) {
    const rows = await queryRows<{ on_hand: number }>(
      tx,
      sql`update stock_balances set on_hand = on_hand + ${delta}, updated_at = now()
          where model_id = ${modelId} and location_id = ${locationId} and on_hand + ${delta} >= 0
          returning on_hand`,
    );
    return rows[0] ? Number(rows[0].on_hand) : null;
  }
  const rows = await queryRows<{ on_hand: number }>(
    tx,
    sql`insert into stock_balances (model_id, location_id, on_hand) values (${modelId}, ${locationId}, ${delta})
        on conflict (model_id, location_id)
        do update set on_hand = stock_balances.on_hand + excluded.on_hand, updated_at = now()
        returning on_hand`,
  );
  return Number(rows[0]!.on_hand);
}

export async function onHand(db: Db, modelId: string, locationId: string): Promise<number> {
  const [row] = await db
    .select({ onHand: stockBalances.onHand })
    .from(stockBalances)
    .where(and(eq(stockBalances.modelId, modelId), eq(stockBalances.locationId, locationId)));
  return row?.onHand ?? 0;
}

export type NewMovement = typeof stockMovements.$inferInsert;

export async function insertMovements(tx: Db, rows: NewMovement[]) {
  return tx.insert(stockMovements).values(rows).returning();
}

export interface BalanceRow {
  model_id: string;
  model_name: string;
  category_name: string;
  location_id: string;
  location_code: string;
  location_name: string;
  on_hand: number;
  min_quantity: number | null;
  max_quantity: number | null;
  reorder_quantity: number | null;
  policy_version: number | null;
}

/**
 * On hand per model and location, with the policy there: every pair that has a balance or a policy,
 * filtered by `conditions` on `m` (models), `l` (locations) and `k` (the pair).
 */
export async function listBalances(
  db: Db,
  conditions: SQL[],
  limit: number,
  /** Only the rows after this one in the list's order (keyset paging, for exports). */
  after?: BalanceRow,
): Promise<BalanceRow[]> {
  const all = after
    ? [
        ...conditions,
        sql`(lower(m.name), l.code, k.model_id, k.location_id) > (lower(${after.model_name}), ${after.location_code}, ${after.model_id}::uuid, ${after.location_id}::uuid)`,
      ]
    : conditions;
  return queryRows<BalanceRow>(
    db,
    sql`with k as (
          select coalesce(b.model_id, p.model_id) as model_id, coalesce(b.location_id, p.location_id) as location_id,
                 coalesce(b.on_hand, 0) as on_hand, p.min_quantity, p.max_quantity, p.reorder_quantity,
                 p.version as policy_version
          from stock_balances b
          full join stock_policies p on p.model_id = b.model_id and p.location_id = b.location_id
        )
        select k.model_id, m.name as model_name, c.name as category_name, k.location_id, l.code as location_code,
               l.name as location_name, k.on_hand::int as on_hand, k.min_quantity, k.max_quantity,
               k.reorder_quantity, k.policy_version
        from k
        join models m on m.id = k.model_id
        join categories c on c.id = m.category_id
        join locations l on l.id = k.location_id
        where ${all.length ? sql.join(all, sql` and `) : sql`true`}
        order by lower(m.name), l.code, k.model_id, k.location_id
        limit ${limit}`,
  );
}

export interface MovementRow {
  id: number;
  group_id: string;
  occurred_at: Date | string;
  kind: MovementKind;
  model_id: string;
  model_name: string;
  location_id: string;
  location_code: string;
  location_name: string;
  quantity: number;
  balance_after: number;
  person_id: string | null;
  person_name: string | null;
  assigned_location_id: string | null;
  assigned_location_name: string | null;
  asset_id: string | null;
  asset_tag: string | null;
  counterpart_location_id: string | null;
  counterpart_location_name: string | null;
  reason: string | null;
  reference: string | null;
  notes: string | null;
  actor_label: string;
  source: string;
}

/** Movements newest first, with the names a reader needs, from before `beforeId` when paging. */
export async function listMovements(db: Db, conditions: SQL[], beforeId: number | undefined, limit: number) {
  const all = [...conditions];
  if (beforeId !== undefined) all.push(sql`v.id < ${beforeId}`);
  return queryRows<MovementRow>(
    db,
    sql`select v.id, v.group_id, v.occurred_at, v.kind, v.model_id, m.name as model_name, v.location_id,
               l.code as location_code, l.name as location_name, v.quantity, v.balance_after,
               v.person_id, p.name as person_name, v.assigned_location_id, al.name as assigned_location_name,
               v.asset_id, a.tag as asset_tag, v.counterpart_location_id, cl.name as counterpart_location_name,
               v.reason, v.reference, v.notes, v.actor_label, v.source
        from stock_movements v
        join models m on m.id = v.model_id
        join locations l on l.id = v.location_id
        left join people p on p.id = v.person_id
        left join locations al on al.id = v.assigned_location_id
        left join assets a on a.id = v.asset_id
        left join locations cl on cl.id = v.counterpart_location_id
        where ${all.length ? sql.join(all, sql` and `) : sql`true`}
        order by v.id desc
        limit ${limit + 1}`,
  );
}

export async function findPolicy(db: Db, modelId: string, locationId: string) {
  const [row] = await db
    .select()
    .from(stockPolicies)
    .where(and(eq(stockPolicies.modelId, modelId), eq(stockPolicies.locationId, locationId)));
  return row;
}
