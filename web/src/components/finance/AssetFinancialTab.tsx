/**
 * The asset page's Financial tab: cost, age, expected end of life, the book value in every book at
 * a date, the total cost of ownership with the costs recorded against the asset, and for the
 * chosen book its schedule as a table and a chart.
 */
import { useState } from 'react';
import { Alert, Badge, Grid, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useAssetFinancials, type BookFigures } from '../../api/finance';
import { formatDay, formatMoney, today } from '../format';
import { DetailList, SectionCard } from '../kit';
import { QueryError } from '../QueryError';
import { BookValueChart } from './BookValueChart';
import { ScheduleTable } from './ScheduleTable';
import { AssetCostsCard } from './AssetCostsCard';
import { useSession } from '../session-context';
import { describeProfile, sourceLabel } from './finance-format';

function ageText(months: number | null): string | null {
  if (months === null) return null;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [];
  if (years) parts.push(`${years} year${years === 1 ? '' : 's'}`);
  if (rest || !years) parts.push(`${rest} month${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

function BookCard({ book, currency, date }: { book: BookFigures; currency: string | null; date: string }) {
  return (
    <SectionCard
      title={
        <Group gap="xs">
          {book.name}
          {book.isDefault && (
            <Badge size="sm" variant="light">
              default
            </Badge>
          )}
        </Group>
      }
    >
      {book.problem ? (
        <Text size="sm" c="dimmed">
          {book.problem}
        </Text>
      ) : (
        <Stack gap="xs">
          {book.profile && (
            <Text size="sm">
              {describeProfile(book.profile)}{' '}
              <Text span size="xs" c="dimmed">
                ({sourceLabel(book.source)})
              </Text>
            </Text>
          )}
          <DetailList
            labelWidth={150}
            rows={[
              [`Book value on ${formatDay(date)}`, <b key="bv">{formatMoney(book.bookValue, currency)}</b>],
              ['Accumulated depreciation', formatMoney(book.accumulated, currency)],
              ['Salvage value', formatMoney(book.salvage, currency)],
              ['Fully depreciated', book.fullyDepreciatedOn && formatDay(book.fullyDepreciatedOn)],
              [
                'Disposal',
                book.disposal &&
                  `${formatDay(book.disposal.disposedOn)}: proceeds ${formatMoney(book.disposal.proceeds, currency)}, book value ${formatMoney(book.disposal.bookValue, currency)}, ${Number(book.disposal.gainLoss) >= 0 ? 'gain' : 'loss'} ${formatMoney(book.disposal.gainLoss.replace('-', ''), currency)}`,
              ],
            ]}
          />
        </Stack>
      )}
    </SectionCard>
  );
}

export function AssetFinancialTab({ assetId }: { assetId: string }) {
  const [date, setDate] = useState(today());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const financials = useAssetFinancials(assetId, valid ? date : undefined);
  const [bookId, setBookId] = useState<string | null>(null);
  const { can } = useSession();
  if (financials.isPending) return <Loader size="sm" aria-label="Loading financial figures" />;
  if (financials.isError) return <QueryError error={financials.error} />;
  const f = financials.data;
  const withFigures = f.books.filter((b) => !b.problem);
  const chosen = withFigures.find((b) => b.bookId === bookId) ?? withFigures[0];
  return (
    <Stack>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <SectionCard title="Cost and life">
            <DetailList
              labelWidth={170}
              rows={[
                ['Cost', formatMoney(f.cost, f.currency)],
                ['Purchased', f.purchaseDate && formatDay(f.purchaseDate)],
                ['Age', ageText(f.ageMonths)],
                ['Expected life', f.expectedLifeMonths && `${f.expectedLifeMonths} months`],
                ['Expected end of life', f.expectedEndOfLife && formatDay(f.expectedEndOfLife)],
                ['Cost centre', f.costCentre],
                [
                  'Fiscal year starts',
                  new Date(2000, f.fiscalYearStartMonth - 1, 1).toLocaleString(undefined, { month: 'long' }),
                ],
              ]}
            />
            <TextInput
              mt="md"
              type="date"
              label="Book values at"
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={valid ? undefined : 'A date such as 2026-12-31.'}
              w={200}
            />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <SimpleGrid cols={{ base: 1, sm: f.books.length > 1 ? 2 : 1 }}>
            {f.books.map((b) => (
              <BookCard key={b.bookId} book={b} currency={f.currency} date={f.date} />
            ))}
          </SimpleGrid>
        </Grid.Col>
      </Grid>
      <AssetCostsCard assetId={assetId} canManage={can('inventory.manage')} />
      {chosen ? (
        <SectionCard
          title="Schedule"
          actions={
            withFigures.length > 1 && (
              <SegmentedControl
                size="xs"
                value={chosen.bookId}
                onChange={setBookId}
                data={withFigures.map((b) => ({ value: b.bookId, label: b.name }))}
                aria-label="Book"
              />
            )
          }
        >
          <Stack>
            <BookValueChart book={chosen} currency={f.currency} />
            <ScheduleTable book={chosen} currency={f.currency} />
          </Stack>
        </SectionCard>
      ) : (
        <Alert color="gray" title="No schedule">
          {f.books[0]?.problem ?? 'No book depreciates this asset.'} Record the purchase cost and date on the Purchase
          tab.
        </Alert>
      )}
    </Stack>
  );
}
