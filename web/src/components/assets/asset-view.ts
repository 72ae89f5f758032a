/**
 * The asset list's view (filters, sort, columns) kept in the URL, so a view can be bookmarked and
 * shared: ?status=in_stock,in_use&locationId=...&sort=-purchaseDate&cols=tag,model,status&cf.ram_gb=16
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ASSET_SORT_FIELDS, type AssetFilters, type AssetSort } from '../../api/assets';
import type { AssetStatus } from '../../api/types';
import { ASSET_STATUS } from '../StatusBadge';

export const FILTER_KEYS = [
  'q',
  'status',
  'categoryId',
  'modelId',
  'manufacturerId',
  'locationId',
  'personId',
  'supplierId',
  'purchasedFrom',
  'purchasedTo',
  'warrantyBefore',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const CF_PREFIX = 'cf.';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const DEFAULT_COLUMNS = ['tag', 'model', 'serial', 'status', 'location', 'assignee', 'warrantyEnd'];
export const DEFAULT_SORT: AssetSort = 'tag';

export interface AssetView {
  filters: AssetFilters;
  /** Raw URL values of the filters (for the inputs). */
  raw: Partial<Record<FilterKey, string>>;
  customFields: Record<string, string>;
  sort: AssetSort;
  columns: string[];
  /** How many filters are set (for "Filters (3)"). */
  activeCount: number;
}

function isSort(value: string | null): value is AssetSort {
  return value !== null && (ASSET_SORT_FIELDS as readonly string[]).includes(value.replace(/^-/, ''));
}

export function useAssetView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo<AssetView>(() => {
    const raw: Partial<Record<FilterKey, string>> = {};
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) raw[key] = value;
    }
    const customFields: Record<string, string> = {};
    for (const [key, value] of params) {
      if (key.startsWith(CF_PREFIX) && value !== '') customFields[key.slice(CF_PREFIX.length)] = value;
    }
    const id = (key: FilterKey) => (raw[key] && UUID.test(raw[key]) ? raw[key] : undefined);
    const day = (key: FilterKey) => (raw[key] && DAY.test(raw[key]) ? raw[key] : undefined);
    const status = (raw.status ?? '').split(',').filter((s): s is AssetStatus => s in ASSET_STATUS);
    const sortParam = params.get('sort');
    const sort = isSort(sortParam) ? sortParam : DEFAULT_SORT;
    const cols = params.get('cols');
    const filters: AssetFilters = {
      q: raw.q,
      status: status.length > 0 ? status : undefined,
      categoryId: id('categoryId'),
      modelId: id('modelId'),
      manufacturerId: id('manufacturerId'),
      locationId: id('locationId'),
      personId: id('personId'),
      supplierId: id('supplierId'),
      purchasedFrom: day('purchasedFrom'),
      purchasedTo: day('purchasedTo'),
      warrantyBefore: day('warrantyBefore'),
      customFields: Object.keys(customFields).length > 0 ? customFields : undefined,
      sort,
    };
    return {
      filters,
      raw,
      customFields,
      sort,
      columns: cols ? cols.split(',').filter(Boolean) : DEFAULT_COLUMNS,
      activeCount: Object.keys(raw).length + Object.keys(customFields).length,
    };
  }, [params]);

  const update = useCallback(
    (changes: Record<string, string | null | undefined>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setCustomField = useCallback(
    (key: string, value: string | null) => update({ [CF_PREFIX + key]: value }),
    [update],
  );

  const clearFilters = useCallback(
    () =>
      setParams(
        (previous) => {
          const next = new URLSearchParams();
          // The sort and the columns are the view's shape, not a filter: they stay.
          for (const key of ['sort', 'cols']) {
            const value = previous.get(key);
            if (value) next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setSort = useCallback((sort: string) => update({ sort: sort === DEFAULT_SORT ? null : sort }), [update]);
  const setColumns = useCallback(
    (columns: string[]) => update({ cols: columns.join(',') === DEFAULT_COLUMNS.join(',') ? null : columns.join(',') }),
    [update],
  );

  /** Category changes drop the custom field filters of the previous one (keys differ per category). */
  const setCategory = useCallback(
    (categoryId: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const key of [...next.keys()]) if (key.startsWith(CF_PREFIX)) next.delete(key);
          if (categoryId) next.set('categoryId', categoryId);
          else next.delete('categoryId');
          next.delete('modelId');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { view, update, setCustomField, clearFilters, setSort, setColumns, setCategory };
}
