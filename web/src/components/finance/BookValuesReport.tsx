/** The book value register at a date: totals, the first rows, and the whole register as a file. */
import { useState } from 'react';
import { Group, Loader, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useBooks, useRegister } from '../../api/finance';
import { formatCount, formatMoney, today } from '../format';
import { SectionCard } from '../kit';
import { QueryError } from '../QueryError';
import { ExportButtons } from './ExportButtons';

const VALID = /^\d{4}-\d{2}-\d{2}$/;

export function BookPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const books = useBooks();
  return (
    <Select
      label="Book"
      w={200}
      placeholder="Default book"
      clearable
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      data={(books.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
    />
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="lg">
        {value}
      </Text>
    </Stack>
  );
}

export function BookValuesReport() {
  const [date, setDate] = useState(today());
  const [bookId, setBookId] = useState<string | undefined>();
  const valid = VALID.test(date);
  const register = useRegister(valid ? date : today(), bookId);
  return (
    <SectionCard
      title="Book value register"
      actions={<ExportButtons report="register" query={{ date: valid ? date : undefined, bookId }} />}
    >
      <Group mb="md" align="flex-end">
        <TextInput
          type="date"
          label="At the end of"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={valid ? undefined : 'A date such as 2026-12-31.'}
          w={180}
        />
        <BookPicker value={bookId} onChange={setBookId} />
      </Group>
      {register.isPending ? (
        <Loader size="sm" aria-label="Loading the register" />
      ) : register.isError ? (
        <QueryError error={register.error} />
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label="Assets held" value={formatCount(register.data.totals.assets)} />
            <Figure label="Cost" value={formatMoney(register.data.totals.cost, null)} />
            <Figure label="Accumulated depreciation" value={formatMoney(register.data.totals.accumulated, null)} />
            <Figure label="Book value" value={formatMoney(register.data.totals.bookValue, null)} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            The first {formatCount(register.data.rows.length)} assets; the CSV and XLSX files hold every asset.
          </Text>
          <Table.ScrollContainer minWidth={900} mah={480}>
            <Table striped stickyHeader fz="sm" aria-label="Book value register">
              <Table.Thead>
                <Table.Tr>
                  {register.data.columns.map((c, i) => (
                    <Table.Th key={c} ta={i >= 7 ? 'right' : undefined}>
                      {c}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {register.data.rows.map((r) => (
                  <Table.Tr key={r[0]}>
                    {r.map((v, i) => (
                      <Table.Td key={i} ta={i >= 7 ? 'right' : undefined}>
                        {i >= 7 ? formatMoney(v, null) : (v ?? '—')}
                      </Table.Td>
                    ))}
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
