import { Button, EmptyState, Select, Switch, TextInput } from '@mantine/core';
import { IconDevices2, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useModels } from '../../api/catalog';
import type { Model } from '../../api/types';
import { ModelsTable } from '../../components/catalogue/ModelsTable';
import { FilterBar } from '../../components/FilterBar';
import { useDebouncedUrlText } from '../../components/kit';
import { ListState } from '../../components/ListState';
import { PageHeader } from '../../components/PageHeader';
import { ListExport } from '../../components/ExportLinks';
import { CategoryPicker, ManufacturerPicker } from '../../components/pickers/pickers';
import { useSession } from '../../components/session-context';
import { CATALOGUE_NAV, SubNav } from '../../components/SubNav';
import { useUrlFilters } from '../../components/useUrlFilters';

const FILTERS = ['q', 'categoryId', 'manufacturerId', 'tracking', 'archived'] as const;

export function ModelsPage() {
  const { can } = useSession();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [text, setText] = useDebouncedUrlText(filters.q, (q) => setFilters({ q }));
  const tracking =
    filters.tracking === 'individual' || filters.tracking === 'quantity'
      ? (filters.tracking as Model['tracking'])
      : undefined;
  const includeArchived = filters.archived === '1';
  const list = useModels(
    { q: filters.q, categoryId: filters.categoryId, manufacturerId: filters.manufacturerId, tracking, includeArchived },
    50,
  );
  const filtered = Boolean(filters.q || filters.categoryId || filters.manufacturerId || tracking);

  return (
    <>
      <PageHeader
        title="Models"
        description="The kinds of things you buy: each belongs to a category and a manufacturer, tracked one by one or by quantity."
        actions={
          <>
            <ListExport
              list="models"
              query={{
                q: filters.q,
                categoryId: filters.categoryId,
                manufacturerId: filters.manufacturerId,
                tracking,
                includeArchived: includeArchived ? 'true' : undefined,
                sort: 'name',
              }}
            />
            {can('inventory.manage') && (
              <Button component={Link} to="/catalogue/models/new" leftSection={<IconPlus size={16} />}>
                New model
              </Button>
            )}
          </>
        }
      />
      <SubNav label="Catalogue" items={CATALOGUE_NAV} />
      <FilterBar
        active={[filters.categoryId, filters.manufacturerId, tracking, includeArchived].filter(Boolean).length}
        search={
          <TextInput
            label="Search"
            placeholder="Name"
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            w={{ base: '100%', xs: 240 }}
          />
        }
      >
        <CategoryPicker
          value={filters.categoryId}
          onChange={(categoryId) => setFilters({ categoryId })}
          w={{ base: '100%', xs: 200 }}
        />
        <ManufacturerPicker
          value={filters.manufacturerId}
          onChange={(manufacturerId) => setFilters({ manufacturerId })}
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label="Tracking"
          placeholder="Any"
          data={[
            { value: 'individual', label: 'Individual (tagged units)' },
            { value: 'quantity', label: 'By quantity' },
          ]}
          value={tracking ?? null}
          onChange={(v) => setFilters({ tracking: v })}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        <Switch
          label="Show archived"
          checked={includeArchived}
          onChange={(e) => setFilters({ archived: e.currentTarget.checked ? '1' : null })}
          mb={8}
        />
      </FilterBar>
      <ListState
        query={list}
        loadingLabel="Loading models"
        empty={
          <EmptyState
            icon={<IconDevices2 size={32} />}
            withIndicatorBackground
            title={filtered ? 'No model matches these filters' : 'No models yet'}
            description={
              filtered
                ? 'Clear a filter or try another name.'
                : 'Create a category and a manufacturer, then the models you buy. Or load the demo with `npx qm seed --demo`.'
            }
            mt="xl"
          >
            {!filtered && can('inventory.manage') && (
              <EmptyState.Actions>
                <Button component={Link} to="/catalogue/models/new">
                  Create the first model
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        }
      >
        {(items) => <ModelsTable models={items} />}
      </ListState>
    </>
  );
}
