import { Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { CustomField } from '../../api/types';
import { MONO_INPUT } from '../kit';

const PLACEHOLDERS: Partial<Record<CustomField['type'], string>> = {
  number: '16',
  url: 'https://',
  email: 'name@example.com',
  ip: '192.0.2.10',
  mac: '00:1A:2B:3C:4D:5E',
};

/**
 * One custom field as an input, its value kept as text (the server checks and normalises every
 * type, and says which field is wrong): a date picker, a yes/no or a list of choices where it helps.
 */
export function CustomFieldInput({
  field,
  value,
  onChange,
  error,
  filter = false,
  w,
}: {
  field: CustomField;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** As a list filter: nothing is required, and "any" is the empty choice. */
  filter?: boolean;
  w?: string | number | Record<string, string | number>;
}) {
  const common = {
    label: field.label,
    description: filter ? undefined : (field.helpText ?? undefined),
    required: !filter && field.required,
    error,
    w,
  };
  if (field.type === 'boolean') {
    return (
      <Select
        {...common}
        data={[
          { value: 'true', label: 'Yes' },
          { value: 'false', label: 'No' },
        ]}
        placeholder={filter ? 'Any' : 'Not set'}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        clearable
      />
    );
  }
  if (field.type === 'select') {
    return (
      <Select
        {...common}
        data={field.options ?? []}
        placeholder={filter ? 'Any' : 'Choose'}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        clearable
        searchable
      />
    );
  }
  if (field.type === 'date') {
    return (
      <DatePickerInput
        {...common}
        placeholder={filter ? 'Any' : 'Pick a date'}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        clearable
      />
    );
  }
  return (
    <TextInput
      {...common}
      placeholder={filter ? 'Any' : PLACEHOLDERS[field.type]}
      inputMode={field.type === 'number' ? 'decimal' : undefined}
      styles={field.type === 'ip' || field.type === 'mac' ? MONO_INPUT : undefined}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
