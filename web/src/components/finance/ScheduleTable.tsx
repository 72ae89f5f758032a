/** An asset's depreciation schedule in one book: by fiscal year, or month by month. */
import { useState } from 'react';
import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { BookFigures } from '../../api/finance';
import { formatDay, formatMoney } from '../format';

export function ScheduleTable({ book, currency }: { book: BookFigures; currency: string | null }) {
  const [by, setBy] = useState<'year' | 'month'>('year');
  const money = (v: string) => formatMoney(v, currency);
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        w="fit-content"
        value={by}
        onChange={(v) => setBy(v as 'year' | 'month')}
        data={[
          { value: 'year', label: 'By fiscal year' },
          { value: 'month', label: 'By month' },
        ]}
        aria-label="Schedule period"
      />
      <Table.ScrollContainer minWidth={520} mah={420}>
        <Table striped highlightOnHover stickyHeader fz="sm" aria-label={`Schedule in the ${book.name} book`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{by === 'year' ? 'Fiscal year' : 'Month'}</Table.Th>
              {by === 'year' && <Table.Th ta="right">Opening value</Table.Th>}
              <Table.Th ta="right">Depreciation</Table.Th>
              <Table.Th ta="right">Accumulated</Table.Th>
              <Table.Th ta="right">Book value</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {by === 'year'
              ? book.fiscalYears.map((y) => (
                  <Table.Tr key={y.fiscalYear}>
                    <Table.Td>
                      FY {y.fiscalYear}{' '}
                      <Text span size="xs" c="dimmed">
                        ({formatDay(y.start)} – {formatDay(y.end)})
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{money(y.openingBookValue)}</Table.Td>
                    <Table.Td ta="right">{money(y.expense)}</Table.Td>
                    <Table.Td ta="right">{money(y.accumulated)}</Table.Td>
                    <Table.Td ta="right">{money(y.bookValue)}</Table.Td>
                  </Table.Tr>
                ))
              : book.periods.map((p) => (
                  <Table.Tr key={p.start}>
                    <Table.Td>
                      {p.start.slice(0, 7)}{' '}
                      <Text span size="xs" c="dimmed">
                        (FY {p.fiscalYear} P{p.fiscalPeriod})
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{money(p.expense)}</Table.Td>
                    <Table.Td ta="right">{money(p.accumulated)}</Table.Td>
                    <Table.Td ta="right">{money(p.bookValue)}</Table.Td>
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
