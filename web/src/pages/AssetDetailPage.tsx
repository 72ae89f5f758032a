import { useState } from 'react';
import { Anchor, Badge, Button, Card, Grid, Group, Loader, Menu, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconChevronDown, IconListDetails, IconPencil } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAsset } from '../api/assets';
import { useCategory } from '../api/catalog';
import { useLocation } from '../api/locations';
import type { Asset, AssetAction, CustomField } from '../api/types';
import { ActionModal } from '../components/assets/ActionModal';
import { ACTIONS, PRIMARY_ACTIONS, actionLabel } from '../components/assets/actions';
import { AssetEditModal } from '../components/assets/AssetEditModal';
import { AssigneeText } from '../components/assets/AssetMiniList';
import { AssetTimeline } from '../components/assets/AssetTimeline';
import { AssetFinancialTab } from '../components/finance/AssetFinancialTab';
import { customValueText } from '../components/assets/custom-values';
import { formatDateTime, formatDay, formatMoney, today } from '../components/format';
import { BackLink, DetailList, SectionCard } from '../components/kit';
import { PageHeader } from '../components/PageHeader';
import { breadcrumb } from '../components/pickers/LocationPicker';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';
import { StatusBadge } from '../components/StatusBadge';

const TABS = ['overview', 'fields', 'purchase', 'financial', 'history'] as const;
type Tab = (typeof TABS)[number];

function WhereAndWho({ asset }: { asset: Asset }) {
  const location = useLocation(asset.location?.id);
  const trail = location.data ? breadcrumb(location.data.ancestors) : '';
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mb="lg">
      <Card withBorder radius="md" padding="sm">
        <Text size="xs" c="dimmed">
          Where
        </Text>
        {asset.location ? (
          <>
            <Anchor component={Link} to={`/locations/${asset.location.id}`} fw={600}>
              {asset.location.name}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed" ff="monospace">
              {asset.location.code}
            </Text>
            {trail && (
              <Text size="xs" c="dimmed">
                {trail}
              </Text>
            )}
          </>
        ) : (
          <Text fw={600}>Not at a location</Text>
        )}
      </Card>
      <Card withBorder radius="md" padding="sm">
        <Text size="xs" c="dimmed">
          Who or what has it
        </Text>
        {asset.assignee ? (
          <>
            <Text fw={600} component="div">
              <AssigneeText asset={asset} />
            </Text>
            <Text size="xs" c="dimmed">
              {[
                asset.requestReference && `Request ${asset.requestReference}`,
                asset.expectedReturnDate && `back by ${formatDay(asset.expectedReturnDate)}`,
              ]
                .filter(Boolean)
                .join(' · ') || 'No return date'}
            </Text>
          </>
        ) : (
          <Text fw={600}>Nobody</Text>
        )}
      </Card>
    </SimpleGrid>
  );
}

function CustomFieldsTab({ asset, fields }: { asset: Asset; fields: CustomField[] }) {
  const known = new Set(fields.map((f) => f.key));
  const orphans = Object.entries(asset.customFields).filter(([key]) => !known.has(key));
  if (fields.length === 0 && orphans.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {asset.category.name} has no custom fields.{' '}
        <Anchor component={Link} to={`/catalogue/categories/${asset.category.id}`} underline="always">
          Define them on the category
        </Anchor>
        .
      </Text>
    );
  }
  return (
    <Stack>
      <DetailList rows={fields.map((f) => [f.label, customValueText(f, asset.customFields[f.key])])} labelWidth={180} />
      {orphans.length > 0 && (
        <div>
          <Text size="sm" fw={500} mt="md">
            Kept from fields no longer defined
          </Text>
          <DetailList rows={orphans.map(([key, value]) => [key, String(value)])} labelWidth={180} />
        </div>
      )}
    </Stack>
  );
}

function warrantyNote(end: string | null): React.ReactNode {
  if (!end) return null;
  const expired = end < today();
  return (
    <Group gap="xs" component="span">
      {formatDay(end)}
      <Badge size="xs" variant="light" color={expired ? 'gray' : 'green'}>
        {expired ? 'Expired' : 'Covered'}
      </Badge>
    </Group>
  );
}

