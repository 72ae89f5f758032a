import { Anchor, Badge, EmptyState, Group, Loader, Select, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useStockMovements } from '../api/stock';
import type { StockMovement } from '../api/types';
import { formatCount, formatDateTime } from '../components/format';
import { LoadMore } from '../components/LoadMore';
import { PageHeader } from '../components/PageHeader';
import { ListExport } from '../components/ExportLinks';
import { LocationPicker } from '../components/pickers/LocationPicker';
import { ModelPicker } from '../components/pickers/pickers';
import { QueryError } from '../components/QueryError';
import { BackLink } from '../components/kit';
import { useUrlFilters } from '../components/useUrlFilters';

const FILTERS = ['locationId', 'modelId', 'kind'] as const;

const KIND_LABELS: Record<StockMovement['kind'], { label: string; color: string }> = {
  receive: { label: 'Received', color: 'green' },
  issue: { label: 'Issued', color: 'blue' },
  return: { label: 'Returned', color: 'teal' },
  transfer_out: { label: 'Transferred out', color: 'grape' },
  transfer_in: { label: 'Transferred in', color: 'grape' },
  adjust: { label: 'Adjusted', color: 'orange' },
  loss: { label: 'Lost', color: 'red' },
  damage: { label: 'Damaged', color: 'red' },
};

function party(m: StockMovement): string {
  if (m.issuedTo) return `${m.kind === 'return' ? 'from' : 'to'} ${m.issuedTo.label}`;
  if (m.counterpartLocation) return `${m.kind === 'transfer_in' ? 'from' : 'to'} ${m.counterpartLocation.name}`;
  return '';
}

/** The stock ledger, newest first: every movement with who did it and the balance after it. */
export function StockMovementsPage() {
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const movements = useStockMovements({
    locationId: filters.locationId,
    modelId: filters.modelId,
    kind: filters.kind as StockMovement['kind'] | undefined,
  });
  const items = movements.items;

  return (
    <>
      <BackLink to="/on-hand">Stock on hand</BackLink>
      <PageHeader
        title="Stock movements"
        description="The ledger of quantity-tracked stock: receipts, issues, returns, transfers, adjustments, losses and damage."
        actions={
          <ListExport
            list="stock-movements"
            query={{
              locationId: filters.locationId,
              modelId: filters.modelId,
              kind: filters.kind as StockMovement['kind'] | undefined,
            }}
          />
        }
      />
      <Group mb="md" gap="sm" align="flex-end">
        <LocationPicker
          label="Location (and below)"
          value={filters.locationId}
          onChange={(locationId) => setFilters({ locationId })}
          placeholder="Everywhere you may see"
          w={{ base: '100%', xs: 260 }}
        />
        <ModelPicker
          label="Model"
          tracking="quantity"
          value={filters.modelId}
          onChange={(modelId) => setFilters({ modelId })}
          placeholder="Every model"
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label="Movement"
          value={filters.kind ?? null}
          onChange={(kind) => setFilters({ kind })}
          data={Object.entries(KIND_LABELS).map(([value, k]) => ({ value, label: k.label }))}
          placeholder="Any"
          clearable
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      {movements.isPending ? (
        <Loader aria-label="Loading movements" />
      ) : movements.error ? (
        <QueryError error={movements.error} retry={movements.refetch} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconHistory size={32} />}
          withIndicatorBackground
          title="No movements"
          description="Receive, issue or transfer stock from the Stock on hand page; every movement appears here."
          mt="xl"
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" fz="sm" aria-label="Stock movements">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Movement</Table.Th>
                  <Table.Th>Model</Table.Th>
                  <Table.Th>Location</Table.Th>
                  <Table.Th ta="right">Change</Table.Th>
                  <Table.Th ta="right">Balance</Table.Th>
                  <Table.Th>To / from</Table.Th>
                  <Table.Th>Reason, reference</Table.Th>
                  <Table.Th>By</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.occurredAt)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={KIND_LABELS[m.kind].color} size="sm">
                        {KIND_LABELS[m.kind].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/on-hand?modelId=${m.model.id}`} size="sm">
                        {m.model.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{m.location.name}</Table.Td>
                    <Table.Td ta="right" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {m.quantity > 0 ? '+' : '−'}
                      {formatCount(Math.abs(m.quantity))}
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatCount(m.balanceAfter)}
                    </Table.Td>
                    <Table.Td>{party(m)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{[m.reason, m.reference].filter(Boolean).join(' · ')}</Text>
                      {m.notes && (
                        <Text size="xs" c="dimmed">
                          {m.notes}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{m.actor}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            hasNextPage={movements.hasNextPage}
            isFetchingNextPage={movements.isFetchingNextPage}
            fetchNextPage={movements.fetchNextPage}
          />
        </>
      )}
    </>
  );
}
