import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { ApiToken } from './types';

export interface TokenFilters {
  /** One user's tokens (administrators). */
  userId?: string | undefined;
  /** Everyone's tokens (administrators). */
  all?: boolean | undefined;
  includeRevoked?: boolean | undefined;
}

export function useTokens(filters: TokenFilters) {
  return useInfiniteQuery({
    queryKey: ['tokens', filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/tokens', {
          params: {
            query: {
              userId: filters.userId,
              // Query booleans travel as text.
              all: filters.all ? 'true' : undefined,
              includeRevoked: filters.includeRevoked ? 'true' : undefined,
              limit: 50,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export interface NewToken {
  name: string;
  access: ApiToken['access'];
  expiresAt?: string;
  userId?: string;
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewToken) => unwrap(api.POST('/api/v1/tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
