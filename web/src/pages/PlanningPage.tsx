import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCalendarDue, IconChartLine, IconSettings } from '@tabler/icons-react';
import { Link } from 'react-router';
import { usePlan, usePlans } from '../api/planning';
import type { Plan } from '../api/types';
import { formatCount, formatDay } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { ListExport } from '../components/ExportLinks';
import { LocationPicker } from '../components/pickers/LocationPicker';
import { ModelPicker } from '../components/pickers/pickers';
import { AcrossLocations } from '../components/planning/AcrossLocations';
import { PlanChart } from '../components/planning/PlanChart';
import { SupplyModal } from '../components/planning/SupplyModal';
import { useSession } from '../components/session-context';
import { QueryError } from '../components/QueryError';
import { useUrlFilters } from '../components/useUrlFilters';

const FILTERS = ['locationId', 'modelId', 'alerts', 'item'] as const;

const ALERT_LABELS: Record<Plan['alerts'][number], string> = {
  below_minimum: 'Below minimum',
  stockout_within_lead_time: 'Stock-out within lead time',
};

const CLASS_LABELS: Record<Plan['demandClass'], string> = {
  smooth: 'smooth',
  erratic: 'erratic',
  intermittent: 'intermittent',
  lumpy: 'lumpy',
  none: 'no demand yet',
};

const itemKey = (p: Plan) => `${p.model.id}@${p.location.id}`;
const number = (n: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(n);

function AlertBadges({ plan }: { plan: Plan }) {
  return (
    <Group gap={4}>
      {plan.alerts.map((a) => (
        <Badge key={a} color="red" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
          {ALERT_LABELS[a]}
        </Badge>
      ))}
      {plan.alerts.length === 0 && plan.needsOrder && (
        <Badge color="orange" variant="light" size="sm">
          Reorder
        </Badge>
      )}
    </Group>
  );
}

function PlanDetailCard({ modelId, locationId }: { modelId: string; locationId: string }) {
  const plan = usePlan(modelId, locationId);
  const { can } = useSession();
  const [editSupply, setEditSupply] = useState(false);
  if (plan.isPending) return <Loader aria-label="Loading the plan" />;
  if (plan.error) return <QueryError error={plan.error} retry={plan.refetch} />;
  const p = plan.data;
  const facts: [string, string][] = [
    ['On hand', formatCount(p.onHand)],
    ['Minimum', p.minQuantity === null ? '—' : formatCount(p.minQuantity)],
    ['Forecast per month', `${number(p.forecastPerMonth)} (${CLASS_LABELS[p.demandClass]}, ${p.method.toUpperCase()})`],
    ['Known demand, 12 months', formatCount(p.plannedNext12Months)],
    [
      'Lead time',
      `${p.leadTimeDays} days (${p.leadTimeSource === 'default' ? 'default' : p.leadTimeSource === 'supplier' ? `supplier ${p.supplier?.name ?? ''}` : 'set for the model'})`,
    ],
    [
      `Demand over lead time + review`,
      `${number(p.protectionDemand.mean)} (${number(p.protectionDemand.low)}–${number(p.protectionDemand.high)})`,
    ],
    ['Safety stock', number(p.safetyStock)],
    ['Reorder point', formatCount(p.reorderPoint)],
    ['Order now', p.recommendedOrderQuantity > 0 ? formatCount(p.recommendedOrderQuantity) : 'Nothing'],
    ['Predicted stock-out', p.predictedStockOut ? formatDay(p.predictedStockOut) : 'Not within 12 months'],
  ];
  return (
    <Card withBorder padding="md" aria-label={`Plan of ${p.model.name} at ${p.location.name}`} component="section">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} fz="h4">
            {p.model.name} at {p.location.name}
          </Title>
          <Text size="sm" c="dimmed">
            Service level {Math.round(p.serviceLevel * 1000) / 10}% (share of demand served from stock)
          </Text>
        </div>
        <Group gap="xs">
          <AlertBadges plan={p} />
          {can('inventory.manage') && (
            <Button size="compact-sm" variant="default" onClick={() => setEditSupply(true)}>
              Supplier and lead time
            </Button>
          )}
        </Group>
      </Group>
      {editSupply && <SupplyModal modelId={p.model.id} modelName={p.model.name} onClose={() => setEditSupply(false)} />}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Stack gap={4}>
          {facts.map(([label, value]) => (
            <Group key={label} justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {label}
              </Text>
              <Text size="sm" fw={500} ta="right">
                {value}
              </Text>
            </Group>
          ))}
          {p.planned.length > 0 && (
            <Text size="xs" c="dimmed" mt="xs">
              Known demand:{' '}
              {p.planned
                .slice(0, 6)
                .map((k) => `${k.label} (${k.source === 'new_hire' ? 'joins' : 'end of life'} ${formatDay(k.due)})`)
                .join(', ')}
              {p.planned.length > 6 ? `, and ${p.planned.length - 6} more` : ''}
            </Text>
          )}
        </Stack>
        <div style={{ gridColumn: 'span 2' }}>
          <PlanChart plan={p} />
        </div>
      </SimpleGrid>
      <AcrossLocations modelId={p.model.id} modelName={p.model.name} />
    </Card>
  );
}

/**
 * What needs stock, most urgent first: alerts, then the soonest predicted stock-out. Each item opens
 * its history and forecast.
 */
