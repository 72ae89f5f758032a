import { useState } from 'react';
import { Anchor, Badge, Button, Card, EmptyState, Group, Loader, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconBuildingWarehouse, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { kindLabel, useLocationChildren, useLocationSearch } from '../api/locations';
import { useDebouncedUrlText } from '../components/kit';
import { LocationFormModal } from '../components/locations/LocationFormModal';
import { LocationTree } from '../components/locations/LocationTree';
import { PageHeader } from '../components/PageHeader';
import { ListExport } from '../components/ExportLinks';
import { breadcrumb } from '../components/pickers/LocationPicker';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';
import { useUrlFilters } from '../components/useUrlFilters';

const FILTERS = ['q', 'archived'] as const;

function SearchResults({ q }: { q: string }) {
  const search = useLocationSearch({ q, limit: 50 });
  if (search.isPending) return <Loader aria-label="Searching locations" />;
  if (search.error) return <QueryError error={search.error} retry={search.refetch} />;
  const hits = search.data.items;
  if (hits.length === 0) {
    return (
      <EmptyState
        icon={<IconSearch size={32} />}
        withIndicatorBackground
        title={`No location matches “${q}”`}
        description="Search by part of a name or a code; from three characters it matches anywhere in them."
        mt="xl"
      />
    );
  }
  return (
    <Stack gap={0} component="ul" aria-label="Matching locations" p={0} m={0} style={{ listStyle: 'none' }}>
      {hits.map((hit) => (
        <li key={hit.id} style={{ borderBottom: '1px solid var(--mantine-color-default-border)', padding: '8px 0' }}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/locations/${hit.id}`} fw={500} size="sm">
              {hit.name}
            </Anchor>
            <Text size="xs" c="dimmed" ff="monospace">
              {hit.code}
            </Text>
            <Badge size="xs" variant="light" color="gray">
              {kindLabel(hit.kind)}
            </Badge>
            {hit.archivedAt && (
              <Badge size="xs" variant="outline" color="orange">
                Archived
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {hit.ancestors.length > 0 ? breadcrumb(hit.ancestors) : 'Top of the tree'}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

export function LocationsPage() {
  const { can } = useSession();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [text, setText] = useDebouncedUrlText(filters.q, (q) => setFilters({ q }));
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const includeArchived = filters.archived === '1';
  const sites = useLocationChildren('root', { includeArchived });
  const empty = !sites.isPending && sites.items.length === 0 && !sites.error;

  return (
    <>
      <PageHeader
        title="Locations"
        description="The tree of sites, buildings, floors, rooms and stockrooms. Open a level to see what is inside."
        actions={
          <>
            <ListExport
              list="locations"
              query={{ q: filters.q, includeArchived: includeArchived ? 'true' : undefined }}
            />
            {can('inventory.manage') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New site
              </Button>
            )}
          </>
        }
      />
      <Group mb="md" gap="lg" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name or code"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
          maw={360}
        />
        <Switch
          label="Show archived"
          checked={includeArchived}
          onChange={(e) => setFilters({ archived: e.currentTarget.checked ? '1' : null })}
          mb={8}
        />
      </Group>
      {filters.q ? (
        <SearchResults q={filters.q} />
      ) : empty ? (
        <EmptyState
          icon={<IconBuildingWarehouse size={32} />}
          withIndicatorBackground
          title="No locations yet"
          description="Start with a site (an office, a warehouse), then add its buildings, floors, rooms and stockrooms. Or load the demo with `npx qm seed --demo`."
          mt="xl"
        >
          {can('inventory.manage') && (
            <EmptyState.Actions>
              <Button onClick={() => setCreating(true)}>Create the first site</Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Card withBorder radius="md" padding="sm">
          <LocationTree includeArchived={includeArchived} />
        </Card>
      )}
      {creating && (
        <LocationFormModal
          opened
          onClose={() => setCreating(false)}
          parent={null}
          onSaved={(saved) => void navigate(`/locations/${saved.id}`)}
        />
      )}
    </>
  );
}
