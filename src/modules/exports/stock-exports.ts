/**
 * Stock as tables: on hand per model and location, the movement ledger, and the planning list
 * (what needs stock), each with the filters, order and scope of its list. On hand takes the stock
 * import's column names.
 */
import type { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { listBalances, listMovements, type BalanceRow, type MovementRow } from '../stock/stock-repository.js';
import {
  balanceConditions,
  movementConditions,
  type balancesQuery,
  type movementsQuery,
} from '../stock/use-cases/read-stock.js';
import { listPlans, type plansQuery } from '../planning/use-cases/read-plans.js';
import type { PlanView } from '../planning/planning-presenter.js';
import { importHeader } from './import-headers.js';
import { inPages, keysetPages, yesNo, type Column, type ExportTable } from './tabular-export.js';

const header = (key: string) => importHeader('stock', key);

const BALANCE_COLUMNS: Column<BalanceRow>[] = [
  { header: header('name'), value: (b) => b.model_name },
  { header: header('category'), value: (b) => b.category_name },
  { header: header('location'), value: (b) => b.location_code },
  { header: 'Location name', value: (b) => b.location_name },
  { header: header('quantity'), value: (b) => Number(b.on_hand) },
  { header: header('minQuantity'), value: (b) => b.min_quantity },
  { header: 'Maximum quantity', value: (b) => b.max_quantity },
  { header: 'Reorder quantity', value: (b) => b.reorder_quantity },
];

export async function balanceTable(
  s: Services,
  ctx: ActionContext,
  q: Omit<z.output<typeof balancesQuery>, 'limit'>,
): Promise<ExportTable<BalanceRow>> {
  const conditions = await balanceConditions(s, ctx, q);
  return {
    name: 'stock-on-hand',
    sheet: 'Stock on hand',
    columns: BALANCE_COLUMNS,
    pages: keysetPages(
      // The list's query answers `limit` rows: ask for one more to know whether there is a next page.
      (cursor, limit) => listBalances(s.db, conditions, limit + 1, cursor?.[0] as BalanceRow | undefined),
      (b) => [b],
    ),
  };
}

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

const MOVEMENT_COLUMNS: Column<MovementRow>[] = [
  { header: 'Date', value: (m) => iso(m.occurred_at) },
  { header: 'Kind', value: (m) => m.kind },
  { header: 'Model', value: (m) => m.model_name },
  { header: 'Location code', value: (m) => m.location_code },
  { header: 'Location', value: (m) => m.location_name },
  { header: 'Quantity', value: (m) => Number(m.quantity) },
  { header: 'Balance after', value: (m) => Number(m.balance_after) },
  { header: 'Person', value: (m) => m.person_name },
  { header: 'Assigned location', value: (m) => m.assigned_location_name },
  { header: 'Asset tag', value: (m) => m.asset_tag },
  { header: 'Other location', value: (m) => m.counterpart_location_name },
  { header: 'Reason', value: (m) => m.reason },
  { header: 'Reference', value: (m) => m.reference },
  { header: 'Notes', value: (m) => m.notes },
  { header: 'By', value: (m) => m.actor_label },
  { header: 'Source', value: (m) => m.source },
];

export async function movementTable(
  s: Services,
  ctx: ActionContext,
  q: Omit<z.output<typeof movementsQuery>, 'limit' | 'cursor'>,
): Promise<ExportTable<MovementRow>> {
  const conditions = await movementConditions(s, ctx, q);
  return {
    name: 'stock-movements',
    sheet: 'Stock movements',
    columns: MOVEMENT_COLUMNS,
    pages: keysetPages(
      (cursor, limit) => listMovements(s.db, conditions, cursor ? Number(cursor[0]) : undefined, limit),
      (m) => [Number(m.id)],
    ),
  };
}

const PLAN_COLUMNS: Column<PlanView>[] = [
  { header: 'Model', value: (p) => p.model.name },
  { header: 'Tracking', value: (p) => p.model.tracking },
  { header: 'Location code', value: (p) => p.location.code },
  { header: 'Location', value: (p) => p.location.name },
  { header: 'On hand', value: (p) => p.onHand },
  { header: 'Minimum quantity', value: (p) => p.minQuantity },
  { header: 'Maximum quantity', value: (p) => p.maxQuantity },
  { header: 'Reorder point', value: (p) => p.reorderPoint },
  { header: 'Needs order', value: (p) => yesNo(p.needsOrder) },
  { header: 'Recommended order quantity', value: (p) => p.recommendedOrderQuantity },
  { header: 'Predicted stock-out', value: (p) => p.predictedStockOut },
  { header: 'Forecast per month', value: (p) => round(p.forecastPerMonth) },
  { header: 'Planned next 12 months', value: (p) => p.plannedNext12Months },
  { header: 'Safety stock', value: (p) => round(p.safetyStock) },
  { header: 'Supplier', value: (p) => p.supplier?.name ?? null },
  { header: 'Lead time (days)', value: (p) => p.leadTimeDays },
  { header: 'Alerts', value: (p) => p.alerts.join(' ') || null },
];

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The planning list, most urgent first. Plans are computed together (forecasts need every pair's
 * history), so this export holds the plans the list holds; only the writing is streamed.
 */
export async function planTable(
  s: Services,
  ctx: ActionContext,
  q: Omit<z.output<typeof plansQuery>, 'limit'>,
): Promise<ExportTable<PlanView>> {
  const { items } = await listPlans(s, ctx, { ...q, limit: Number.MAX_SAFE_INTEGER });
  return { name: 'planning', sheet: 'Planning', columns: PLAN_COLUMNS, pages: inPages(items) };
}
