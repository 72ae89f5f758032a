import { Anchor, Badge, EmptyState, Group, Loader, Switch, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconChartBar } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useStockLevels } from '../api/assets';
import type { StockLevel } from '../api/types';
import { CardList, CardListItem, Field } from '../components/CardList';
import { formatCount } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { LocationPicker } from '../components/pickers/LocationPicker';
import { CategoryPicker } from '../components/pickers/pickers';
import { QueryError } from '../components/QueryError';
import { STOCK_COLUMNS } from '../components/StockCounts';
import { useIsPhone } from '../components/useIsPhone';
import { useUrlFilters } from '../components/useUrlFilters';

const FILTERS = ['locationId', 'categoryId', 'below'] as const;

function BelowBadge() {
  return (
    <Badge color="red" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
      Below minimum
    </Badge>
  );
}

/** A count links to the assets behind it, with the same place (and below) and status. */
function CountLink({
  level,
  status,
  locationId,
}: {
  level: StockLevel;
  status: keyof StockLevel['counts'];
  locationId?: string | undefined;
}) {
  const n = level.counts[status];
  if (n === 0)
    return (
      <Text size="sm" c="dimmed">
        0
      </Text>
    );
  const params = new URLSearchParams({ modelId: level.model.id, status });
  if (locationId) params.set('locationId', locationId);
  return (
    <Anchor
      component={Link}
      to={`/assets?${params.toString()}`}
      size="sm"
      aria-label={`${formatCount(n)} ${level.model.name} ${status.replace('_', ' ')}`}
    >
      {formatCount(n)}
    </Anchor>
  );
}

export function StockLevelsPage() {
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const belowOnly = filters.below === '1';
  const stock = useStockLevels({
    locationId: filters.locationId,
    categoryId: filters.categoryId,
    belowMinimum: belowOnly,
  });
  const isPhone = useIsPhone();
  const items = stock.data?.items ?? [];
  const below = items.filter((l) => l.belowMinimum).length;

  return (
    <>
      <PageHeader
        title="Stock levels"
        description="Individually tracked models, counted per status over a location and everything below it. Models below their minimum come first."
      />
      <Group mb="md" gap="sm" align="flex-end">
        <LocationPicker
          label="Location (and below)"
          value={filters.locationId}
          onChange={(locationId) => setFilters({ locationId })}
          placeholder="Everywhere you may see"
          w={{ base: '100%', xs: 280 }}
        />
        <CategoryPicker
          value={filters.categoryId}
          onChange={(categoryId) => setFilters({ categoryId })}
          w={{ base: '100%', xs: 220 }}
        />
        <Switch
          label="Below minimum only"
          checked={belowOnly}
          onChange={(e) => setFilters({ below: e.currentTarget.checked ? '1' : null })}
          mb={8}
        />
      </Group>
      {stock.isPending ? (
        <Loader aria-label="Loading stock levels" />
      ) : stock.error ? (
        <QueryError error={stock.error} retry={stock.refetch} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconChartBar size={32} />}
          withIndicatorBackground
          title={belowOnly ? 'Nothing is below its minimum' : 'No stock to count here'}
          description={
            belowOnly
              ? 'Every model with a minimum has enough in stock. Set minimums on the models to be warned.'
              : 'Receive a delivery into a stockroom, or pick another location or category.'
          }
          mt="xl"
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {formatCount(items.length)} {items.length === 1 ? 'model' : 'models'}
            {below > 0 ? `, ${formatCount(below)} below minimum` : ''}
          </Text>
          {isPhone ? (
            <CardList label="Stock levels">
              {items.map((level) => (
                <CardListItem
                  key={level.model.id}
                  title={
                    <Anchor component={Link} to={`/catalogue/models/${level.model.id}`} fw={500} size="sm">
                      {level.model.name}
                    </Anchor>
                  }
                  badge={level.belowMinimum ? <BelowBadge /> : undefined}
                >
                  <Field label="Category">{level.model.categoryName}</Field>
                  {STOCK_COLUMNS.map(({ key, label }) => (
                    <Field key={key} label={label}>
                      <CountLink level={level} status={key} locationId={filters.locationId} />
                    </Field>
                  ))}
                  <Field label="Minimum">{level.minStock === null ? '—' : formatCount(level.minStock)}</Field>
                </CardListItem>
              ))}
            </CardList>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped highlightOnHover verticalSpacing="xs" fz="sm" aria-label="Stock levels">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Model</Table.Th>
                    <Table.Th>Category</Table.Th>
                    {STOCK_COLUMNS.map(({ key, label }) => (
                      <Table.Th key={key} ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {label}
                      </Table.Th>
                    ))}
                    <Table.Th ta="right">Minimum</Table.Th>
                    <Table.Th>
                      <Text span size="sm" fw={700}>
                        Flag
                      </Text>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((level) => (
                    <Table.Tr
                      key={level.model.id}
                      bg={level.belowMinimum ? 'var(--mantine-color-red-light)' : undefined}
                    >
                      <Table.Td>
                        <Anchor component={Link} to={`/catalogue/models/${level.model.id}`} fw={500} size="sm">
                          {level.model.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{level.model.categoryName}</Table.Td>
                      {STOCK_COLUMNS.map(({ key }) => (
                        <Table.Td key={key} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          <CountLink level={level} status={key} locationId={filters.locationId} />
                        </Table.Td>
                      ))}
                      <Table.Td ta="right">{level.minStock === null ? '—' : formatCount(level.minStock)}</Table.Td>
                      <Table.Td>{level.belowMinimum && <BelowBadge />}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </>
  );
}
