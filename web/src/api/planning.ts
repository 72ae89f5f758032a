/** Planning: plans most urgent first, one plan with its history and forecast, alerts. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { compact } from './paged';

export interface PlanFilters {
  locationId?: string | undefined;
  modelId?: string | undefined;
  alertsOnly?: boolean | undefined;
}

export function usePlans(filters: PlanFilters) {
  return useQuery({
    queryKey: ['planning', 'list', filters],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/planning', {
          params: { query: compact({ ...filters, alertsOnly: filters.alertsOnly ? 'true' : undefined }) },
        }),
      ),
  });
}

export function usePlan(modelId: string | undefined, locationId: string | undefined) {
  return useQuery({
    queryKey: ['planning', 'one', modelId, locationId],
    enabled: Boolean(modelId && locationId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/planning/items/{modelId}/{locationId}', {
          params: { path: { modelId: modelId!, locationId: locationId! } },
        }),
      ),
  });
}

export function useKits() {
  return useQuery({
    queryKey: ['planning', 'kits'],
    queryFn: () => unwrap(api.GET('/api/v1/planning/kits')),
  });
}

export function useAddKitItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { departmentId?: string; jobTitle?: string; modelId: string; quantity: number }) =>
      unwrap(api.POST('/api/v1/planning/kits', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['planning'] }),
  });
}

export function useRemoveKitItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/planning/kits/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['planning'] }),
  });
}

export function usePlanningSettings() {
  return useQuery({
    queryKey: ['planning', 'settings'],
    queryFn: () => unwrap(api.GET('/api/v1/planning/settings')),
  });
}

export function useSavePlanningSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { serviceLevel: number; defaultLeadTimeDays: number }) =>
      unwrap(api.PUT('/api/v1/planning/settings', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['planning'] }),
  });
}

export function useSupply(modelId: string | undefined) {
  return useQuery({
    queryKey: ['planning', 'supply', modelId],
    enabled: Boolean(modelId),
    queryFn: () => unwrap(api.GET('/api/v1/planning/supply/{id}', { params: { path: { id: modelId! } } })),
  });
}

export function useSaveSupply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      modelId,
      body,
    }: {
      modelId: string;
      body: { supplierId: string | null; leadTimeDays: number | null; version?: number };
    }) => unwrap(api.PUT('/api/v1/planning/supply/{id}', { params: { path: { id: modelId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['planning'] }),
  });
}

/** One model's figures summed over each location's subtree (a site's total need). */
export function useRollup(modelId: string | undefined) {
  return useQuery({
    queryKey: ['planning', 'rollup', modelId],
    enabled: Boolean(modelId),
    queryFn: () => unwrap(api.GET('/api/v1/planning/rollup', { params: { query: { modelId: modelId! } } })),
  });
}

/** Where one location holds more than it will need and another of the same model will run short. */
export function useTransfers(modelId: string | undefined) {
  return useQuery({
    queryKey: ['planning', 'transfers', modelId],
    enabled: Boolean(modelId),
    queryFn: () => unwrap(api.GET('/api/v1/planning/transfers', { params: { query: { modelId: modelId! } } })),
  });
}
