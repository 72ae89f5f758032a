/** Assets: the list with its filters, one asset and its history, receiving, actions, stock levels. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { compact, usePaged } from './paged';
import type { AssetAction, AssetStatus } from './types';

export const ASSET_SORT_FIELDS = ['tag', 'status', 'createdAt', 'updatedAt', 'purchaseDate', 'warrantyEnd'] as const;
export type AssetSortField = (typeof ASSET_SORT_FIELDS)[number];
export type AssetSort = AssetSortField | `-${AssetSortField}`;

export interface AssetFilters {
  q?: string | undefined;
  status?: AssetStatus[] | undefined;
  categoryId?: string | undefined;
  modelId?: string | undefined;
  manufacturerId?: string | undefined;
  locationId?: string | undefined;
  personId?: string | undefined;
  supplierId?: string | undefined;
  purchasedFrom?: string | undefined;
  purchasedTo?: string | undefined;
  warrantyBefore?: string | undefined;
  /** Custom field key to value, compared as text by the server. */
  customFields?: Record<string, string> | undefined;
  sort?: AssetSort | undefined;
}

/** The list's filters and sort as the API's query (the list and its export take the same). */
export function assetListQuery(filters: AssetFilters) {
  const { customFields, status, ...rest } = filters;
  const cf = customFields && Object.keys(customFields).length > 0 ? JSON.stringify(customFields) : undefined;
  return { ...compact(rest), ...(status && status.length > 0 ? { status } : {}), customFields: cf };
}

export function useAssets(filters: AssetFilters, options: { limit?: number; enabled?: boolean } = {}) {
  const limit = options.limit ?? 50;
  return usePaged(
    ['assets', 'list', filters, limit],
    (cursor) =>
      unwrap(
        api.GET('/api/v1/assets', {
          params: { query: { ...assetListQuery(filters), limit, cursor } },
        }),
      ),
    { enabled: options.enabled ?? true },
  );
}

/** How many assets the list's filters match (exact, or "more than" the server's cap). */
export function useAssetCount(filters: AssetFilters) {
  const { customFields, status, sort: _sort, ...rest } = filters;
  const cf = customFields && Object.keys(customFields).length > 0 ? JSON.stringify(customFields) : undefined;
  return useQuery({
    queryKey: ['assets', 'count', { ...filters, sort: undefined }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/assets/count', {
          params: {
            query: { ...compact(rest), ...(status && status.length > 0 ? { status } : {}), customFields: cf },
          },
        }),
      ),
  });
}

export function useAsset(id: string | null | undefined) {
  return useQuery({
    queryKey: ['assets', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/assets/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useAssetEvents(id: string) {
  return usePaged(['assets', 'events', id], (cursor) =>
    unwrap(api.GET('/api/v1/assets/{id}/events', { params: { path: { id }, query: { limit: 50, cursor } } })),
  );
}

/** After any asset write, everything that counts or lists assets may have changed. */
function useAssetsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['assets', 'stock-levels', 'people', 'locations', 'categories'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export interface ActionInput {
  locationId?: string;
  assignee?: { type: 'person' | 'location' | 'asset'; id: string };
  transfer?: boolean;
  requestReference?: string;
  expectedReturnDate?: string;
  reason?: string;
  proceeds?: string;
  notes?: string;
  version?: number;
}

export function useAssetAction(id: string) {
  const changed = useAssetsChanged();
  return useMutation({
    mutationFn: ({ action, body }: { action: AssetAction; body: ActionInput }) =>
      unwrap(api.POST('/api/v1/assets/{id}/actions/{action}', { params: { path: { id, action } }, body })),
    onSuccess: changed,
  });
}

export function useBulkAssetAction() {
  const changed = useAssetsChanged();
  return useMutation({
    mutationFn: ({
      action,
      body,
    }: {
      action: AssetAction;
      body: Omit<ActionInput, 'version'> & { assetIds: string[] };
    }) => unwrap(api.POST('/api/v1/assets/actions/{action}', { params: { path: { action } }, body })),
    onSuccess: changed,
  });
}

export interface AssetEdit {
  version: number;
  tag?: string;
  serial?: string | null;
  name?: string | null;
  supplierId?: string | null;
  orderReference?: string | null;
  purchaseDate?: string | null;
  purchaseCost?: string | null;
  currency?: string | null;
  warrantyEnd?: string | null;
  costCentre?: string | null;
  customFields?: Record<string, unknown>;
  notes?: string | null;
}

export type BulkEditValues = Omit<AssetEdit, 'version' | 'tag' | 'serial'>;

/** The same values on several assets: all or nothing, one event per asset. */
export function useBulkEditAssets() {
  const changed = useAssetsChanged();
  return useMutation({
    mutationFn: (body: { assetIds: string[]; values: BulkEditValues }) =>
      unwrap(api.POST('/api/v1/assets/bulk-edit', { body })),
    onSuccess: changed,
  });
}

export function useUpdateAsset() {
  const changed = useAssetsChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AssetEdit }) =>
      unwrap(api.PATCH('/api/v1/assets/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export interface ReceiveInput {
  modelId: string;
  locationId: string;
  supplierId?: string | null;
  orderReference?: string | null;
  purchaseDate?: string | null;
  purchaseCost?: string | null;
  currency?: string | null;
  warrantyEnd?: string | null;
  items: { serial?: string | null; customFields?: Record<string, unknown> }[];
}

export function useReceiveAssets() {
  const changed = useAssetsChanged();
  return useMutation({
    mutationFn: (body: ReceiveInput) => unwrap(api.POST('/api/v1/assets/receive', { body })),
    onSuccess: changed,
  });
}

export interface StockLevelFilters {
  locationId?: string | undefined;
  modelId?: string | undefined;
  categoryId?: string | undefined;
  belowMinimum?: boolean | undefined;
}

export function useStockLevels(filters: StockLevelFilters) {
  return useQuery({
    queryKey: ['stock-levels', filters],
    // The table stays while another location or category loads (no flash of a spinner).
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/stock-levels', {
          params: { query: compact({ ...filters, belowMinimum: filters.belowMinimum ? 'true' : undefined }) },
        }),
      ),
  });
}
