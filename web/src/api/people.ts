/** People (employees and contractors) and their departments. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { compact, usePaged } from './paged';
import type { PersonStatus } from './types';

export interface PeopleFilters {
  q?: string | undefined;
  departmentId?: string | undefined;
  locationId?: string | undefined;
  status?: PersonStatus | undefined;
  managerId?: string | undefined;
  remote?: boolean | undefined;
}

/** The orders the people list offers (the API's sort keys, `-` for descending). */
export type PeopleSort = 'name' | '-name' | 'employeeNumber' | '-employeeNumber' | 'startDate' | '-startDate';

export function usePeople(filters: PeopleFilters = {}, limit = 50, enabled = true, sort: PeopleSort = 'name') {
  return usePaged(
    ['people', 'list', filters, limit, sort],
    (cursor) =>
      unwrap(
        api.GET('/api/v1/people', {
          params: {
            query: {
              ...compact({ ...filters, remote: filters.remote === undefined ? undefined : String(filters.remote) }),
              sort,
              limit,
              cursor,
            },
          },
        }),
      ),
    { enabled },
  );
}

/** How many people the list's filters match (exact, or "more than" the server's cap). */
export function usePeopleCount(filters: PeopleFilters = {}) {
  return useQuery({
    queryKey: ['people', 'count', filters],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/people/count', {
          params: {
            query: compact({ ...filters, remote: filters.remote === undefined ? undefined : String(filters.remote) }),
          },
        }),
      ),
  });
}

export function usePerson(id: string | null | undefined) {
  return useQuery({
    queryKey: ['people', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export interface PersonInput {
  employeeNumber?: string | null;
  name: string;
  email?: string | null;
  jobTitle?: string | null;
  departmentId?: string | null;
  costCentre?: string | null;
  managerId?: string | null;
  locationId?: string | null;
  remote?: boolean;
  startDate?: string | null;
  endDate?: string | null;
  status?: PersonStatus;
  notes?: string | null;
}

export function useSavePerson(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<PersonInput> & { version?: number }) =>
      unwrap(
        id
          ? api.PATCH('/api/v1/people/{id}', {
              params: { path: { id } },
              body: { ...body, version: body.version ?? 1 },
            })
          : api.POST('/api/v1/people', { body: body as PersonInput }),
      ),
    onSuccess: (person) => {
      queryClient.setQueryData(['people', 'one', person.id], person);
      void queryClient.invalidateQueries({ queryKey: ['people', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['departments'] });
    },
  });
}

export function useDepartments(filters: { q?: string | undefined; includeArchived?: boolean } = {}, limit = 100) {
  return usePaged(['departments', 'list', filters, limit], (cursor) =>
    unwrap(
      api.GET('/api/v1/departments', {
        params: {
          query: {
            ...compact({ q: filters.q }),
            includeArchived: filters.includeArchived ? 'true' : undefined,
            sort: 'name',
            limit,
            cursor,
          },
        },
      }),
    ),
  );
}

export function useDepartment(id: string | null | undefined) {
  return useQuery({
    queryKey: ['departments', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/departments/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export interface DepartmentInput {
  name: string;
  code?: string | null;
  costCentre?: string | null;
  managerId?: string | null;
}

export function useSaveDepartment(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<DepartmentInput> & { version?: number }) =>
      unwrap(
        id
          ? api.PATCH('/api/v1/departments/{id}', {
              params: { path: { id } },
              body: { ...body, version: body.version ?? 1 },
            })
          : api.POST('/api/v1/departments', { body: body as DepartmentInput }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['departments'] }),
  });
}

export function useArchiveDepartment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, archived }: { version: number; archived: boolean }) =>
      unwrap(
        archived
          ? api.POST('/api/v1/departments/{id}/archive', { params: { path: { id } }, body: { version } })
          : api.POST('/api/v1/departments/{id}/unarchive', { params: { path: { id } }, body: { version } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['departments'] }),
  });
}

export const PERSON_STATUSES: { value: PersonStatus; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'leaving', label: 'Leaving' },
  { value: 'left', label: 'Left' },
];
