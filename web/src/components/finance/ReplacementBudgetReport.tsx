/**
 * End of life and the replacement budget: a stacked bar per quarter (by category) for the next three
 * years, and the table per quarter, cost centre and category.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Loader, Stack, Table, Text } from '@mantine/core';
import { useReplacementBudget } from '../../api/finance';
import { formatCount, formatMoney } from '../format';
import { SectionCard } from '../kit';
import { QueryError } from '../QueryError';
import { ExportButtons } from './ExportButtons';
import { sumMoney } from './finance-format';

const COLOURS = [
  'blue.6',
  'teal.6',
  'orange.6',
  'grape.6',
  'red.6',
  'cyan.6',
  'lime.7',
  'pink.6',
  'indigo.6',
  'yellow.7',
];

export function ReplacementBudgetReport() {
  const budget = useReplacementBudget();
  if (budget.isPending) return <Loader size="sm" aria-label="Loading the replacement budget" />;
  if (budget.isError) return <QueryError error={budget.error} />;
  const b = budget.data;
  const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  const data = b.quarters.map((q) => ({
    quarter: q.label,
    ...Object.fromEntries(b.categories.map((c) => [c, Number(q.byCategory[c] ?? '0')])),
  }));
  return (
    <Stack>
      <SectionCard
        title="Replacement budget per quarter"
        actions={<ExportButtons report="replacement-budget" query={{}} />}
      >
        <Text size="sm" c="dimmed" mb="sm">
          Assets in service whose expected life ends in each quarter, at the model’s current price (else what the asset
          cost).{' '}
          {b.overdue.assets > 0 &&
            `${formatCount(b.overdue.assets)} assets are already past their end of life: they count in the first quarter.`}
        </Text>
        {b.categories.length === 0 ? (
          <Alert color="gray">No asset in service reaches the end of its expected life in the next three years.</Alert>
        ) : (
          <BarChart
            h={320}
            data={data}
            dataKey="quarter"
            type="stacked"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            valueFormatter={(v) => money.format(v)}
            series={b.categories.map((c, i) => ({ name: c, color: COLOURS[i % COLOURS.length]! }))}
          />
        )}
      </SectionCard>
      <SectionCard title="Per quarter, cost centre and category">
        <Table.ScrollContainer minWidth={560} mah={480}>
          <Table striped stickyHeader fz="sm" aria-label="Replacement budget per quarter, cost centre and category">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Quarter</Table.Th>
                <Table.Th>Cost centre</Table.Th>
                <Table.Th>Category</Table.Th>
                <Table.Th ta="right">Assets</Table.Th>
                <Table.Th ta="right">Replacement cost</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.rows.map((r) => (
                <Table.Tr key={`${r.quarter}|${r.costCentre}|${r.category}`}>
                  <Table.Td>{r.quarter}</Table.Td>
                  <Table.Td>{r.costCentre}</Table.Td>
                  <Table.Td>{r.category}</Table.Td>
                  <Table.Td ta="right">
                    {formatCount(r.assets)}
                    {r.overdueAssets > 0 && (
                      <Text span size="xs" c="red" ml={4}>
                        ({formatCount(r.overdueAssets)} overdue)
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(r.amount, null)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={3}>Three years</Table.Th>
                <Table.Th ta="right">{formatCount(b.quarters.reduce((t, q) => t + q.assets, 0))}</Table.Th>
                <Table.Th ta="right">{formatMoney(sumMoney(b.quarters.map((q) => q.amount)), null)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>
    </Stack>
  );
}
