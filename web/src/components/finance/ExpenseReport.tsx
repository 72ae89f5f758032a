/** Depreciation expense for a period, and the forecast for the coming fiscal years (with a chart). */
import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Group, Loader, NumberInput, Select, Stack, Table, TextInput } from '@mantine/core';
import { useExpense, useForecast, type Grouping } from '../../api/finance';
import { formatMoney } from '../format';
import { SectionCard } from '../kit';
import { QueryError } from '../QueryError';
import { BookPicker } from './BookValuesReport';
import { ExportButtons } from './ExportButtons';

const GROUPS = [
  { value: 'category', label: 'Category' },
  { value: 'costCentre', label: 'Cost centre' },
  { value: 'site', label: 'Site' },
  { value: 'book', label: 'Book' },
];
const VALID = /^\d{4}-\d{2}-\d{2}$/;

export function ExpenseReport() {
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [groupBy, setGroupBy] = useState<Grouping>('category');
  const [bookId, setBookId] = useState<string | undefined>();
  const valid = VALID.test(from) && VALID.test(to) && from <= to;
  const expense = useExpense(from, to, groupBy, bookId, valid);
  return (
    <SectionCard
      title="Depreciation expense"
      actions={<ExportButtons report="expense" query={{ from, to, groupBy, bookId }} />}
    >
      <Group mb="md" align="flex-end">
        <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={170} />
        <TextInput
          type="date"
          label="To"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          w={170}
          error={valid ? undefined : 'The period ends before it starts.'}
        />
        <Select
          label="By"
          w={160}
          value={groupBy}
          onChange={(v) => setGroupBy((v ?? 'category') as Grouping)}
          data={GROUPS}
        />
        {groupBy !== 'book' && <BookPicker value={bookId} onChange={setBookId} />}
      </Group>
      {!valid ? null : expense.isPending ? (
        <Loader size="sm" aria-label="Loading the expense" />
      ) : expense.isError ? (
        <QueryError error={expense.error} />
      ) : (
        <Table striped fz="sm" aria-label="Depreciation expense">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{GROUPS.find((g) => g.value === groupBy)!.label}</Table.Th>
              <Table.Th ta="right">Expense</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {expense.data.rows.map((r) => (
              <Table.Tr key={r.group}>
                <Table.Td>{r.group}</Table.Td>
                <Table.Td ta="right">{formatMoney(r.expense, null)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>Total</Table.Th>
              <Table.Th ta="right">{formatMoney(expense.data.total, null)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </SectionCard>
  );
}

export function ForecastReport() {
  const [years, setYears] = useState(5);
  const [groupBy, setGroupBy] = useState<Exclude<Grouping, 'book'>>('category');
  const [bookId, setBookId] = useState<string | undefined>();
  const forecast = useForecast(years, groupBy, bookId);
  const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  return (
    <SectionCard
      title="Depreciation forecast"
      actions={<ExportButtons report="forecast" query={{ years, groupBy, bookId }} />}
    >
      <Group mb="md" align="flex-end">
        <NumberInput
          label="Fiscal years"
          min={1}
          max={30}
          w={120}
          value={years}
          onChange={(v) => setYears(Number(v) || 1)}
        />
        <Select
          label="By"
          w={160}
          value={groupBy}
          onChange={(v) => setGroupBy((v ?? 'category') as Exclude<Grouping, 'book'>)}
          data={GROUPS.filter((g) => g.value !== 'book')}
        />
        <BookPicker value={bookId} onChange={setBookId} />
      </Group>
      {forecast.isPending ? (
        <Loader size="sm" aria-label="Loading the forecast" />
      ) : forecast.isError ? (
        <QueryError error={forecast.error} />
      ) : (
        <Stack>
          <BarChart
            h={260}
            data={forecast.data.years.map((y, k) => ({
              year: `FY ${y.fiscalYear}`,
              Expense: Number(forecast.data.totals[k]),
            }))}
            dataKey="year"
            valueFormatter={(v) => money.format(v)}
            series={[{ name: 'Expense', color: 'blue.6' }]}
          />
          <Table.ScrollContainer minWidth={600}>
            <Table striped fz="sm" aria-label="Depreciation forecast">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{GROUPS.find((g) => g.value === groupBy)!.label}</Table.Th>
                  {forecast.data.years.map((y) => (
                    <Table.Th key={y.fiscalYear} ta="right">
                      FY {y.fiscalYear}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">Total</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {forecast.data.rows.map((r) => (
                  <Table.Tr key={r.group}>
                    <Table.Td>{r.group}</Table.Td>
                    {r.expenses.map((e, k) => (
                      <Table.Td key={k} ta="right">
                        {formatMoney(e, null)}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{formatMoney(r.total, null)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </SectionCard>
  );
}
