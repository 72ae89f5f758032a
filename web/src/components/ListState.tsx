import type { ReactNode } from 'react';
import { Loader } from '@mantine/core';
import { LoadMore } from './LoadMore';
import { QueryError } from './QueryError';

interface PagedQuery<T> {
  items: T[];
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** A paged list's states: loading, failed (with retry), empty (what to do next), the rows and "Load more". */
export function ListState<T>({
  query,
  loadingLabel,
  empty,
  children,
}: {
  query: PagedQuery<T>;
  loadingLabel: string;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  if (query.isPending) return <Loader aria-label={loadingLabel} />;
  if (query.error) return <QueryError error={query.error} retry={query.refetch} />;
  if (query.items.length === 0) return empty;
  return (
    <>
      {children(query.items)}
      <LoadMore {...query} />
    </>
  );
}
