import { useState } from 'react';
import { Anchor, Badge, Button, EmptyState, Group, Switch, TextInput } from '@mantine/core';
import { IconBuildingFactory, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useManufacturers } from '../../api/catalog';
import type { Manufacturer } from '../../api/types';
import { ManufacturerFormModal } from '../../components/catalogue/ManufacturerFormModal';
import { DataTable } from '../../components/DataTable';
import { useDebouncedUrlText } from '../../components/kit';
import { ListState } from '../../components/ListState';
import { PageHeader } from '../../components/PageHeader';
import { ListExport } from '../../components/ExportLinks';
import { useSession } from '../../components/session-context';
import { CATALOGUE_NAV, SubNav } from '../../components/SubNav';
import { useUrlFilters } from '../../components/useUrlFilters';

const FILTERS = ['q', 'archived'] as const;

export function ArchivedBadge({ archivedAt }: { archivedAt: string | null }) {
  return archivedAt ? (
    <Badge size="sm" variant="outline" color="orange">
      Archived
    </Badge>
  ) : null;
}

function ExternalLink({ href }: { href: string | null }) {
  if (!href) return null;
  return (
    <Anchor href={href} target="_blank" rel="noreferrer" size="sm">
      {href.replace(/^https?:\/\//, '').replace(/\/$/, '')}
    </Anchor>
  );
}

export function ManufacturersPage() {
  const { can } = useSession();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [text, setText] = useDebouncedUrlText(filters.q, (q) => setFilters({ q }));
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const includeArchived = filters.archived === '1';
  const list = useManufacturers({ q: filters.q, includeArchived }, 50);
  const link = (m: Manufacturer) => (
    <Anchor component={Link} to={`/catalogue/manufacturers/${m.id}`} fw={500} size="sm">
      {m.name}
    </Anchor>
  );

  return (
    <>
      <PageHeader
        title="Manufacturers"
        description="Who makes the models you buy, and where to get support."
        actions={
          <>
            <ListExport
              list="manufacturers"
              query={{ q: filters.q, includeArchived: includeArchived ? 'true' : undefined, sort: 'name' }}
            />
            {can('inventory.manage') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New manufacturer
              </Button>
            )}
          </>
        }
      />
      <SubNav label="Catalogue" items={CATALOGUE_NAV} />
      <Group mb="md" gap="lg" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name"
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
      <ListState
        query={list}
        loadingLabel="Loading manufacturers"
        empty={
          <EmptyState
            icon={<IconBuildingFactory size={32} />}
            withIndicatorBackground
            title={filters.q ? 'No manufacturer matches' : 'No manufacturers yet'}
            description={
              filters.q
                ? 'Try another name.'
                : 'Add the makers of what you buy (Dell, Apple, Logitech, ...), then their models.'
            }
            mt="xl"
          />
        }
      >
        {(items) => (
          <DataTable
            rows={items}
            rowKey={(m) => m.id}
            label="Manufacturers"
            phoneTitle={link}
            phoneBadge={(m) => <ArchivedBadge archivedAt={m.archivedAt} />}
            columns={[
              {
                key: 'name',
                header: 'Name',
                render: (m) => (
                  <Group gap="xs">
                    {link(m)}
                    <ArchivedBadge archivedAt={m.archivedAt} />
                  </Group>
                ),
                hideOnPhone: true,
              },
              { key: 'website', header: 'Website', render: (m) => <ExternalLink href={m.website} /> },
              { key: 'supportEmail', header: 'Support e-mail', render: (m) => m.supportEmail },
              { key: 'supportPhone', header: 'Support phone', render: (m) => m.supportPhone, nowrap: true },
            ]}
          />
        )}
      </ListState>
      {creating && (
        <ManufacturerFormModal
          onClose={() => setCreating(false)}
          onSaved={(m) => void navigate(`/catalogue/manufacturers/${m.id}`)}
        />
      )}
    </>
  );
}

export { ExternalLink };