export function AssetDetailPage() {
  const { id = '' } = useParams();
  const asset = useAsset(id);
  const category = useCategory(asset.data?.category.id);
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [action, setAction] = useState<AssetAction | null>(null);
  const [editing, setEditing] = useState(false);
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'overview';

  if (asset.isPending) return <Loader aria-label="Loading asset" />;
  if (asset.error) {
    return (
      <>
        <BackLink to="/assets">All assets</BackLink>
        <QueryError error={asset.error} retry={asset.refetch} title="Could not load this asset" />
      </>
    );
  }
  const a = asset.data;
  const fields = (category.data?.fields ?? [])
    .filter((f) => f.archivedAt === null)
    .sort((x, y) => x.position - y.position);
  const allowed = can('inventory.write')
    ? a.allowedActions.filter((act) => !ACTIONS[act].manage || can('inventory.manage'))
    : [];
  const primary = PRIMARY_ACTIONS.filter((act) => allowed.includes(act)).slice(0, 2);
  const others = allowed.filter((act) => !primary.includes(act));

  return (
    <>
      <BackLink to="/assets">All assets</BackLink>
      <PageHeader
        title={
          <Group gap="sm" component="span" wrap="wrap">
            <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{a.tag}</span>
            <StatusBadge status={a.status} size="lg" />
          </Group>
        }
        description={[a.name, a.model.name, a.serial && `serial ${a.serial}`].filter(Boolean).join(' · ')}
        actions={
          <>
            {primary.map((act) => (
              <Button key={act} onClick={() => setAction(act)} variant={act === primary[0] ? 'filled' : 'default'}>
                {actionLabel(act, a.status)}
              </Button>
            ))}
            {(others.length > 0 || can('inventory.write') || can('audit.read')) && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="default" rightSection={<IconChevronDown size={14} />}>
                    More
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {others.map((act) => (
                    <Menu.Item key={act} onClick={() => setAction(act)} color={ACTIONS[act].danger ? 'red' : undefined}>
                      {actionLabel(act, a.status)}
                    </Menu.Item>
                  ))}
                  {others.length > 0 && <Menu.Divider />}
                  {can('inventory.write') && (
                    <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                      Edit data
                    </Menu.Item>
                  )}
                  {can('audit.read') && (
                    <Menu.Item
                      leftSection={<IconListDetails size={16} />}
                      component={Link}
                      to={`/audit?entityType=asset&entityId=${a.id}`}
                    >
                      Audit log entries
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </>
        }
      />
      <WhereAndWho asset={a} />
      <Tabs
        value={tab}
        onChange={(t) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              if (t && t !== 'overview') next.set('tab', t);
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="fields">Fields</Tabs.Tab>
          <Tabs.Tab value="purchase">Purchase</Tabs.Tab>
          <Tabs.Tab value="financial">Financial</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <SectionCard title="Overview">
                <DetailList
                  rows={[
                    [
                      'Model',
                      <Anchor key="m" component={Link} to={`/catalogue/models/${a.model.id}`} size="sm">
                        {a.model.name}
                      </Anchor>,
                    ],
                    [
                      'Category',
                      <Anchor key="c" component={Link} to={`/catalogue/categories/${a.category.id}`} size="sm">
                        {a.category.name}
                      </Anchor>,
                    ],
                    [
                      'Manufacturer',
                      a.manufacturer && (
                        <Anchor component={Link} to={`/catalogue/manufacturers/${a.manufacturer.id}`} size="sm">
                          {a.manufacturer.name}
                        </Anchor>
                      ),
                    ],
                    [
                      'Serial',
                      a.serial && (
                        <Text size="sm" ff="monospace">
                          {a.serial}
                        </Text>
                      ),
                    ],
                    ['Name', a.name],
                    ['Status', <StatusBadge key="s" status={a.status} />],
                    ['Request', a.requestReference],
                    ['Expected back', a.expectedReturnDate && formatDay(a.expectedReturnDate)],
                    [
                      'Notes',
                      a.notes && (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {a.notes}
                        </Text>
                      ),
                    ],
                    ['Created', formatDateTime(a.createdAt)],
                    ['Last changed', formatDateTime(a.updatedAt)],
                  ]}
                />
              </SectionCard>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <SectionCard title="Latest events">
                <AssetTimelinePreview assetId={a.id} onAll={() => setParams({ tab: 'history' }, { replace: true })} />
              </SectionCard>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="fields">
          <SectionCard title={`${a.category.name} fields`}>
            {category.isPending ? (
              <Loader size="sm" aria-label="Loading fields" />
            ) : (
              <CustomFieldsTab asset={a} fields={fields} />
            )}
          </SectionCard>
        </Tabs.Panel>
        <Tabs.Panel value="purchase">
          <SectionCard title="Purchase">
            <DetailList
              rows={[
                [
                  'Supplier',
                  a.supplier && (
                    <Anchor component={Link} to={`/catalogue/suppliers/${a.supplier.id}`} size="sm">
                      {a.supplier.name}
                    </Anchor>
                  ),
                ],
                ['Order reference', a.orderReference],
                ['Purchase date', a.purchaseDate && formatDay(a.purchaseDate)],
                ['Cost', a.purchaseCost && formatMoney(a.purchaseCost, a.currency)],
                ['Warranty ends', warrantyNote(a.warrantyEnd)],
                ['Cost centre', a.costCentre],
              ]}
            />
          </SectionCard>
        </Tabs.Panel>
        <Tabs.Panel value="financial">
          <AssetFinancialTab assetId={a.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <SectionCard title="History">
            <AssetTimeline assetId={a.id} />
          </SectionCard>
        </Tabs.Panel>
      </Tabs>
      {action && <ActionModal asset={a} action={action} onClose={() => setAction(null)} />}
      {editing && (
        <AssetEditModal
          asset={a}
          fields={fields}
          onClose={() => setEditing(false)}
          onReload={() => void asset.refetch()}
        />
      )}
    </>
  );
}

/** The three latest events on the overview; the History tab has them all. */
function AssetTimelinePreview({ assetId, onAll }: { assetId: string; onAll: () => void }) {
  return (
    <Stack gap="xs">
      <AssetTimeline assetId={assetId} limit={3} />
      <Anchor component="button" type="button" size="sm" onClick={onAll} ta="left">
        The whole history
      </Anchor>
    </Stack>
  );
}
