/** The location tree: lazy browsing, search-as-you-type, one location, and its changes. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { usePaged } from './paged';
import type { LocationDetail, LocationKind } from './types';

/** The children of one location, or the sites at the top ("root"). */
export function useLocationChildren(parentId: string, options: { enabled?: boolean; includeArchived?: boolean } = {}) {
  const includeArchived = options.includeArchived ? 'true' : undefined;
  return usePaged(
    ['locations', 'children', parentId, includeArchived ?? ''],
    (cursor) =>
      unwrap(api.GET('/api/v1/locations', { params: { query: { parentId, includeArchived, limit: 100, cursor } } })),
    { enabled: options.enabled ?? true },
  );
}

export interface LocationSearch {
  q: string;
  kind?: LocationKind | undefined;
  under?: string | undefined;
  limit?: number;
}

export function useLocationSearch(search: LocationSearch, enabled = true) {
  return useQuery({
    queryKey: ['locations', 'search', search],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/locations/search', {
          params: { query: { q: search.q, kind: search.kind, under: search.under, limit: search.limit ?? 20 } },
        }),
      ),
    enabled: enabled && search.q.trim().length > 0,
    staleTime: 30_000,
  });
}

export function useLocation(id: string | null | undefined) {
  return useQuery({
    queryKey: ['locations', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/locations/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 30_000,
  });
}

function useLocationSaved() {
  const queryClient = useQueryClient();
  return (location: LocationDetail) => {
    queryClient.setQueryData(['locations', 'one', location.id], location);
    void queryClient.invalidateQueries({ queryKey: ['locations'] });
  };
}

export interface LocationInput {
  parentId?: string | null;
  kind: LocationKind;
  code: string;
  name: string;
  address?: string | null;
  managerPersonId?: string | null;
  notes?: string | null;
}

export function useCreateLocation() {
  const saved = useLocationSaved();
  return useMutation({
    mutationFn: (body: LocationInput) => unwrap(api.POST('/api/v1/locations', { body })),
    onSuccess: saved,
  });
}

export function useUpdateLocation(id: string) {
  const saved = useLocationSaved();
  return useMutation({
    mutationFn: (body: Partial<Omit<LocationInput, 'parentId'>> & { version: number }) =>
      unwrap(api.PATCH('/api/v1/locations/{id}', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

export function useMoveLocation(id: string) {
  const saved = useLocationSaved();
  return useMutation({
    mutationFn: (body: { version: number; parentId: string }) =>
      unwrap(api.POST('/api/v1/locations/{id}/move', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

export function useArchiveLocation(id: string) {
  const saved = useLocationSaved();
  return useMutation({
    mutationFn: ({ version, archived }: { version: number; archived: boolean }) =>
      unwrap(
        archived
          ? api.POST('/api/v1/locations/{id}/archive', { params: { path: { id } }, body: { version } })
          : api.POST('/api/v1/locations/{id}/unarchive', { params: { path: { id } }, body: { version } }),
      ),
    onSuccess: saved,
  });
}

export const LOCATION_KINDS: { value: LocationKind; label: string }[] = [
  { value: 'site', label: 'Site' },
  { value: 'building', label: 'Building' },
  { value: 'floor', label: 'Floor' },
  { value: 'room', label: 'Room' },
  { value: 'stockroom', label: 'Stockroom' },
  { value: 'other', label: 'Other' },
];

export function kindLabel(kind: LocationKind): string {
  return LOCATION_KINDS.find((k) => k.value === kind)?.label ?? kind;
}
