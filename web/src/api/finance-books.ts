/** Financial settings, depreciation books, their profiles and which profile each category or model uses. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components, paths } from '../../../src/client/create-client';
import { api, unwrap } from './client';

type Schemas = components['schemas'];
export type DepreciationProfile = Schemas['DepreciationProfile'];
export type DepreciationDefault = Schemas['DepreciationDefault'];
type Body<P extends keyof paths, M extends 'post' | 'patch' | 'put'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
export type CreateBookInput = Body<'/api/v1/depreciation-books', 'post'>;
export type UpdateBookInput = Body<'/api/v1/depreciation-books/{id}', 'patch'>;
export type CreateProfileInput = Body<'/api/v1/depreciation-books/{id}/profiles', 'post'>;
export type UpdateProfileInput = Body<'/api/v1/depreciation-profiles/{id}', 'patch'>;
export type SetDefaultInput = Body<'/api/v1/depreciation-books/{id}/defaults', 'put'>;

/** Any change here can move every book value: refetch everything financial. */
function useFinanceChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['finance'] });
}

export function useFinanceSettings() {
  return useQuery({
    queryKey: ['finance', 'settings'],
    queryFn: () => unwrap(api.GET('/api/v1/finance/settings')),
  });
}

export function useUpdateFinanceSettings() {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (body: { fiscalYearStartMonth: number }) => unwrap(api.PUT('/api/v1/finance/settings', { body })),
    onSuccess: changed,
  });
}

export function useAllBooks() {
  return useQuery({
    queryKey: ['finance', 'books', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/depreciation-books', { params: { query: { includeArchived: 'true' } } })),
  });
}

export function useBookProfiles(bookId: string | undefined) {
  return useQuery({
    queryKey: ['finance', 'profiles', bookId],
    queryFn: () => unwrap(api.GET('/api/v1/depreciation-books/{id}/profiles', { params: { path: { id: bookId! } } })),
    enabled: !!bookId,
  });
}

export function useBookDefaults(bookId: string | undefined) {
  return useQuery({
    queryKey: ['finance', 'defaults', bookId],
    queryFn: () => unwrap(api.GET('/api/v1/depreciation-books/{id}/defaults', { params: { path: { id: bookId! } } })),
    enabled: !!bookId,
  });
}

export function useCreateBook() {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (body: CreateBookInput) => unwrap(api.POST('/api/v1/depreciation-books', { body })),
    onSuccess: changed,
  });
}

export function useUpdateBook(id: string) {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (body: UpdateBookInput) =>
      unwrap(api.PATCH('/api/v1/depreciation-books/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useCreateProfile(bookId: string) {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (body: CreateProfileInput) =>
      unwrap(api.POST('/api/v1/depreciation-books/{id}/profiles', { params: { path: { id: bookId } }, body })),
    onSuccess: changed,
  });
}

export function useUpdateProfile(id: string) {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (body: UpdateProfileInput) =>
      unwrap(api.PATCH('/api/v1/depreciation-profiles/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useSetDefault(bookId: string) {
  const changed = useFinanceChanged();
  return useMutation({
    mutationFn: (body: SetDefaultInput) =>
      unwrap(api.PUT('/api/v1/depreciation-books/{id}/defaults', { params: { path: { id: bookId } }, body })),
    onSuccess: changed,
  });
}
