/** Financials: an asset's book values and schedules, books, and the finance reports. */
import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../src/client/create-client';
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
