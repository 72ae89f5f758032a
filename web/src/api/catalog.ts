/** The catalogue: categories with their custom fields, manufacturers, suppliers and models. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { compact, usePaged } from './paged';
import type { CategoryKind, CustomField, CustomFieldType, Model } from './types';

export interface NameFilters {
  q?: string | undefined;
  includeArchived?: boolean | undefined;
}

const archivedParam = (includeArchived: boolean | undefined) => (includeArchived ? 'true' : undefined);

/** After any catalogue write: lists and details read again (names show up in many places). */
function useInvalidate(...keys: string[]) {
  const queryClient = useQueryClient();
  return () => Promise.all(keys.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
}

// Categories

export function useCategories(filters: NameFilters & { kind?: CategoryKind | undefined } = {}, limit = 100) {
  return usePaged(['categories', 'list', filters, limit], (cursor) =>
    unwrap(
      api.GET('/api/v1/categories', {
        params: {
          query: {
            ...compact({ q: filters.q, kind: filters.kind }),
            includeArchived: archivedParam(filters.includeArchived),
            sort: 'name',
            limit,
            cursor,
          },
        },
      }),
    ),
  );
}

export function useCategory(id: string | null | undefined) {
  return useQuery({
    queryKey: ['categories', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/categories/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 30_000,
  });
}

export interface FieldInput {
  key: string;
  label: string;
  type: CustomFieldType;
  required?: boolean;
  unique?: boolean;
  options?: string[] | null;
  helpText?: string | null;
  position?: number;
}

export function useCreateCategory() {
  const invalidate = useInvalidate('categories');
  return useMutation({
    mutationFn: (body: { name: string; kind: CategoryKind; notes?: string | null; fields?: FieldInput[] }) =>
      unwrap(api.POST('/api/v1/categories', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateCategory(id: string) {
  const invalidate = useInvalidate('categories', 'models', 'assets');
  return useMutation({
    mutationFn: (body: {
      version: number;
      name?: string;
      kind?: CategoryKind;
      notes?: string | null;
      archived?: boolean;
    }) => unwrap(api.PATCH('/api/v1/categories/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useAddField(categoryId: string) {
  const invalidate = useInvalidate('categories');
  return useMutation({
    mutationFn: (body: FieldInput) =>
      unwrap(api.POST('/api/v1/categories/{id}/fields', { params: { path: { id: categoryId } }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdateField(categoryId: string) {
  const invalidate = useInvalidate('categories');
  return useMutation({
    mutationFn: ({ field, changes }: { field: CustomField; changes: Partial<FieldInput> & { archived?: boolean } }) =>
      unwrap(
        api.PATCH('/api/v1/categories/{id}/fields/{fieldId}', {
          params: { path: { id: categoryId, fieldId: field.id } },
          body: { ...changes, version: field.version },
        }),
      ),
    onSuccess: invalidate,
  });
}

// Manufacturers

export function useManufacturers(filters: NameFilters = {}, limit = 100) {
  return usePaged(['manufacturers', 'list', filters, limit], (cursor) =>
    unwrap(
      api.GET('/api/v1/manufacturers', {
        params: {
          query: {
            ...compact({ q: filters.q }),
            includeArchived: archivedParam(filters.includeArchived),
            sort: 'name',
            limit,
            cursor,
          },
        },
      }),
    ),
  );
}

export function useManufacturer(id: string | null | undefined) {
  return useQuery({
    queryKey: ['manufacturers', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/manufacturers/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export interface ManufacturerInput {
  name: string;
  website?: string | null;
  supportUrl?: string | null;
  supportEmail?: string | null;
  supportPhone?: string | null;
  notes?: string | null;
}

export function useSaveManufacturer(id?: string) {
  const invalidate = useInvalidate('manufacturers', 'models');
  return useMutation({
    mutationFn: (body: ManufacturerInput & { version?: number; archived?: boolean }) =>
      unwrap(
        id
          ? api.PATCH('/api/v1/manufacturers/{id}', {
              params: { path: { id } },
              body: { ...body, version: body.version ?? 1 },
            })
          : api.POST('/api/v1/manufacturers', { body }),
      ),
    onSuccess: invalidate,
  });
}

// Suppliers

export function useSuppliers(filters: NameFilters = {}, limit = 100) {
  return usePaged(['suppliers', 'list', filters, limit], (cursor) =>
    unwrap(
      api.GET('/api/v1/suppliers', {
        params: {
          query: {
            ...compact({ q: filters.q }),
            includeArchived: archivedParam(filters.includeArchived),
            sort: 'name',
            limit,
            cursor,
          },
        },
      }),
    ),
  );
}

export function useSupplier(id: string | null | undefined) {
  return useQuery({
    queryKey: ['suppliers', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/suppliers/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export interface SupplierInput {
  name: string;
  contactName?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  accountNumber?: string | null;
  defaultLeadTimeDays?: number | null;
  address?: string | null;
  notes?: string | null;
}

export function useSaveSupplier(id?: string) {
  const invalidate = useInvalidate('suppliers');
  return useMutation({
    mutationFn: (body: SupplierInput & { version?: number; archived?: boolean }) =>
      unwrap(
        id
          ? api.PATCH('/api/v1/suppliers/{id}', {
              params: { path: { id } },
              body: { ...body, version: body.version ?? 1 },
            })
          : api.POST('/api/v1/suppliers', { body }),
      ),
    onSuccess: invalidate,
  });
}

// Models

export interface ModelFilters extends NameFilters {
  categoryId?: string | undefined;
  manufacturerId?: string | undefined;
  tracking?: Model['tracking'] | undefined;
}

export function useModels(filters: ModelFilters = {}, limit = 50, enabled = true) {
  return usePaged(
    ['models', 'list', filters, limit],
    (cursor) =>
      unwrap(
        api.GET('/api/v1/models', {
          params: {
            query: {
              ...compact({
                q: filters.q,
                categoryId: filters.categoryId,
                manufacturerId: filters.manufacturerId,
                tracking: filters.tracking,
              }),
              includeArchived: archivedParam(filters.includeArchived),
              sort: 'name',
              limit,
              cursor,
            },
          },
        }),
      ),
    { enabled },
  );
}

export function useModel(id: string | null | undefined) {
  return useQuery({
    queryKey: ['models', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/models/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 30_000,
  });
}

export interface ModelInput {
  categoryId: string;
  manufacturerId?: string | null;
  name: string;
  tracking?: Model['tracking'];
  modelNumber?: string | null;
  gtins?: string[];
  expectedLifeMonths?: number | null;
  defaultUnitCost?: string | null;
  currency?: string | null;
  minStock?: number | null;
  imageUrl?: string | null;
  notes?: string | null;
}

export function useSaveModel(id?: string) {
  const invalidate = useInvalidate('models', 'stock-levels');
  return useMutation({
    mutationFn: (body: Partial<ModelInput> & { version?: number; archived?: boolean }) =>
      unwrap(
        id
          ? api.PATCH('/api/v1/models/{id}', {
              params: { path: { id } },
              body: { ...body, version: body.version ?? 1 },
            })
          : api.POST('/api/v1/models', { body: body as ModelInput }),
      ),
    onSuccess: invalidate,
  });
}

export const CATEGORY_KINDS: { value: CategoryKind; label: string }[] = [
  { value: 'hardware', label: 'Hardware' },
  { value: 'accessory', label: 'Accessory' },
  { value: 'consumable', label: 'Consumable' },
  { value: 'component', label: 'Component' },
  { value: 'software', label: 'Software' },
];

export const FIELD_TYPES: { value: CustomFieldType; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'date', label: 'Date' },
  { value: 'boolean', label: 'Yes / no' },
  { value: 'select', label: 'Choice from a list' },
  { value: 'url', label: 'Web address (URL)' },
  { value: 'email', label: 'E-mail address' },
  { value: 'ip', label: 'IP address' },
  { value: 'mac', label: 'MAC address' },
];
