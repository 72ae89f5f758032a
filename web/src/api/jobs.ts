import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Job } from './types';

export function isJobActive(job: Pick<Job, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/** Newest first; refreshes every second while any listed job is still queued or running. */
export function useJobs() {
  return useInfiniteQuery({
    queryKey: ['jobs', 'list'],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/jobs', { params: { query: { limit: 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some(isJobActive)) ? 1000 : false),
  });
}

/** One job, polled every 500 ms until it finishes. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && !isJobActive(query.state.data) ? false : 500),
  });
}

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/jobs/{id}/cancel', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jobs'] }),
  });
}
