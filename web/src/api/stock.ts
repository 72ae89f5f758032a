/** Quantity-tracked stock: balances, the movement ledger, recording movements, stock policies. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { compact, usePaged } from './paged';
import type { StockMovement } from './types';

export interface BalanceFilters {
  locationId?: string | undefined;
  modelId?: string | undefined;
  q?: string | undefined;
  belowMinimum?: boolean | undefined;
}

export function useStockBalances(filters: BalanceFilters) {
  return useQuery({
    queryKey: ['stock', 'balances', filters],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/stock', {
          params: { query: compact({ ...filters, belowMinimum: filters.belowMinimum ? 'true' : undefined }) },
        }),
      ),
  });
}

export type MovementFilters = {
  locationId?: string | undefined;
  modelId?: string | undefined;
  kind?: StockMovement['kind'] | undefined;
  personId?: string | undefined;
};

export function useStockMovements(filters: MovementFilters, limit = 50) {
  return usePaged(['stock', 'movements', filters, limit], (cursor) =>
    unwrap(api.GET('/api/v1/stock/movements', { params: { query: { ...compact(filters), limit, cursor } } })),
  );
}

export type MovementRequest = {
  kind: 'receive' | 'issue' | 'return' | 'transfer' | 'adjust' | 'loss' | 'damage';
  modelId: string;
  locationId: string;
  quantity: number;
  toLocationId?: string;
  issuedTo?: { type: 'person' | 'location' | 'asset'; id: string };
  reason?: string;
  reference?: string;
  notes?: string;
};

/** After a movement, balances, history and plans may all have changed. */
function useStockChanged() {
  const queryClient = useQueryClient();
  return () => Promise.all(['stock', 'planning'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
}

export function useRecordMovement() {
  const changed = useStockChanged();
  return useMutation({
    mutationFn: (body: MovementRequest) => unwrap(api.POST('/api/v1/stock/movements', { body })),
    onSuccess: changed,
  });
}

export interface PolicyInput {
  minQuantity: number | null;
  maxQuantity: number | null;
  reorderQuantity: number | null;
  version?: number;
}

export function useSetPolicy() {
  const changed = useStockChanged();
  return useMutation({
    mutationFn: ({ modelId, locationId, body }: { modelId: string; locationId: string; body: PolicyInput }) =>
      unwrap(
        api.PUT('/api/v1/stock/policies/{modelId}/{locationId}', { params: { path: { modelId, locationId } }, body }),
      ),
    onSuccess: changed,
  });
}