export function PlanningPage() {
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const alertsOnly = filters.alerts === '1';
  const plans = usePlans({ locationId: filters.locationId, modelId: filters.modelId, alertsOnly });
  // The list brings the alerts of what it covers: one computation of the plans per page load.
  const alertList = plans.data?.alertList ?? [];
  const alertCount = plans.data?.alerts ?? 0;
  const items = plans.data?.items ?? [];
  const selected = items.find((p) => itemKey(p) === filters.item) ?? items[0];

  return (
    <>
      <PageHeader
        title="Planning"
        description="Forecast demand per model and location from issues, deployments, new hires and end-of-life replacements; reorder points at the service level; predicted stock-outs."
        actions={
          <>
            <ListExport
              list="planning"
              query={{
                locationId: filters.locationId,
                modelId: filters.modelId,
                alertsOnly: alertsOnly ? 'true' : undefined,
              }}
            />
            <Button variant="default" component={Link} to="/planning/setup" leftSection={<IconSettings size={16} />}>
              Service level and kits
            </Button>
          </>
        }
      />
      {alertCount > 0 && (
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={`${alertCount} ${alertCount === 1 ? 'alert' : 'alerts'}`}
          mb="md"
          role="region"
          aria-label="Alerts"
        >
          <Stack gap={2}>
            {alertList.slice(0, 8).map((a) => (
              <Text size="sm" key={`${a.kind}:${a.model.id}@${a.location.id}`}>
                {a.message}
              </Text>
            ))}
            {alertCount > 8 && (
              <Text size="sm">
                and {alertCount - 8} more (<Anchor onClick={() => setFilters({ alerts: '1' })}>show only alerts</Anchor>
                )
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      <Group mb="md" gap="sm" align="flex-end">
        <LocationPicker
          label="Location (and below)"
          value={filters.locationId}
          onChange={(locationId) => setFilters({ locationId, item: null })}
          placeholder="Everywhere you may see"
          w={{ base: '100%', xs: 280 }}
        />
        <ModelPicker
          label="Model"
          value={filters.modelId}
          onChange={(modelId) => setFilters({ modelId, item: null })}
          placeholder="Every model"
          w={{ base: '100%', xs: 280 }}
        />
        <Switch
          label="Alerts only"
          checked={alertsOnly}
          onChange={(e) => setFilters({ alerts: e.currentTarget.checked ? '1' : null, item: null })}
          mb={8}
        />
      </Group>
      {plans.isPending ? (
        <Loader aria-label="Loading plans" />
      ) : plans.error ? (
        <QueryError error={plans.error} retry={plans.refetch} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconChartLine size={32} />}
          withIndicatorBackground
          title={alertsOnly ? 'No alerts' : 'Nothing to plan yet'}
          description={
            alertsOnly
              ? 'Nothing is below its minimum and no stock-out is predicted within a lead time.'
              : 'Receive stock into a stockroom, or issue and check out from one: plans follow from the history.'
          }
          mt="xl"
        />
      ) : (
        <Stack>
          {selected && <PlanDetailCard modelId={selected.model.id} locationId={selected.location.id} />}
          <Text size="sm" c="dimmed" aria-live="polite">
            {formatCount(plans.data.total)} {plans.data.total === 1 ? 'item' : 'items'}, most urgent first
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table highlightOnHover verticalSpacing="xs" fz="sm" aria-label="Plans">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Model</Table.Th>
                  <Table.Th>Location</Table.Th>
                  <Table.Th ta="right">On hand</Table.Th>
                  <Table.Th ta="right">Per month</Table.Th>
                  <Table.Th ta="right">Reorder point</Table.Th>
                  <Table.Th ta="right">Order</Table.Th>
                  <Table.Th>Stock-out</Table.Th>
                  <Table.Th>Flags</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => {
                  const isSelected = selected && itemKey(p) === itemKey(selected);
                  return (
                    <Table.Tr
                      key={itemKey(p)}
                      style={
                        isSelected ? { boxShadow: 'inset 4px 0 0 var(--mantine-primary-color-filled)' } : undefined
                      }
                      aria-selected={isSelected}
                    >
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          size="sm"
                          fw={500}
                          onClick={() => setFilters({ item: itemKey(p) })}
                        >
                          {p.model.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {p.model.tracking === 'quantity' ? (
                          <Anchor
                            component={Link}
                            to={`/on-hand?locationId=${p.location.id}&modelId=${p.model.id}`}
                            size="sm"
                          >
                            {p.location.name}
                          </Anchor>
                        ) : (
                          p.location.name
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{formatCount(p.onHand)}</Table.Td>
                      <Table.Td ta="right">{number(p.forecastPerMonth)}</Table.Td>
                      <Table.Td ta="right">{formatCount(p.reorderPoint)}</Table.Td>
                      <Table.Td ta="right">
                        {p.recommendedOrderQuantity > 0 ? formatCount(p.recommendedOrderQuantity) : '—'}
                      </Table.Td>
                      <Table.Td>
                        {p.predictedStockOut ? (
                          <Group gap={4} wrap="nowrap">
                            <IconCalendarDue size={14} aria-hidden />
                            {formatDay(p.predictedStockOut)}
                          </Group>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        <AlertBadges plan={p} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </>
  );
}
