/** Write-offs in a period (gain or loss against book value) and losses valued at book value; TCO per model. */
import { useState } from 'react';
import { Group, Loader, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTco, useWriteOffs } from '../../api/finance';
import { formatCount, formatDay, formatMoney, today } from '../format';
import { SectionCard } from '../kit';
import { QueryError } from '../QueryError';
import { BookPicker } from './BookValuesReport';
import { ExportButtons } from './ExportButtons';

const VALID = /^\d{4}-\d{2}-\d{2}$/;

export function WriteOffsReport() {
  const [from, setFrom] = useState(`${new Date().getFullYear()}-01-01`);
  const [to, setTo] = useState(today());
  const [bookId, setBookId] = useState<string | undefined>();
  const valid = VALID.test(from) && VALID.test(to) && from <= to;
  const report = useWriteOffs(from, to, bookId, valid);
  return (
    <SectionCard
      title="Write-offs and losses"
      actions={<ExportButtons report="write-offs" query={{ from, to, bookId }} />}
    >
      <Group mb="md" align="flex-end">
        <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={170} />
        <TextInput type="date" label="To" value={to} onChange={(e) => setTo(e.currentTarget.value)} w={170} />
        <BookPicker value={bookId} onChange={setBookId} />
      </Group>
      {!valid ? null : report.isPending ? (
        <Loader size="sm" aria-label="Loading write-offs" />
      ) : report.isError ? (
        <QueryError error={report.error} />
      ) : (
        <Stack>
          <Text size="sm">
            {formatCount(report.data.disposalTotals.assets)} disposals: book value{' '}
            {formatMoney(report.data.disposalTotals.bookValue, null)}, proceeds{' '}
            {formatMoney(report.data.disposalTotals.proceeds, null)}, net{' '}
            {report.data.disposalTotals.gainLoss.startsWith('-') ? 'loss' : 'gain'}{' '}
            {formatMoney(report.data.disposalTotals.gainLoss.replace('-', ''), null)}.{' '}
            {formatCount(report.data.lossTotals.assets)} assets lost, stolen or missing, at book value{' '}
            {formatMoney(report.data.lossTotals.bookValue, null)}.
          </Text>
          <Table.ScrollContainer minWidth={700} mah={420}>
            <Table striped stickyHeader fz="sm" aria-label="Write-offs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Tag</Table.Th>
                  <Table.Th>Model</Table.Th>
                  <Table.Th>Disposed or status</Table.Th>
                  <Table.Th ta="right">Book value</Table.Th>
                  <Table.Th ta="right">Proceeds</Table.Th>
                  <Table.Th ta="right">Gain or loss</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.data.disposals.map((d) => (
                  <Table.Tr key={`d-${d.tag}`}>
                    <Table.Td>{d.tag}</Table.Td>
                    <Table.Td>{d.model}</Table.Td>
                    <Table.Td>{formatDay(d.disposedOn)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(d.bookValue, null)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(d.proceeds, null)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(d.gainLoss, null)}</Table.Td>
                  </Table.Tr>
                ))}
                {report.data.losses.map((l) => (
                  <Table.Tr key={`l-${l.tag}`}>
                    <Table.Td>{l.tag}</Table.Td>
                    <Table.Td>{l.model}</Table.Td>
                    <Table.Td>{l.status}</Table.Td>
                    <Table.Td ta="right">{formatMoney(l.bookValue, null)}</Table.Td>
                    <Table.Td ta="right">—</Table.Td>
                    <Table.Td ta="right">{formatMoney(`-${l.bookValue}`.replace('--', ''), null)}</Table.Td>
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

export function TcoReport() {
  const [groupBy, setGroupBy] = useState<'model' | 'category'>('model');
  const tco = useTco(groupBy);
  return (
    <SectionCard
      title={`Total cost of ownership per ${groupBy}`}
      actions={
        <>
          <SegmentedControl
            size="xs"
            value={groupBy}
            onChange={(v) => setGroupBy(v as 'model' | 'category')}
            data={[
              { value: 'model', label: 'Per model' },
              { value: 'category', label: 'Per category' },
            ]}
            aria-label="Group by"
          />
          <ExportButtons report="tco" query={{ groupBy }} />
        </>
      }
    >
      <Text size="sm" c="dimmed" mb="sm">
        What was paid for the assets, plus the repairs, upgrades, licences and support recorded against them, less what
        their disposals brought in.
      </Text>
      {tco.isPending ? (
        <Loader size="sm" aria-label="Loading total cost of ownership" />
      ) : tco.isError ? (
        <QueryError error={tco.error} />
      ) : (
        <Table.ScrollContainer minWidth={700} mah={480}>
          <Table striped stickyHeader fz="sm" aria-label={`Total cost of ownership per ${groupBy}`}>
            <Table.Thead>
              <Table.Tr>
                {groupBy === 'model' && <Table.Th>Model</Table.Th>}
                <Table.Th>Category</Table.Th>
                <Table.Th ta="right">Assets</Table.Th>
                <Table.Th ta="right">Purchase</Table.Th>
                <Table.Th ta="right">Recorded costs</Table.Th>
                <Table.Th ta="right">Disposal proceeds</Table.Th>
                <Table.Th ta="right">Total cost</Table.Th>
                <Table.Th ta="right">Per asset</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tco.data.rows.map((r) => (
                <Table.Tr key={`${r.model}|${r.category}`}>
                  {groupBy === 'model' && <Table.Td>{r.model}</Table.Td>}
                  <Table.Td>{r.category}</Table.Td>
                  <Table.Td ta="right">{formatCount(r.assets)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(r.purchase, null)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(r.recordedCosts, null)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(r.disposalProceeds, null)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(r.totalCost, null)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(r.perAsset, null)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
