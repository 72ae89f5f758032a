/**
 * Where a list's file is: `/api/v1/exports/<list>.csv|xlsx` with the list's own filters and sort,
 * typed from the API's contract so a page can only pass what its export takes.
 */
import type { paths } from '../../../src/client/create-client';

export type ExportFormat = 'csv' | 'xlsx';

type ExportPath = Extract<keyof paths, `/api/v1/exports/${string}.{format}`>;
export type ExportList = ExportPath extends `/api/v1/exports/${infer L}.{format}` ? L : never;
export type ExportQuery<L extends ExportList> = NonNullable<
  paths[`/api/v1/exports/${L}.{format}`]['get']['parameters']['query']
>;

type Value = string | number | boolean | readonly string[] | null | undefined;

/** The address of a list's file; empty values are left out, arrays repeat their key. */
export function exportUrl(list: ExportList, query: Record<string, Value>, format: ExportFormat): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(key, v);
    else params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1/exports/${list}.${format}${search ? `?${search}` : ''}`;
}
