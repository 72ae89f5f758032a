import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Menu,
  Switch,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconAdjustments, IconAlertTriangle, IconDots, IconHistory, IconPackages, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useStockBalances } from '../api/stock';
import type { StockBalance } from '../api/types';
import { formatCount } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { ListExport } from '../components/ExportLinks';
import { LocationPicker } from '../components/pickers/LocationPicker';
import { ModelPicker } from '../components/pickers/pickers';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';
import {
  MOVEMENT_LABELS,
  MovementModal,
  type MovementKind,
  type MovementPreset,
} from '../components/stock/MovementModal';
import { PolicyModal } from '../components/stock/PolicyModal';
import { useUrlFilters } from '../components/useUrlFilters';

const FILTERS = ['locationId', 'modelId', 'below'] as const;
const ROW_MOVEMENTS: MovementKind[] = ['issue', 'return', 'transfer', 'adjust', 'receive', 'loss', 'damage'];

function level(n: number | null) {
  return n === null ? '—' : formatCount(n);
}

/**
 * Quantity-tracked stock (cables, toner, spares) on hand per model and location: a location and
 * everything below it, or one model everywhere, with the forms to issue, return, transfer and adjust.
 */
export function StockOnHandPage() {
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const belowOnly = filters.below === '1';
  const stock = useStockBalances({ locationId: filters.locationId, modelId: filters.modelId, belowMinimum: belowOnly });
  const { can } = useSession();
  const write = can('inventory.write');
  const manage = can('inventory.manage');
  const [movement, setMovement] = useState<MovementPreset | null>(null);
  const [policy, setPolicy] = useState<StockBalance | null>(null);
  const items = stock.data?.items ?? [];
  const below = items.filter((b) => b.belowMinimum).length;
  const historyLink = (b?: StockBalance) => {
    const params = new URLSearchParams();
    const modelId = b?.model.id ?? filters.modelId;
    const locationId = b?.location.id ?? filters.locationId;
    if (modelId) params.set('modelId', modelId);
    if (locationId) params.set('locationId', locationId);
    return `/on-hand/movements?${params.toString()}`;
  };

  return (
    <>
      <PageHeader
        title="Stock on hand"
        description="Quantity-tracked models (consumables, cables, spares) per location. On hand is the sum of the movements; nothing is edited in place."
        actions={
          <>
            <ListExport
              list="stock"
              query={{
                locationId: filters.locationId,
                modelId: filters.modelId,
                belowMinimum: belowOnly ? 'true' : undefined,
              }}
            />
            <Button variant="default" component={Link} to={historyLink()} leftSection={<IconHistory size={16} />}>
              Movements
            </Button>
            {write && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() =>
                  setMovement({ kind: 'receive', modelId: filters.modelId, locationId: filters.locationId })
                }
              >
                Record a movement
              </Button>
            )}
          </>
        }
      />
      <Group mb="md" gap="sm" align="flex-end">
        <LocationPicker
          label="Location (and below)"
          value={filters.locationId}
          onChange={(locationId) => setFilters({ locationId })}
          placeholder="Everywhere you may see"
          w={{ base: '100%', xs: 280 }}
        />
        <ModelPicker
          label="Model"
          tracking="quantity"
          value={filters.modelId}
          onChange={(modelId) => setFilters({ modelId })}
          placeholder="Every model"
          w={{ base: '100%', xs: 280 }}
        />
        <Switch
          label="Below minimum only"
          checked={belowOnly}
          onChange={(e) => setFilters({ below: e.currentTarget.checked ? '1' : null })}
          mb={8}
        />
      </Group>
      {stock.isPending ? (
        <Loader aria-label="Loading stock" />
      ) : stock.error ? (
        <QueryError error={stock.error} retry={stock.refetch} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconPackages size={32} />}
          withIndicatorBackground
          title={belowOnly ? 'Nothing is below its minimum' : 'No stock here yet'}
          description={
            belowOnly
              ? 'Every location with a minimum has enough. Set minimums from a row’s menu to be warned.'
              : 'Receive a delivery of a quantity-tracked model into a stockroom to start its ledger.'
          }
          mt="xl"
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {formatCount(stock.data.totalOnHand)} on hand in {formatCount(items.length)}{' '}
            {items.length === 1 ? 'place' : 'model and location pairs'}
            {below > 0 ? `, ${formatCount(below)} below minimum` : ''}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="xs" fz="sm" aria-label="Stock on hand">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Model</Table.Th>
                  <Table.Th>Location</Table.Th>
                  <Table.Th ta="right">On hand</Table.Th>
                  <Table.Th ta="right">Minimum</Table.Th>
                  <Table.Th ta="right">Maximum</Table.Th>
                  <Table.Th ta="right">Reorder qty</Table.Th>
                  <Table.Th>Flag</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((b) => (
                  <Table.Tr
                    key={`${b.model.id}@${b.location.id}`}
                    bg={b.belowMinimum ? 'var(--mantine-color-red-light)' : undefined}
                  >
                    <Table.Td>
                      <Anchor component={Link} to={`/on-hand?modelId=${b.model.id}`} fw={500} size="sm">
                        {b.model.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {b.model.categoryName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/on-hand?locationId=${b.location.id}`} size="sm">
                        {b.location.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {b.location.code}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatCount(b.onHand)}
                    </Table.Td>
                    <Table.Td ta="right">{level(b.minQuantity)}</Table.Td>
                    <Table.Td ta="right">{level(b.maxQuantity)}</Table.Td>
                    <Table.Td ta="right">{level(b.reorderQuantity)}</Table.Td>
                    <Table.Td>
                      {b.belowMinimum && (
                        <Badge
                          color="red"
                          variant="light"
                          size="sm"
                          leftSection={<IconAlertTriangle size={12} aria-hidden />}
                        >
                          Below minimum
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {write && (
                          <Button
                            size="compact-xs"
                            variant="light"
                            onClick={() =>
                              setMovement({
                                kind: 'issue',
                                modelId: b.model.id,
                                locationId: b.location.id,
                                onHand: b.onHand,
                              })
                            }
                            aria-label={`Issue ${b.model.name} from ${b.location.name}`}
                          >
                            Issue
                          </Button>
                        )}
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon variant="subtle" aria-label={`More for ${b.model.name} at ${b.location.name}`}>
                              <IconDots size={16} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {write &&
                              ROW_MOVEMENTS.filter((k) => k !== 'issue').map((k) => (
                                <Menu.Item
                                  key={k}
                                  onClick={() =>
                                    setMovement({
                                      kind: k,
                                      modelId: b.model.id,
                                      locationId: b.location.id,
                                      onHand: b.onHand,
                                    })
                                  }
                                >
                                  {MOVEMENT_LABELS[k].title}
                                </Menu.Item>
                              ))}
                            {manage && (
                              <Menu.Item leftSection={<IconAdjustments size={14} />} onClick={() => setPolicy(b)}>
                                Minimum and maximum
                              </Menu.Item>
                            )}
                            <Menu.Item leftSection={<IconHistory size={14} />} component={Link} to={historyLink(b)}>
                              Movement history
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {movement && <MovementModal preset={movement} onClose={() => setMovement(null)} />}
      {policy && <PolicyModal balance={policy} onClose={() => setPolicy(null)} />}
    </>
  );
}
