import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useSaveSupplier } from '../../api/catalog';
import { fieldErrors } from '../../api/client';
import type { Supplier } from '../../api/types';
import { SaveError, textOrNull } from '../kit';
import { notifySuccess } from '../notify';

const FIELDS = [
  'name',
  'contactName',
  'email',
  'phone',
  'website',
  'accountNumber',
  'defaultLeadTimeDays',
  'address',
  'notes',
] as const;

export function SupplierFormModal({
  supplier,
  onClose,
  onSaved,
}: {
  supplier?: Supplier;
  onClose: () => void;
  onSaved?: (saved: Supplier) => void;
}) {
  const [values, setValues] = useState({
    name: supplier?.name ?? '',
    contactName: supplier?.contactName ?? '',
    email: supplier?.email ?? '',
    phone: supplier?.phone ?? '',
    website: supplier?.website ?? '',
    accountNumber: supplier?.accountNumber ?? '',
    address: supplier?.address ?? '',
    notes: supplier?.notes ?? '',
  });
  const [leadTime, setLeadTime] = useState<number | string>(supplier?.defaultLeadTimeDays ?? '');
  const save = useSaveSupplier(supplier?.id);
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
        contactName: textOrNull(values.contactName),
        email: textOrNull(values.email),
        phone: textOrNull(values.phone),
        website: textOrNull(values.website),
        accountNumber: textOrNull(values.accountNumber),
        defaultLeadTimeDays: leadTime === '' ? null : Number(leadTime),
        address: textOrNull(values.address),
        notes: textOrNull(values.notes),
        ...(supplier ? { version: supplier.version } : {}),
      },
      {
        onSuccess: (saved) => {
          notifySuccess(`Supplier ${saved.name} ${supplier ? 'saved' : 'created'}.`);
          onSaved?.(saved);
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={supplier ? `Edit ${supplier.name}` : 'New supplier'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError error={save.error} what="this supplier" hide={Object.keys(errors).length > 0} />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={values.name}
            onChange={set('name')}
            error={errors.name}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Contact"
              value={values.contactName}
              onChange={set('contactName')}
              error={errors.contactName}
            />
            <TextInput
              label="Account number"
              description="Yours, at this supplier"
              value={values.accountNumber}
              onChange={set('accountNumber')}
              error={errors.accountNumber}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label="E-mail" type="email" value={values.email} onChange={set('email')} error={errors.email} />
            <TextInput label="Phone" type="tel" value={values.phone} onChange={set('phone')} error={errors.phone} />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label="Website"
              type="url"
              value={values.website}
              onChange={set('website')}
              error={errors.website}
            />
            <NumberInput
              label="Default lead time (days)"
              min={0}
              max={365}
              allowDecimal={false}
              value={leadTime}
              onChange={setLeadTime}
              error={errors.defaultLeadTimeDays}
            />
          </Group>
          <Textarea
            label="Address"
            autosize
            minRows={2}
            value={values.address}
            onChange={set('address')}
            error={errors.address}
          />
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
              {supplier ? 'Save supplier' : 'Create supplier'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
