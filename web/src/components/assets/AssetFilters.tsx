import { useEffect, useState } from 'react';
import { Button, Collapse, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconFilter, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useCategory } from '../../api/catalog';
import type { CustomField } from '../../api/types';
import { useDebouncedUrlText } from '../kit';
import { LocationPicker } from '../pickers/LocationPicker';
import { CategoryPicker, ManufacturerPicker, ModelPicker, PersonPicker, SupplierPicker } from '../pickers/pickers';
import { ASSET_STATUS_OPTIONS } from '../StatusBadge';
import { useIsPhone } from '../useIsPhone';
import type { useAssetView } from './asset-view';
import { CustomFieldInput } from './CustomFieldInput';

type ViewApi = ReturnType<typeof useAssetView>;

/** A text custom-field filter writes to the URL once typing pauses. */
function CustomFieldFilter({
  field,
  value,
  onChange,
}: {
  field: CustomField;
  value: string;
  onChange: (v: string | null) => void;
}) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 400);
  const typed = !['boolean', 'select', 'date'].includes(field.type);
  useEffect(() => {
    if (typed && debounced.trim() !== value) onChange(debounced.trim() || null);
    // Only the debounced text drives the URL.
  }, [debounced]);
  return (
    <CustomFieldInput
      field={field}
      filter
      value={typed ? text : value}
      onChange={(v) => (typed ? setText(v) : onChange(v || null))}
      w={{ base: '100%', xs: 180 }}
    />
  );
}

/**
 * The asset list's filter bar: the common filters in view, the rest folded behind "More filters"
 * (on phones everything folds). Everything is in the URL.
 */
export function AssetFilters({ api }: { api: ViewApi }) {
  const { view, update, setCustomField, clearFilters, setCategory } = api;
  const { raw, filters } = view;
  const isPhone = useIsPhone();
  const moreActive =
    Boolean(raw.manufacturerId || raw.supplierId || raw.purchasedFrom || raw.purchasedTo || raw.warrantyBefore) ||
    Object.keys(view.customFields).length > 0;
  const [more, { toggle: toggleMore }] = useDisclosure(moreActive);
  const [opened, { toggle }] = useDisclosure(false);
  const [text, setText] = useDebouncedUrlText(raw.q, (q) => update({ q }));
  const category = useCategory(filters.categoryId);
  const fields = (category.data?.fields ?? []).filter((f) => f.archivedAt === null);
  const width = { base: '100%', xs: 200 };

  const primary = (
    <Group gap="sm" align="flex-end">
      <TextInput
        label="Search"
        placeholder="Tag, serial, name, model, assignee"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={{ base: '100%', xs: 280 }}
      />
      <MultiSelect
        label="Status"
        placeholder={filters.status ? undefined : 'Any status'}
        data={ASSET_STATUS_OPTIONS}
        value={filters.status ?? []}
        onChange={(status) => update({ status: status.join(',') })}
        clearable
        w={{ base: '100%', xs: 240 }}
      />
      <CategoryPicker value={filters.categoryId} onChange={setCategory} w={width} />
      <ModelPicker
        value={filters.modelId}
        onChange={(modelId) => update({ modelId })}
        categoryId={filters.categoryId}
        placeholder="Any model"
        w={width}
      />
      <LocationPicker
        label="Location (and below)"
        value={filters.locationId}
        onChange={(locationId) => update({ locationId })}
        placeholder="Anywhere"
        w={{ base: '100%', xs: 220 }}
      />
      <PersonPicker
        label="Assigned to"
        value={filters.personId}
        onChange={(personId) => update({ personId })}
        placeholder="Anyone"
        w={width}
      />
    </Group>
  );

  const secondary = (
    <Group gap="sm" align="flex-end">
      <ManufacturerPicker
        value={filters.manufacturerId}
        onChange={(manufacturerId) => update({ manufacturerId })}
        w={width}
      />
      <SupplierPicker value={filters.supplierId} onChange={(supplierId) => update({ supplierId })} w={width} />
      <DatePickerInput
        type="range"
        label="Purchased between"
        placeholder="Any date"
        value={[filters.purchasedFrom ?? null, filters.purchasedTo ?? null]}
        onChange={([from, to]) => update({ purchasedFrom: from, purchasedTo: to })}
        allowSingleDateInRange
        clearable
        w={{ base: '100%', xs: 260 }}
      />
      <DatePickerInput
        label="Warranty ends before"
        placeholder="Any date"
        value={filters.warrantyBefore ?? null}
        onChange={(warrantyBefore) => update({ warrantyBefore })}
        clearable
        w={{ base: '100%', xs: 180 }}
      />
      {fields.map((field) => (
        <CustomFieldFilter
          key={`${filters.categoryId}-${field.key}`}
          field={field}
          value={view.customFields[field.key] ?? ''}
          onChange={(v) => setCustomField(field.key, v)}
        />
      ))}
    </Group>
  );

  const buttons = (
    <Group gap="xs">
      <Button
        variant="subtle"
        size="xs"
        onClick={toggleMore}
        aria-expanded={more}
        leftSection={<IconFilter size={14} />}
      >
        {more ? 'Fewer filters' : `More filters${filters.categoryId && fields.length > 0 ? ' and custom fields' : ''}`}
      </Button>
      {view.activeCount > 0 && (
        <Button
          variant="subtle"
          size="xs"
          color="gray"
          onClick={clearFilters}
          leftSection={<IconFilterOff size={14} />}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );

  const bar = (
    <Stack gap="xs" mb="md">
      {primary}
      <Collapse expanded={more}>{secondary}</Collapse>
      {buttons}
    </Stack>
  );
  if (!isPhone) return bar;
  return (
    <>
      <Button variant="default" leftSection={<IconFilter size={16} />} onClick={toggle} aria-expanded={opened} mb="sm">
        Filters{view.activeCount > 0 ? ` (${view.activeCount})` : ''}
      </Button>
      <Collapse expanded={opened}>{bar}</Collapse>
    </>
  );
}
