import { Badge } from '@mantine/core';
import { api, unwrap } from '../../api/client';
import { kindLabel, useLocation, useLocationSearch } from '../../api/locations';
import type { LocationKind, LocationRef, LocationSearchHit } from '../../api/types';
import { SearchSelect, type SearchOption, type SearchSelectProps } from './SearchSelect';

/** "London › Thames House › Floor 1" */
export function breadcrumb(ancestors: readonly Pick<LocationRef, 'name'>[]): string {
  return ancestors.map((a) => a.name).join(' › ');
}

function toOption(hit: Pick<LocationSearchHit, 'id' | 'name' | 'code' | 'kind' | 'ancestors'>): SearchOption {
  return {
    value: hit.id,
    label: `${hit.name} (${hit.code})`,
    description: hit.ancestors.length > 0 ? breadcrumb(hit.ancestors) : 'Top of the tree',
    aside: (
      <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
        {kindLabel(hit.kind)}
      </Badge>
    ),
  };
}

function useSelectedLocationLabel(id: string | null | undefined) {
  const { data } = useLocation(id);
  return data ? `${data.name} (${data.code})` : undefined;
}

type LocationPickerProps = Omit<SearchSelectProps, 'useSearch' | 'useSelectedLabel' | 'resolveExact' | 'label'> & {
  label?: SearchSelectProps['label'];
  /** Only locations of this kind (stockrooms to receive into, sites, ...). */
  kind?: LocationKind;
  /** Only this location and what is below it. */
  under?: string;
};

/**
 * The one location picker of the app: search-as-you-type over the whole tree by name or code, each
 * result with its breadcrumb. A scanned location barcode (the code, then Enter) picks it at once.
 */
export function LocationPicker({ kind, under, label = 'Location', placeholder, ...props }: LocationPickerProps) {
  const useSearch = (q: string) => {
    const search = useLocationSearch({ q, kind, under });
    return {
      options: (search.data?.items ?? []).map(toOption),
      isFetching: search.isFetching,
      message: q ? 'No location matches' : 'Type a name or a code, or scan a location barcode',
    };
  };
  const resolveExact = async (text: string) => {
    try {
      const found = await unwrap(api.GET('/api/v1/locations/by-code/{code}', { params: { path: { code: text } } }));
      if (kind && found.kind !== kind) return null;
      return toOption(found);
    } catch {
      return null;
    }
  };
  return (
    <SearchSelect
      {...props}
      label={label}
      placeholder={placeholder ?? (kind ? `Search ${kindLabel(kind).toLowerCase()}s by name or code` : 'Name or code')}
      useSearch={useSearch}
      useSelectedLabel={useSelectedLocationLabel}
      resolveExact={resolveExact}
    />
  );
}
