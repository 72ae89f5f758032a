/**
 * Imports: upload a spreadsheet, adjust its column mapping, run a dry run or the commit in the
 * background (polled while it runs, so a reload picks it up again), cancel, read the report.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { components } from '../../../src/client/create-client';

export type Import = components['schemas']['Import'];
export type ImportType = components['schemas']['ImportType'];
export type ImportProblem = components['schemas']['ImportProblem'];
export type ColumnMapping = components['schemas']['ImportColumnMapping'];
export type SavedMapping = components['schemas']['SavedImportMapping'];
export type RunSummary = components['schemas']['ImportRunSummary'];

export const isRunning = (i: Pick<Import, 'state'>) => i.state === 'checking' || i.state === 'committing';

export function useImportTypes() {
  return useQuery({
    queryKey: ['imports', 'types'],
    queryFn: () => unwrap(api.GET('/api/v1/imports/types')),
    staleTime: Infinity,
  });
}

export function useImports() {
  return useInfiniteQuery({
    queryKey: ['imports', 'list'],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/imports', { params: { query: { limit: 25, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** One import, polled every 700 ms while it runs. */
export function useImport(id: string) {
  return useQuery({
    queryKey: ['imports', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data) ? 700 : false),
  });
}

export type ImportTypeKey = ImportType['key'];

export function useSavedMappings(type: ImportTypeKey = 'assets') {
  return useQuery({
    queryKey: ['imports', 'mappings', type],
    queryFn: () => unwrap(api.GET('/api/v1/imports/mappings', { params: { query: { type } } })),
  });
}

export function useImportProblems(id: string, lastRunKey: string) {
  return useInfiniteQuery({
    queryKey: ['imports', 'problems', id, lastRunKey],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/imports/{id}/problems', {
          params: { path: { id }, query: { limit: 50, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useUpload() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mappingId, type }: { file: File; mappingId: string | null; type: ImportTypeKey }) =>
      unwrap(
        api.POST('/api/v1/imports', {
          params: {
            query: { type, fileName: file.name, ...(mappingId ? { mappingId } : {}) },
          },
          // The file itself is the body.
          body: file as never,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'content-type': file.type || 'application/octet-stream' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['imports', 'list'] }),
  });
}

function useImportMutation<V>(fn: (vars: V) => Promise<Import>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (view) => {
      queryClient.setQueryData(['imports', 'one', view.id], view);
      void queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['imports', 'mappings'] });
    },
  });
}

export function useSaveMapping(id: string) {
  return useImportMutation((body: { mapping: ColumnMapping; options: { skipBadRows: boolean }; saveAs?: string }) =>
    unwrap(api.PUT('/api/v1/imports/{id}/mapping', { params: { path: { id } }, body })),
  );
}

export function useRunImport(id: string) {
  return useImportMutation((body: { dryRun: boolean; skipBadRows?: boolean }) =>
    unwrap(api.POST('/api/v1/imports/{id}/run', { params: { path: { id } }, body })),
  );
}

export function useCancelImport(id: string) {
  return useImportMutation(() => unwrap(api.POST('/api/v1/imports/{id}/cancel', { params: { path: { id } } })));
}
