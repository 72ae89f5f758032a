import { useState } from 'react';
import { Anchor, Badge, Button, EmptyState, Group, Select, Switch, TextInput } from '@mantine/core';
import { IconCategory, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { CATEGORY_KINDS, useCategories } from '../../api/catalog';
import type { Category, CategoryKind } from '../../api/types';
import { CategoryFormModal } from '../../components/catalogue/CategoryFormModal';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { useDebouncedUrlText } from '../../components/kit';
import { ListState } from '../../components/ListState';
import { PageHeader } from '../../components/PageHeader';
import { ListExport } from '../../components/ExportLinks';
import { useSession } from '../../components/session-context';
import { CATALOGUE_NAV, SubNav } from '../../components/SubNav';
import { useUrlFilters } from '../../components/useUrlFilters';
import { ArchivedBadge } from './ManufacturersPage';

const FILTERS = ['q', 'kind', 'archived'] as const;

export function kindName(kind: CategoryKind) {
  return CATEGORY_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

export function CategoriesPage() {
  const { can } = useSession();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [text, setText] = useDebouncedUrlText(filters.q, (q) => setFilters({ q }));
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const kind = CATEGORY_KINDS.some((k) => k.value === filters.kind) ? (filters.kind as CategoryKind) : undefined;
  const includeArchived = filters.archived === '1';
  const list = useCategories({ q: filters.q, kind, includeArchived }, 50);
  const link = (c: Category) => (
    <Anchor component={Link} to={`/catalogue/categories/${c.id}`} fw={500} size="sm">
      {c.name}
    </Anchor>
  );

  return (
    <>
      <PageHeader
        title="Categories"
        description="Groups of models (laptops, monitors, toner), each with the custom fields its assets carry."
        actions={
          <>
            <ListExport
              list="categories"
              query={{ q: filters.q, kind, includeArchived: includeArchived ? 'true' : undefined, sort: 'name' }}
            />
            {can('inventory.manage') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New category
              </Button>
            )}
          </>
        }
      />
      <SubNav label="Catalogue" items={CATALOGUE_NAV} />
      <Group mb="md" gap="sm" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label="Kind"
          placeholder="Any kind"
          data={CATEGORY_KINDS}
          value={kind ?? null}
          onChange={(v) => setFilters({ kind: v })}
          clearable
          w={{ base: '100%', xs: 180 }}
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
        loadingLabel="Loading categories"
        empty={
          <EmptyState
            icon={<IconCategory size={32} />}
            withIndicatorBackground
            title={filters.q || kind ? 'No category matches' : 'No categories yet'}
            description={
              filters.q || kind
                ? 'Clear a filter or try another name.'
                : 'Create the categories of what you own (laptops, monitors, phones, toner) and the fields each one needs.'
            }
            mt="xl"
          />
        }
      >
        {(items) => (
          <DataTable
            rows={items}
            rowKey={(c) => c.id}
            label="Categories"
            phoneTitle={link}
            phoneBadge={(c) => <ArchivedBadge archivedAt={c.archivedAt} />}
            minWidth={560}
            columns={[
              {
                key: 'name',
                header: 'Name',
                render: (c) => (
                  <Group gap="xs">
                    {link(c)}
                    <ArchivedBadge archivedAt={c.archivedAt} />
                  </Group>
                ),
                hideOnPhone: true,
              },
              {
                key: 'kind',
                header: 'Kind',
                render: (c) => (
                  <Badge variant="light" color="gray" size="sm">
                    {kindName(c.kind)}
                  </Badge>
                ),
              },
              { key: 'notes', header: 'Notes', render: (c) => c.notes },
              { key: 'created', header: 'Created', render: (c) => formatDate(c.createdAt), nowrap: true },
            ]}
          />
        )}
      </ListState>
      {creating && (
        <CategoryFormModal
          onClose={() => setCreating(false)}
          onSaved={(c) => void navigate(`/catalogue/categories/${c.id}`)}
        />
      )}
    </>
  );
}
