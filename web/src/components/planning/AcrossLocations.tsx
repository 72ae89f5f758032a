/**
 * One model across the location tree: totals per site, building and stockroom (each location's
 * subtree summed), and the transfers that would cover a shortfall from another location's surplus.
 */
import { Anchor, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useRollup, useTransfers } from '../../api/planning';
import { formatCount } from '../format';
import { QueryError } from '../QueryError';

const number = (n: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(n);

export function AcrossLocations({ modelId, modelName }: { modelId: string; modelName: string }) {
  const rollup = useRollup(modelId);
  const transfers = useTransfers(modelId);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="md">
      <section aria-label={`${modelName} across locations`}>
        <Title order={3} fz="h5" mb={4}>
          Across locations
        </Title>
        {rollup.isPending ? (
          <Loader size="sm" aria-label="Loading the totals" />
        ) : rollup.error ? (
          <QueryError error={rollup.error} retry={rollup.refetch} />
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing={4} fz="sm" aria-label={`Totals of ${modelName} by location`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Location (with everything below)</Table.Th>
                  <Table.Th ta="right">On hand</Table.Th>
                  <Table.Th ta="right">Per month</Table.Th>
                  <Table.Th ta="right">Reorder point</Table.Th>
                  <Table.Th ta="right">To order</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rollup.data.items.map((r) => (
                  <Table.Tr key={r.location.id}>
                    <Table.Td style={{ paddingLeft: `calc(${r.location.depth} * 1rem + 0.5rem)` }}>
                      <Anchor
                        component={Link}
                        to={`/planning?locationId=${r.location.id}&modelId=${modelId}`}
                        size="sm"
                      >
                        {r.location.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(r.onHand)}</Table.Td>
                    <Table.Td ta="right">{number(r.forecastPerMonth)}</Table.Td>
                    <Table.Td ta="right">{formatCount(r.reorderPoint)}</Table.Td>
                    <Table.Td ta="right">
                      {r.recommendedOrderQuantity > 0 ? formatCount(r.recommendedOrderQuantity) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      <section aria-label={`Transfer suggestions for ${modelName}`}>
        <Title order={3} fz="h5" mb={4}>
          Transfer suggestions
        </Title>
        {transfers.isPending ? (
          <Loader size="sm" aria-label="Loading transfer suggestions" />
        ) : transfers.error ? (
          <QueryError error={transfers.error} retry={transfers.refetch} />
        ) : transfers.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            None: no location holds more than it needs while another runs short.
          </Text>
        ) : (
          <Stack gap={6}>
            {transfers.data.items.map((t) => (
              <Group key={`${t.from.id}>${t.to.id}`} gap={6} wrap="nowrap">
                <Text size="sm">
                  Move <strong>{formatCount(t.quantity)}</strong> from {t.from.name} ({formatCount(t.from.onHand)} on
                  hand)
                </Text>
                <IconArrowRight size={14} aria-label="to" />
                <Text size="sm">
                  {t.to.name} ({formatCount(t.to.onHand)} on hand, reorder point {formatCount(t.to.reorderPoint)})
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </section>
    </SimpleGrid>
  );
}
