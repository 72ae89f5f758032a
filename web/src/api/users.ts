import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Grant, User } from './types';

export interface UserFilters {
  q?: string | undefined;
  status?: 'active' | 'deactivated' | undefined;
}

export function useUsers(filters: UserFilters, options: { enabled?: boolean; limit?: number } = {}) {
  const limit = options.limit ?? 50;
  return useInfiniteQuery({
    queryKey: ['users', 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/users', { params: { query: { ...filters, limit, cursor: pageParam, sort: 'email' } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: ['users', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } } })),
  });
}

/** After a write that returns the user: show the new version at once and refresh the lists. */
function useUserSaved() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(['users', 'one', user.id], user);
    void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
  };
}

export function useCreateUser() {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: (body: { email: string; name: string; password?: string; grants: Grant[] }) =>
      unwrap(api.POST('/api/v1/users', { body })),
    onSuccess: (result) => saved(result.user),
  });
}

export function useUpdateUser(id: string) {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: (body: { version: number; email?: string; name?: string; status?: User['status'] }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

export function useSetGrants(id: string) {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: (body: { version: number; grants: Grant[] }) =>
      unwrap(api.PUT('/api/v1/users/{id}/grants', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

export function useResetPassword(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/users/{id}/reset-password', { params: { path: { id } }, body: {} })),
    // The reset bumps the user's version and sets mustChangePassword: read the user again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
