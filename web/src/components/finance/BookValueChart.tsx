/** Book value and accumulated depreciation over an asset's life in one book, month by month. */
import '@mantine/charts/styles.css';
import { AreaChart } from '@mantine/charts';
import type { BookFigures } from '../../api/finance';
import { chartNumber } from './finance-format';

export function BookValueChart({ book, currency }: { book: BookFigures; currency: string | null }) {
  const money = new Intl.NumberFormat(undefined, currency ? { style: 'currency', currency } : {});
  const data = book.periods.map((p) => ({
    month: p.end.slice(0, 7),
    'Book value': chartNumber(p.bookValue),
    'Accumulated depreciation': chartNumber(p.accumulated),
  }));
  return (
    <AreaChart
      h={260}
      data={data}
      dataKey="month"
      withLegend
      curveType="linear"
      valueFormatter={(v) => money.format(v)}
      series={[
        { name: 'Book value', color: 'teal.6' },
        { name: 'Accumulated depreciation', color: 'orange.6' },
      ]}
      aria-label={`Book value and accumulated depreciation in the ${book.name} book`}
    />
  );
}
