import { useState } from 'react';
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Loader,
  Menu,
  Modal,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconArchive,
  IconArrowsMove,
  IconChevronDown,
  IconDevices,
  IconPackages,
  IconListDetails,
  IconPencil,
  IconPlus,
  IconRestore,
} from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAssets } from '../api/assets';
import { kindLabel, useArchiveLocation, useLocation, useLocationChildren, useMoveLocation } from '../api/locations';
import type { AssetStatus, LocationDetail } from '../api/types';
import { AssetMiniList } from '../components/assets/AssetMiniList';
import { formatCount } from '../components/format';
import { DetailList, SaveError, SectionCard } from '../components/kit';
import { LoadMore } from '../components/LoadMore';
import { LocationFormModal } from '../components/locations/LocationFormModal';
import { notifyError, notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { PrintLabelsButton } from '../components/labels/PrintLabelsButton';
import { LocationPicker } from '../components/pickers/LocationPicker';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';
import { ASSET_STATUS } from '../components/StatusBadge';

function MoveModal({ location, onClose }: { location: LocationDetail; onClose: () => void }) {
  const [parentId, setParentId] = useState<string | null>(null);
  const move = useMoveLocation(location.id);
  return (
    <Modal opened onClose={onClose} title={`Move ${location.name}`}>
      <Stack>
        <Text size="sm">
          {location.name} and everything inside it ({formatCount(location.childCount)}{' '}
          {location.childCount === 1 ? 'location' : 'locations'} directly below) move together.
        </Text>
        <SaveError error={move.error} what="this location" />
        <LocationPicker label="New place in the tree" value={parentId} onChange={setParentId} required autoFocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={!parentId}
            loading={move.isPending}
            onClick={() =>
              move.mutate(
                { version: location.version, parentId: parentId! },
                {
                  onSuccess: (saved) => {
                    notifySuccess(`${saved.name} moved under ${saved.ancestors.at(-1)?.name ?? 'the top'}.`);
                    onClose();
                  },
                },
              )
            }
          >
            Move here
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Children({ location, onAdd }: { location: LocationDetail; onAdd?: () => void }) {
  const children = useLocationChildren(location.id);
  return (
    <SectionCard
      title="Inside"
      actions={
        onAdd && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAdd}>
            Add inside
          </Button>
        )
      }
    >
      {children.isPending ? (
        <Loader size="sm" aria-label="Loading what is inside" />
      ) : children.error ? (
        <QueryError error={children.error} retry={children.refetch} />
      ) : children.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing inside {location.name} yet.
          {onAdd ? ' Add a building, floor, room or stockroom.' : ''}
        </Text>
      ) : (
        <>
          <Stack
            gap={4}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={`Inside ${location.name}`}
          >
            {children.items.map((child) => (
              <Group key={child.id} gap="xs" component="li" wrap="nowrap">
                <Anchor component={Link} to={`/locations/${child.id}`} size="sm" fw={500}>
                  {child.name}
                </Anchor>
                <Text size="xs" c="dimmed" ff="monospace">
                  {child.code}
                </Text>
                <Badge size="xs" variant="light" color="gray">
                  {kindLabel(child.kind)}
                </Badge>
                {child.archivedAt && (
                  <Badge size="xs" variant="outline" color="orange">
                    Archived
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
          <LoadMore {...children} />
        </>
      )}
    </SectionCard>
  );
}

function AssetsHere({ location }: { location: LocationDetail }) {
  const assets = useAssets({ locationId: location.id, sort: 'tag' }, { limit: 25 });
  return (
    <SectionCard
      title="Assets here and below"
      actions={
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/assets?locationId=${location.id}`}
            leftSection={<IconDevices size={14} />}
          >
            Open in the asset list
          </Button>
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/on-hand?locationId=${location.id}`}
            leftSection={<IconPackages size={14} />}
          >
            Stock on hand
          </Button>
        </Group>
      }
    >
      {assets.isPending ? (
        <Loader size="sm" aria-label="Loading assets" />
      ) : assets.error ? (
        <QueryError error={assets.error} retry={assets.refetch} />
      ) : assets.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No assets at {location.name} or inside it. Receive a delivery into one of its stockrooms, or move assets here.
        </Text>
      ) : (
        <>
          <AssetMiniList assets={assets.items} label={`Assets at ${location.name}`} />
          {assets.hasNextPage && (
            <Text size="sm" mt="sm">
              The first {assets.items.length} by tag.{' '}
              <Anchor component={Link} to={`/assets?locationId=${location.id}`} underline="always">
                See them all in the asset list
              </Anchor>
              .
            </Text>
          )}
        </>
      )}
    </SectionCard>
  );
}

function StatusCounts({ location }: { location: LocationDetail }) {
  const within = location.assetsWithin;
  if (!within) return null;
  const counts = Object.entries(within.byStatus).filter(([, n]) => n > 0) as [AssetStatus, number][];
  const direct = location.assets?.total ?? 0;
  return (
    <SectionCard title="Assets here and below">
      <Text size="sm" c="dimmed" mb="sm">
        {within.total === 0
          ? `Nothing at ${location.name} or inside it.`
          : `${formatCount(within.total)} in ${location.name} and everything inside it; ${formatCount(direct)} directly at ${location.name}.`}
      </Text>
      {counts.length > 0 && (
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs">
          {counts.map(([status, n]) => (
            <Stack gap={0} key={status}>
              <Text fw={700} size="lg">
                {formatCount(n)}
              </Text>
              <Text size="xs" c="dimmed">
                {ASSET_STATUS[status].label}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </SectionCard>
  );
}

export function LocationDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation(id);
  const { can } = useSession();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'edit' | 'child' | 'move' | null>(null);
  const archive = useArchiveLocation(id);
  const manage = can('inventory.manage');

  if (location.isPending) return <Loader aria-label="Loading location" />;
  if (location.error)
    return <QueryError error={location.error} retry={location.refetch} title="Could not load this location" />;
  const l = location.data;
  const archived = l.archivedAt !== null;

  const toggleArchive = () =>
    modals.openConfirmModal({
      title: archived ? `Bring back ${l.name}?` : `Archive ${l.name}?`,
      children: (
        <Text size="sm">
          {archived
            ? `${l.name} (${l.code}) becomes usable again.`
            : `Only an empty location can be archived: nothing inside it, no assets, nobody located there. It stays in the history.`}
        </Text>
      ),
      labels: { confirm: archived ? 'Bring back' : 'Archive', cancel: 'Cancel' },
      confirmProps: { color: archived ? undefined : 'red' },
      onConfirm: () =>
        archive.mutate(
          { version: l.version, archived: !archived },
          {
            onSuccess: (saved) => notifySuccess(`${saved.name} ${archived ? 'brought back' : 'archived'}.`),
            onError: (error) => notifyError(`${l.name} was not ${archived ? 'brought back' : 'archived'}`, error),
          },
        ),
    });

  return (
    <>
      <nav aria-label="Breadcrumb">
        <Breadcrumbs mb="sm" separator="›" style={{ flexWrap: 'wrap' }}>
          <Anchor component={Link} to="/locations" size="sm">
            Locations
          </Anchor>
          {l.ancestors.map((a) => (
            <Anchor key={a.id} component={Link} to={`/locations/${a.id}`} size="sm">
              {a.name}
            </Anchor>
          ))}
        </Breadcrumbs>
      </nav>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {l.name}
            {archived && (
              <Badge color="orange" variant="outline">
                Archived
              </Badge>
            )}
          </Group>
        }
        description={`${kindLabel(l.kind)} · code ${l.code}`}
        actions={
          <>
            <PrintLabelsButton selection={{ locationId: l.id }} what={`everything at ${l.name}`} />
            <PrintLabelsButton
              selection={{ locationLabels: { locationIds: [l.id] } }}
              what={`the location ${l.code}`}
              label="Location label"
            />
            {manage && !archived && (
              <>
                <Button leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
                  Edit
                </Button>
                <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setDialog('child')}>
                  Add inside
                </Button>
              </>
            )}
            {(manage || can('audit.read')) && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="default" rightSection={<IconChevronDown size={14} />}>
                    More
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {manage && l.parentId && !archived && (
                    <Menu.Item leftSection={<IconArrowsMove size={16} />} onClick={() => setDialog('move')}>
                      Move with everything inside
                    </Menu.Item>
                  )}
                  {manage && (
                    <Menu.Item
                      leftSection={archived ? <IconRestore size={16} /> : <IconArchive size={16} />}
                      onClick={toggleArchive}
                    >
                      {archived ? 'Bring back' : 'Archive'}
                    </Menu.Item>
                  )}
                  {can('audit.read') && (
                    <Menu.Item
                      leftSection={<IconListDetails size={16} />}
                      component={Link}
                      to={`/audit?entityType=location&entityId=${l.id}`}
                    >
                      History
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <SectionCard title="Details">
              <DetailList
                rows={[
                  ['Kind', kindLabel(l.kind)],
                  [
                    'Code',
                    <Text key="code" ff="monospace" size="sm">
                      {l.code}
                    </Text>,
                  ],
                  ...(l.kind === 'site' ? ([['Address', l.address]] as [string, string | null][]) : []),
                  [
                    'Manager',
                    l.manager && (
                      <Anchor component={Link} to={`/people/${l.manager.id}`} size="sm">
                        {l.manager.name}
                      </Anchor>
                    ),
                  ],
                  [
                    'People',
                    l.peopleCount !== null && (
                      <>
                        {formatCount(l.peopleCount)} directly here ·{' '}
                        <Anchor component={Link} to={`/people?locationId=${l.id}`} size="sm" underline="always">
                          everyone here and below
                        </Anchor>
                      </>
                    ),
                  ],
                  [
                    'Notes',
                    l.notes && (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {l.notes}
                      </Text>
                    ),
                  ],
                ]}
              />
            </SectionCard>
            <Children location={l} onAdd={manage && !archived ? () => setDialog('child') : undefined} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <StatusCounts location={l} />
        </Grid.Col>
        <Grid.Col span={12}>
          <AssetsHere location={l} />
        </Grid.Col>
      </Grid>
      {dialog === 'edit' && (
        <LocationFormModal
          opened
          onClose={() => setDialog(null)}
          location={l}
          onReload={() => void location.refetch()}
        />
      )}
      {dialog === 'child' && (
        <LocationFormModal
          opened
          onClose={() => setDialog(null)}
          parent={l}
          onSaved={(saved) => void navigate(`/locations/${saved.id}`)}
        />
      )}
      {dialog === 'move' && <MoveModal location={l} onClose={() => setDialog(null)} />}
    </>
  );
}
