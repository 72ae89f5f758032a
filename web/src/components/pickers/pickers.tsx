/** Search-as-you-type pickers for the catalogue, people and assets, over SearchSelect. */
import { Badge } from '@mantine/core';
import { useAsset, useAssets } from '../../api/assets';
import {
  useCategories,
  useCategory,
  useManufacturer,
  useManufacturers,
  useModel,
  useModels,
  useSupplier,
  useSuppliers,
} from '../../api/catalog';
import { api, unwrap } from '../../api/client';
import { useDepartment, useDepartments, usePeople, usePerson } from '../../api/people';
import type { Model } from '../../api/types';
import { StatusBadge } from '../StatusBadge';
import { SearchSelect, type SearchSelectProps } from './SearchSelect';

type PickerProps = Omit<SearchSelectProps, 'useSearch' | 'useSelectedLabel' | 'label'> & {
  label?: SearchSelectProps['label'];
};

export function ModelPicker({
  label = 'Model',
  tracking,
  categoryId,
  ...props
}: PickerProps & { tracking?: Model['tracking']; categoryId?: string | undefined }) {
  const useSearch = (q: string, opened: boolean) => {
    const models = useModels({ q, tracking, categoryId }, 20, opened || q !== '');
    return {
      options: models.items.map((m) => ({
        value: m.id,
        label: m.name,
        description: [m.manufacturerName, m.categoryName, m.modelNumber].filter(Boolean).join(' · '),
      })),
      isFetching: models.isFetching,
      message: 'No model matches',
    };
  };
  const resolveExact = async (text: string) => {
    // A GTIN scanned from the carton names the model.
    if (!/^\d{8,14}$/.test(text)) return null;
    try {
      const m = await unwrap(api.GET('/api/v1/models/by-gtin/{gtin}', { params: { path: { gtin: text } } }));
      return { value: m.id, label: m.name };
    } catch {
      return null;
    }
  };
  return (
    <SearchSelect
      label={label}
      placeholder="Name, or scan a GTIN"
      {...props}
      useSearch={useSearch}
      useSelectedLabel={(id) => useModel(id).data?.name}
      resolveExact={resolveExact}
    />
  );
}

export function PersonPicker({ label = 'Person', ...props }: PickerProps) {
  const useSearch = (q: string, opened: boolean) => {
    const people = usePeople({ q }, 20, opened || q !== '');
    return {
      options: people.items.map((p) => ({
        value: p.id,
        label: p.name,
        description: [p.employeeNumber, p.email, p.department?.name].filter(Boolean).join(' · '),
        aside:
          p.status !== 'active' ? (
            <Badge size="xs" variant="light" color={p.status === 'left' ? 'gray' : 'orange'}>
              {p.status === 'left' ? 'Left' : 'Leaving'}
            </Badge>
          ) : undefined,
      })),
      isFetching: people.isFetching,
      message: 'Nobody matches',
    };
  };
  return (
    <SearchSelect
      label={label}
      placeholder="Name, e-mail or employee number"
      {...props}
      useSearch={useSearch}
      useSelectedLabel={(id) => usePerson(id).data?.name}
    />
  );
}

export function AssetPicker({ label = 'Asset', ...props }: PickerProps) {
  const useSearch = (q: string) => {
    const assets = useAssets({ q }, { limit: 20, enabled: q !== '' });
    return {
      options: assets.items.map((a) => ({
        value: a.id,
        label: a.tag,
        description: [a.model.name, a.serial].filter(Boolean).join(' · '),
        aside: <StatusBadge status={a.status} size="xs" />,
      })),
      isFetching: assets.isFetching,
      message: q ? 'No asset matches' : 'Type a tag or a serial',
    };
  };
  return (
    <SearchSelect
      label={label}
      placeholder="Tag or serial"
      {...props}
      useSearch={useSearch}
      useSelectedLabel={(id) => useAsset(id).data?.tag}
    />
  );
}

export function CategoryPicker({ label = 'Category', ...props }: PickerProps) {
  const useSearch = (q: string) => {
    const categories = useCategories({ q }, 50);
    return {
      options: categories.items.map((c) => ({ value: c.id, label: c.name })),
      isFetching: categories.isFetching,
      message: 'No category matches',
    };
  };
  return (
    <SearchSelect
      label={label}
      placeholder="Any category"
      {...props}
      useSearch={useSearch}
      useSelectedLabel={(id) => useCategory(id).data?.name}
    />
  );
}

export function ManufacturerPicker({ label = 'Manufacturer', ...props }: PickerProps) {
  const useSearch = (q: string) => {
    const list = useManufacturers({ q }, 50);
    return {
      options: list.items.map((m) => ({ value: m.id, label: m.name })),
      isFetching: list.isFetching,
      message: 'No manufacturer matches',
    };
  };
  return (
    <SearchSelect
      label={label}
      placeholder="Any manufacturer"
      {...props}
      useSearch={useSearch}
      useSelectedLabel={(id) => useManufacturer(id).data?.name}
    />
  );
}

export function SupplierPicker({ label = 'Supplier', ...props }: PickerProps) {
  const useSearch = (q: string) => {
    const list = useSuppliers({ q }, 50);
    return {
      options: list.items.map((s) => ({ value: s.id, label: s.name, description: s.accountNumber ?? undefined })),
      isFetching: list.isFetching,
      message: 'No supplier matches',
    };
  };
  return (
    <SearchSelect
      label={label}
      placeholder="Any supplier"
      {...props}
      useSearch={useSearch}
      useSelectedLabel={(id) => useSupplier(id).data?.name}
    />
  );
}

export function DepartmentPicker({ label = 'Department', ...props }: PickerProps) {
  const useSearch = (q: string) => {
    const list = useDepartments({ q }, 50);
    return {
      options: list.items.map((d) => ({
        value: d.id,
        label: d.name,
        description: [d.code, d.costCentre].filter(Boolean).join(' · ') || undefined,
      })),
      isFetching: list.isFetching,
      message: 'No department matches',
    };
  };
  return (
    <SearchSelect
      label={label}
      placeholder="Any department"
      {...props}
      useSearch={useSearch}
      useSelectedLabel={(id) => useDepartment(id).data?.name}
    />
  );
}
