import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useSaveManufacturer } from '../../api/catalog';
import { fieldErrors } from '../../api/client';
import type { Manufacturer } from '../../api/types';
import { SaveError, textOrNull } from '../kit';
import { notifySuccess } from '../notify';

const FIELDS = ['name', 'website', 'supportUrl', 'supportEmail', 'supportPhone', 'notes'] as const;

export function ManufacturerFormModal({
  manufacturer,
  onClose,
  onSaved,
}: {
  manufacturer?: Manufacturer;
  onClose: () => void;
  onSaved?: (saved: Manufacturer) => void;
}) {
  const [values, setValues] = useState({
    name: manufacturer?.name ?? '',
    website: manufacturer?.website ?? '',
    supportUrl: manufacturer?.supportUrl ?? '',
    supportEmail: manufacturer?.supportEmail ?? '',
    supportPhone: manufacturer?.supportPhone ?? '',
    notes: manufacturer?.notes ?? '',
  });
  const save = useSaveManufacturer(manufacturer?.id);
  const errors = fieldErrors(save.error, FIELDS);
  // The value is read at once: React may run the updater after the event's currentTarget is gone.
  const set = (key: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        name: values.name.trim(),
        website: textOrNull(values.website),
        supportUrl: textOrNull(values.supportUrl),
        supportEmail: textOrNull(values.supportEmail),
        supportPhone: textOrNull(values.supportPhone),
        notes: textOrNull(values.notes),
        ...(manufacturer ? { version: manufacturer.version } : {}),
      },
      {
        onSuccess: (saved) => {
          notifySuccess(`Manufacturer ${saved.name} ${manufacturer ? 'saved' : 'created'}.`);
          onSaved?.(saved);
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={manufacturer ? `Edit ${manufacturer.name}` : 'New manufacturer'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError error={save.error} what="this manufacturer" hide={Object.keys(errors).length > 0} />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={values.name}
            onChange={set('name')}
            error={errors.name}
          />
          <TextInput
            label="Website"
            type="url"
            value={values.website}
            onChange={set('website')}
            error={errors.website}
          />
          <TextInput
            label="Support page"
            type="url"
            value={values.supportUrl}
            onChange={set('supportUrl')}
            error={errors.supportUrl}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Support e-mail"
              type="email"
              value={values.supportEmail}
              onChange={set('supportEmail')}
              error={errors.supportEmail}
            />
            <TextInput
              label="Support phone"
              type="tel"
              value={values.supportPhone}
              onChange={set('supportPhone')}
              error={errors.supportPhone}
            />
          </Group>
          <Textarea
            label="Notes"
            autosize
            minRows={2}
            value={values.notes}
            onChange={set('notes')}
            error={errors.notes}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!values.name.trim()}>
              {manufacturer ? 'Save manufacturer' : 'Create manufacturer'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
