import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

export interface AuditFilters {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  /** ISO instants. */
  from?: string | undefined;
  to?: string | undefined;
}

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/audit', { params: { query: { ...filters, limit: 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useAuditVocabulary() {
  return useQuery({
    queryKey: ['audit', 'vocabulary'],
    queryFn: () => unwrap(api.GET('/api/v1/audit/vocabulary')),
    staleTime: 30_000,
  });
}

export function useStartAuditVerification() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/audit/verify-jobs')) });
}
