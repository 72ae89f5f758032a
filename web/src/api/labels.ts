/**
 * Labels: the templates (label stock) and printing. Up to 500 labels come back as the file; larger
 * runs are a background job whose file is fetched when it is done.
 */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, ApiError } from './client';
import type { ApiProblem, components, paths } from '../../../src/client/create-client';
import type { Job } from './types';

export type LabelTemplate = components['schemas']['LabelTemplate'];
export type LabelRequest = paths['/api/v1/labels']['post']['requestBody']['content']['application/json'];

export function useLabelTemplates() {
  return useQuery({
    queryKey: ['labels', 'templates'],
    queryFn: () => unwrap(api.GET('/api/v1/labels/templates')),
    staleTime: Infinity,
  });
}

export type PrintOutcome = { kind: 'file'; blob: Blob; fileName: string; labels: number } | { kind: 'job'; job: Job };

function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

async function problemOf(response: Response, blob: Blob | undefined): Promise<never> {
  let problem: unknown = null;
  try {
    problem = JSON.parse((await blob?.text()) ?? '');
  } catch {
    // not a problem document: described from the status below
  }
  const p = problem as Partial<ApiProblem> | null;
  throw new ApiError({
    status: response.status,
    code: p?.code ?? 'http_error',
    detail: p?.detail ?? `The server answered ${response.status} ${response.statusText}.`,
    ...(p?.errors ? { errors: p.errors } : {}),
  });
}

export async function printLabels(body: LabelRequest): Promise<PrintOutcome> {
  const { data, error, response } = await api.POST('/api/v1/labels', { body, parseAs: 'blob' });
  if (!response.ok) return problemOf(response, (error ?? undefined) as Blob | undefined);
  const blob = data as unknown as Blob;
  if (response.status === 202) return { kind: 'job', job: JSON.parse(await blob.text()) as Job };
  return {
    kind: 'file',
    blob,
    fileName: fileNameOf(response, 'labels.pdf'),
    labels: Number(response.headers.get('x-label-count') ?? 0),
  };
}

export async function labelJobFile(jobId: string): Promise<{ blob: Blob; fileName: string }> {
  const { data, error, response } = await api.GET('/api/v1/labels/jobs/{jobId}/file', {
    params: { path: { jobId } },
    parseAs: 'blob',
  });
  if (!response.ok) return problemOf(response, (error ?? undefined) as Blob | undefined);
  return { blob: data as unknown as Blob, fileName: fileNameOf(response, 'labels.pdf') };
}

/** Hands a file to the browser as a download. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
