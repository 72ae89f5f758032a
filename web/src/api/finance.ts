/** Financials: an asset's book values and schedules, books, and the finance reports. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components, paths } from '../../../src/client/create-client';
import { api, unwrap } from './client';

type Schemas = components['schemas'];
export type AssetFinancials = Schemas['AssetFinancials'];
export type BookFigures = AssetFinancials['books'][number];

export function useAssetFinancials(assetId: string, date?: string) {
  return useQuery({
    queryKey: ['finance', 'asset', assetId, date ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/assets/{id}/financials', {
          params: { path: { id: assetId }, query: date ? { date } : {} },
        }),
      ),
  });
}

export type ReplacementBudget = Schemas['ReplacementBudget'];
export type DepreciationForecast = Schemas['DepreciationForecast'];
export type DepreciationBook = Schemas['DepreciationBook'];

export function useBooks() {
  return useQuery({
    queryKey: ['finance', 'books'],
    queryFn: () => unwrap(api.GET('/api/v1/depreciation-books', { params: { query: {} } })),
  });
}

export function useReplacementBudget() {
  return useQuery({
    queryKey: ['finance', 'budget'],
    queryFn: () => unwrap(api.GET('/api/v1/finance/reports/replacement-budget')),
  });
}

export function useRegister(date: string, bookId: string | undefined) {
  return useQuery({
    queryKey: ['finance', 'register', date, bookId ?? null],
    queryFn: () =>
      unwrap(api.GET('/api/v1/finance/reports/register', { params: { query: { date, bookId, limit: 50 } } })),
  });
}

export type Grouping = 'category' | 'costCentre' | 'site' | 'book';

export function useExpense(from: string, to: string, groupBy: Grouping, bookId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['finance', 'expense', from, to, groupBy, bookId ?? null],
    queryFn: () =>
      unwrap(api.GET('/api/v1/finance/reports/expense', { params: { query: { from, to, groupBy, bookId } } })),
    enabled,
  });
}

export function useForecast(years: number, groupBy: Exclude<Grouping, 'book'>, bookId: string | undefined) {
  return useQuery({
    queryKey: ['finance', 'forecast', years, groupBy, bookId ?? null],
    queryFn: () =>
      unwrap(api.GET('/api/v1/finance/reports/forecast', { params: { query: { years, groupBy, bookId } } })),
  });
}

export function useWriteOffs(from: string, to: string, bookId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['finance', 'write-offs', from, to, bookId ?? null],
    queryFn: () =>
      unwrap(api.GET('/api/v1/finance/reports/write-offs', { params: { query: { from, to, bookId, limit: 500 } } })),
    enabled,
  });
}

export function useTco(groupBy: 'model' | 'category') {
  return useQuery({
    queryKey: ['finance', 'tco', groupBy],
    queryFn: () => unwrap(api.GET('/api/v1/finance/reports/tco', { params: { query: { limit: 200, groupBy } } })),
  });
}

/** The address of a report's file (the browser downloads it with the session cookie). */
export function exportUrl(report: string, query: Record<string, string | number | undefined>, format: 'csv' | 'xlsx') {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  params.set('format', format);
  return `/api/v1/finance/reports/${report}/export?${params.toString()}`;
}

export type AssetCosts = Schemas['AssetCosts'];
export type AssetCost = Schemas['AssetCost'];
export type RecordCostInput = NonNullable<
  paths['/api/v1/assets/{id}/costs']['post']['requestBody']
>['content']['application/json'];

export function useAssetCosts(assetId: string) {
  return useQuery({
    queryKey: ['finance', 'asset-costs', assetId],
    queryFn: () => unwrap(api.GET('/api/v1/assets/{id}/costs', { params: { path: { id: assetId } } })),
  });
}

/** After a cost changes: the asset's costs, its financial figures, its history, the TCO report. */
function useCostsChanged(assetId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['finance'] }),
      queryClient.invalidateQueries({ queryKey: ['assets', 'events', assetId] }),
    ]);
}

export function useRecordCost(assetId: string) {
  const changed = useCostsChanged(assetId);
  return useMutation({
    mutationFn: (body: RecordCostInput) =>
      unwrap(api.POST('/api/v1/assets/{id}/costs', { params: { path: { id: assetId } }, body })),
    onSuccess: changed,
  });
}

export function useRemoveCost(assetId: string) {
  const changed = useCostsChanged(assetId);
  return useMutation({
    mutationFn: (costId: string) =>
      unwrap(api.DELETE('/api/v1/assets/{id}/costs/{costId}', { params: { path: { id: assetId, costId } } })),
    onSuccess: changed,
  });
}
