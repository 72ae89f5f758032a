import { useMemo, useState } from 'react';
import { Button, Code, EmptyState, Group, Select, Text } from '@mantine/core';
import { IconDevices, IconPackageImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { assetListQuery, useAssetCount, useAssets } from '../api/assets';
import { useCategory } from '../api/catalog';
import type { Asset } from '../api/types';
import { ASSET_COLUMNS, customFieldColumns } from '../components/assets/asset-columns';
import { DEFAULT_COLUMNS, useAssetView } from '../components/assets/asset-view';
import { AssetFilters } from '../components/assets/AssetFilters';
import { AssetLink } from '../components/assets/AssetMiniList';
import { BulkActionBar } from '../components/assets/BulkActions';
import { ColumnChooser } from '../components/assets/ColumnChooser';
import { DataTable } from '../components/DataTable';
import { ListExport } from '../components/ExportLinks';
import { formatCount } from '../components/format';
import { ListState } from '../components/ListState';
import { PageHeader } from '../components/PageHeader';
import { useSession } from '../components/session-context';
import { StatusBadge } from '../components/StatusBadge';
import { useIsPhone } from '../components/useIsPhone';

/** On a phone there are no column headers to click: the sort is a list. */
const SORT_OPTIONS = [
  { value: 'tag', label: 'Tag, A to Z' },
  { value: '-tag', label: 'Tag, Z to A' },
  { value: 'status', label: 'Status' },
  { value: '-updatedAt', label: 'Recently changed' },
  { value: '-createdAt', label: 'Newest first' },
  { value: '-purchaseDate', label: 'Recently purchased' },
  { value: 'warrantyEnd', label: 'Warranty ending first' },
];

export function AssetsPage() {
  const isPhone = useIsPhone();
  const { can } = useSession();
  const viewApi = useAssetView();
  const { view, setSort, setColumns } = viewApi;
  const assets = useAssets(view.filters, { limit: 50 });
  const total = useAssetCount(view.filters);
  const category = useCategory(view.filters.categoryId);
  const [selectedIds, setSelectedIds] = useState<Set<string>>(new Set());

  const available = useMemo(
    () => [...ASSET_COLUMNS, ...customFieldColumns((category.data?.fields ?? []).filter((f) => f.archivedAt === null))],
    [category.data],
  );
  const columns = ['tag', ...view.columns.filter((c) => c !== 'tag')]
    .map((key) => available.find((c) => c.key === key))
    .filter((c) => c !== undefined);
  // Selection is kept by id across pages and filter changes; only rows still listed can be acted on.
  const selected = assets.items.filter((a) => selectedIds.has(a.id));
  const canWrite = can('inventory.write');
  const filtered = view.activeCount > 0;

  const toggle = (id: string) =>
    setSelectedIds((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = () =>
    setSelectedIds((previous) =>
      assets.items.every((a) => previous.has(a.id)) ? new Set() : new Set(assets.items.map((a) => a.id)),
    );

  return (
    <>
      <PageHeader
        title="Assets"
        description="Every individually tracked unit. Filter, sort and choose columns: the view stays in the address, ready to bookmark or share."
        actions={
          <>
            <ListExport list="assets" query={assetListQuery(view.filters)} />
            <ColumnChooser
              available={available}
              value={view.columns}
              onChange={setColumns}
              onReset={() => setColumns(DEFAULT_COLUMNS)}
            />
            {canWrite && (
              <Button component={Link} to="/receive" leftSection={<IconPackageImport size={16} />}>
                Receive
              </Button>
            )}
          </>
        }
      />
      <AssetFilters api={viewApi} />
      {canWrite && (
        <BulkActionBar
          selected={selected}
          onClear={() => setSelectedIds(new Set())}
          canWrite={canWrite}
          canManage={can('inventory.manage')}
        />
      )}
      <ListState
        query={assets}
        loadingLabel="Loading assets"
        empty={
          <EmptyState
            icon={<IconDevices size={32} />}
            withIndicatorBackground
            title={filtered ? 'No asset matches these filters' : 'No assets yet'}
            description={
              filtered ? (
                'Clear a filter, widen the dates, or search for something else.'
              ) : (
                <>
                  Receive a delivery to create the first ones, or load the demo with <Code>npx qm seed --demo</Code>.
                </>
              )
            }
            mt="xl"
          >
            {!filtered && canWrite && (
              <EmptyState.Actions>
                <Button component={Link} to="/receive" leftSection={<IconPackageImport size={16} />}>
                  Receive a delivery
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        }
      >
        {(items) => (
          <>
            <Group justify="space-between" mb={4} gap="xs">
              {isPhone && (
                <Select
                  aria-label="Sort by"
                  data={SORT_OPTIONS}
                  value={view.sort}
                  onChange={(v) => v && setSort(v)}
                  allowDeselect={false}
                  size="xs"
                  w={190}
                />
              )}
              <Text size="sm" c="dimmed" aria-live="polite">
                {total.data
                  ? `${total.data.exact ? '' : 'More than '}${formatCount(total.data.count)} ${total.data.count === 1 && total.data.exact ? 'asset' : 'assets'} · `
                  : ''}
                {formatCount(items.length)} shown{assets.hasNextPage ? ', more below' : ''}
                {assets.isFetching && !assets.isFetchingNextPage ? ' · updating…' : ''}
              </Text>
            </Group>
            <DataTable<Asset>
              rows={items}
              rowKey={(a) => a.id}
              rowLabel={(a) => a.tag}
              label="Assets"
              columns={columns}
              minWidth={Math.max(760, columns.length * 130)}
              phoneTitle={(a) => <AssetLink asset={a} />}
              phoneBadge={(a) => <StatusBadge status={a.status} />}
              selection={canWrite ? { selected: selectedIds, toggle, toggleAll } : undefined}
              sort={{ value: view.sort, onChange: setSort }}
            />
          </>
        )}
      </ListState>
    </>
  );
}
