import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, Switch, TagsInput, TextInput, Textarea } from '@mantine/core';
import { FIELD_TYPES, useAddField, useUpdateField, type FieldInput } from '../../api/catalog';
import { fieldErrors } from '../../api/client';
import type { CustomField, CustomFieldReport, CustomFieldType } from '../../api/types';
import { MONO_INPUT, SaveError, textOrNull } from '../kit';
import { notifySuccess } from '../notify';

const FIELDS = ['key', 'label', 'type', 'required', 'unique', 'options', 'helpText'] as const;

/** "RAM (GB)" becomes "ram_gb": lower snake case starting with a letter, as the API wants keys. */
export function keyFromLabel(label: string): string {
  const key = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^[^a-z]+/, '');
  return key.slice(0, 63);
}

/**
 * Add or change a custom field of a category. When the change makes values already stored in
 * assets invalid (a new type, fewer options, now required), the server reports them: `onReport`.
 */
export function FieldFormModal({
  categoryId,
  field,
  onClose,
  onReport,
}: {
  categoryId: string;
  field?: CustomField;
  onClose: () => void;
  onReport: (field: CustomField, report: CustomFieldReport) => void;
}) {
  const [label, setLabel] = useState(field?.label ?? '');
  const [key, setKey] = useState(field?.key ?? '');
  const [keyTouched, setKeyTouched] = useState(Boolean(field));
  const [type, setType] = useState<CustomFieldType>(field?.type ?? 'text');
  const [options, setOptions] = useState<string[]>(field?.options ?? []);
  const [required, setRequired] = useState(field?.required ?? false);
  const [unique, setUnique] = useState(field?.unique ?? false);
  const [helpText, setHelpText] = useState(field?.helpText ?? '');
  const add = useAddField(categoryId);
  const update = useUpdateField(categoryId);
  const mutation = field ? update : add;
  const errors = fieldErrors(mutation.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: FieldInput = {
      label: label.trim(),
      key: key.trim(),
      type,
      required,
      unique,
      options: type === 'select' ? options : null,
      helpText: textOrNull(helpText),
    };
    const done = (result: { field: CustomField; report: CustomFieldReport }) => {
      notifySuccess(`Field ${result.field.label} ${field ? 'saved' : 'added'}.`);
      if (result.report.total > 0 || result.report.incompatible.length > 0) onReport(result.field, result.report);
      onClose();
    };
    if (field) update.mutate({ field, changes: body }, { onSuccess: done });
    else add.mutate(body, { onSuccess: done });
  };

  return (
    <Modal opened onClose={onClose} title={field ? `Edit field ${field.label}` : 'New custom field'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError error={mutation.error} what="this field" hide={Object.keys(errors).length > 0} />
          <Group grow align="flex-start">
            <TextInput
              label="Label"
              required
              data-autofocus
              value={label}
              onChange={(e) => {
                setLabel(e.currentTarget.value);
                if (!keyTouched) setKey(keyFromLabel(e.currentTarget.value));
              }}
              error={errors.label}
              placeholder="RAM (GB)"
            />
            <TextInput
              label="Key"
              description="Used in imports and the API"
              required
              styles={MONO_INPUT}
              value={key}
              onChange={(e) => {
                setKeyTouched(true);
                setKey(e.currentTarget.value);
              }}
              error={errors.key}
            />
          </Group>
          <Select
            label="Type"
            data={FIELD_TYPES}
            value={type}
            onChange={(v) => v && setType(v as CustomFieldType)}
            allowDeselect={false}
            error={errors.type}
          />
          {type === 'select' && (
            <TagsInput
              label="Choices"
              description="Type each choice and press Enter."
              value={options}
              onChange={setOptions}
              error={errors.options}
              required
            />
          )}
          <Textarea
            label="Help text"
            description="Shown under the field when someone fills it in"
            autosize
            minRows={2}
            value={helpText}
            onChange={(e) => setHelpText(e.currentTarget.value)}
            error={errors.helpText}
          />
          <Group>
            <Switch
              label="Required"
              checked={required}
              onChange={(e) => setRequired(e.currentTarget.checked)}
              error={errors.required}
            />
            <Switch
              label="Unique (no two assets share a value)"
              checked={unique}
              onChange={(e) => setUnique(e.currentTarget.checked)}
              error={errors.unique}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!label.trim() || !key.trim()}>
              {field ? 'Save field' : 'Add field'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
