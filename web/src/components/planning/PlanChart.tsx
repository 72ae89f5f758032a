import '@mantine/charts/styles.css';
import { CompositeChart } from '@mantine/charts';
import type { PlanDetail } from '../../api/types';

const monthName = (month: string) =>
  new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/**
 * History (bars), forecast with its interval at the service level (lines), projected on hand, and
 * the on-hand, reorder-point and stock-out markers: what a planner reads at a glance.
 */
export function PlanChart({ plan }: { plan: PlanDetail }) {
  const history = plan.history.slice(-24);
  const current = history.at(-1)?.month;
  const rows = [
    ...history.slice(0, -1).map((h) => ({ month: monthName(h.month), Demand: h.demand })),
    ...plan.forecast.map((f, i) => ({
      month: monthName(f.month),
      ...(i === 0 && current ? { Demand: history.at(-1)!.demand } : {}),
      Forecast: f.mean,
      'Interval low': f.low,
      'Interval high': f.high,
      'Projected on hand': f.projectedOnHand,
    })),
  ];
  const stockOutMonth = plan.predictedStockOut ? monthName(plan.predictedStockOut.slice(0, 7)) : null;
  return (
    <CompositeChart
      h={320}
      data={rows}
      dataKey="month"
      withLegend
      legendProps={{ verticalAlign: 'bottom', height: 56 }}
      maxBarWidth={24}
      curveType="linear"
      aria-label={`History and forecast of ${plan.model.name} at ${plan.location.name}`}
      series={[
        { name: 'Demand', color: 'blue.4', type: 'bar' },
        { name: 'Forecast', color: 'orange.7', type: 'line' },
        { name: 'Interval low', color: 'orange.3', type: 'line', strokeDasharray: '4 4' },
        { name: 'Interval high', color: 'orange.3', type: 'line', strokeDasharray: '4 4' },
        { name: 'Projected on hand', color: 'teal.6', type: 'line' },
      ]}
      referenceLines={[
        {
          y: plan.reorderPoint,
          label: `Reorder point ${plan.reorderPoint}`,
          color: 'red.6',
          ifOverflow: 'extendDomain',
        },
        { y: plan.onHand, label: `On hand ${plan.onHand}`, color: 'teal.8', ifOverflow: 'extendDomain' },
        ...(stockOutMonth ? [{ x: stockOutMonth, label: 'Stock-out', color: 'red.8' }] : []),
      ]}
    />
  );
}
