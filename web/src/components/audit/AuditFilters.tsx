import { Button, Collapse, Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useAuditVocabulary } from '../../api/audit';
import { useIsPhone } from '../useIsPhone';
import { ActorFilter } from './ActorFilter';

export const AUDIT_FILTER_KEYS = ['actor', 'entityType', 'entityId', 'action', 'from', 'to'] as const;
export type AuditUrlFilters = Partial<Record<(typeof AUDIT_FILTER_KEYS)[number], string>>;

/** The filter bar; every value lives in the URL (dates as YYYY-MM-DD in the reader's time zone). */
export function AuditFilters({
  filters,
  onChange,
}: {
  filters: AuditUrlFilters;
  onChange: (changes: Partial<Record<keyof AuditUrlFilters, string | null>>) => void;
}) {
  const vocabulary = useAuditVocabulary();
  const isPhone = useIsPhone();
  const [opened, { toggle }] = useDisclosure(false);
  const active = Object.values(filters).filter(Boolean).length;
  const bar = (
    <Group mb="md" gap="sm" align="flex-end">
      <ActorFilter value={filters.actor} onChange={(actor) => onChange({ actor })} />
      <Select
        label="Entity type"
        placeholder="Any type"
        data={vocabulary.data?.entityTypes ?? []}
        value={filters.entityType ?? null}
        onChange={(entityType) => onChange({ entityType, entityId: null })}
        clearable
        searchable
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label="Action"
        placeholder="Any action"
        data={vocabulary.data?.actions ?? []}
        value={filters.action ?? null}
        onChange={(action) => onChange({ action })}
        clearable
        searchable
        w={{ base: '100%', xs: 220 }}
      />
      <DatePickerInput
        label="From"
        placeholder="Any date"
        value={filters.from ?? null}
        onChange={(from) => onChange({ from })}
        maxDate={filters.to}
        clearable
        w={{ base: '100%', xs: 160 }}
      />
      <DatePickerInput
        label="To"
        placeholder="Any date"
        value={filters.to ?? null}
        onChange={(to) => onChange({ to })}
        minDate={filters.from}
        clearable
        w={{ base: '100%', xs: 160 }}
      />
    </Group>
  );
  if (!isPhone) return bar;
  // Five stacked inputs would fill a phone's screen: they fold behind a button.
  return (
    <>
      <Button variant="default" leftSection={<IconFilter size={16} />} onClick={toggle} aria-expanded={opened} mb="sm">
        Filters{active > 0 ? ` (${active})` : ''}
      </Button>
      <Collapse expanded={opened}>{bar}</Collapse>
    </>
  );
}
