import { useState, type FormEvent } from 'react';
import { Button, Grid, Group, Modal, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { fieldErrors } from '../../api/client';
import { PERSON_STATUSES, useSavePerson, type PersonInput } from '../../api/people';
import type { PersonDetail, PersonStatus } from '../../api/types';
import { SaveError, textOrNull } from '../kit';
import { notifySuccess } from '../notify';
import { LocationPicker } from '../pickers/LocationPicker';
import { DepartmentPicker, PersonPicker } from '../pickers/pickers';

const FIELDS = [
  'employeeNumber',
  'name',
  'email',
  'jobTitle',
  'departmentId',
  'costCentre',
  'managerId',
  'locationId',
  'remote',
  'startDate',
  'endDate',
  'status',
  'notes',
] as const;

export function PersonFormModal({
  person,
  onClose,
  onSaved,
  onReload,
}: {
  person?: PersonDetail;
  onClose: () => void;
  onSaved?: (saved: PersonDetail) => void;
  onReload?: () => void;
}) {
  const [text, setText] = useState({
    name: person?.name ?? '',
    employeeNumber: person?.employeeNumber ?? '',
    email: person?.email ?? '',
    jobTitle: person?.jobTitle ?? '',
    costCentre: person?.costCentre ?? '',
    notes: person?.notes ?? '',
  });
  const [departmentId, setDepartmentId] = useState<string | null>(person?.departmentId ?? null);
  const [managerId, setManagerId] = useState<string | null>(person?.managerId ?? null);
  const [locationId, setLocationId] = useState<string | null>(person?.locationId ?? null);
  const [remote, setRemote] = useState(person?.remote ?? false);
  const [startDate, setStartDate] = useState<string | null>(person?.startDate ?? null);
  const [endDate, setEndDate] = useState<string | null>(person?.endDate ?? null);
  const [status, setStatus] = useState<PersonStatus>(person?.status ?? 'active');
  const save = useSavePerson(person?.id);
  const errors = fieldErrors(save.error, FIELDS);
  // The value is read at once: React may run the updater after the event's currentTarget is gone.
  const set = (key: keyof typeof text) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setText((v) => ({ ...v, [key]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: PersonInput = {
      name: text.name.trim(),
      employeeNumber: textOrNull(text.employeeNumber),
      email: textOrNull(text.email),
      jobTitle: textOrNull(text.jobTitle),
      costCentre: textOrNull(text.costCentre),
      notes: textOrNull(text.notes),
      departmentId,
      managerId,
      locationId,
      remote,
      startDate,
      endDate,
      status,
    };
    save.mutate(person ? { ...body, version: person.version } : body, {
      onSuccess: (saved) => {
        notifySuccess(`${saved.name} ${person ? 'saved' : 'added'}.`);
        onSaved?.(saved);
        onClose();
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={person ? `Edit ${person.name}` : 'New person'} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError error={save.error} what="this person" onReload={onReload} hide={Object.keys(errors).length > 0} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Name"
                required
                data-autofocus
                value={text.name}
                onChange={set('name')}
                error={errors.name}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="E-mail" type="email" value={text.email} onChange={set('email')} error={errors.email} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Employee number"
                value={text.employeeNumber}
                onChange={set('employeeNumber')}
                error={errors.employeeNumber}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Job title" value={text.jobTitle} onChange={set('jobTitle')} error={errors.jobTitle} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <DepartmentPicker
                value={departmentId}
                onChange={setDepartmentId}
                error={errors.departmentId}
                placeholder="Search departments"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Cost centre"
                description="When different from the department's"
                value={text.costCentre}
                onChange={set('costCentre')}
                error={errors.costCentre}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PersonPicker label="Manager" value={managerId} onChange={setManagerId} error={errors.managerId} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <LocationPicker label="Location" value={locationId} onChange={setLocationId} error={errors.locationId} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DatePickerInput
                label="Start date"
                value={startDate}
                onChange={setStartDate}
                clearable
                error={errors.startDate}
                placeholder="Pick a date"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DatePickerInput
                label="End date"
                value={endDate}
                onChange={setEndDate}
                minDate={startDate ?? undefined}
                clearable
                error={errors.endDate}
                placeholder="Pick a date"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="Status"
                data={PERSON_STATUSES}
                value={status}
                onChange={(v) => v && setStatus(v as PersonStatus)}
                allowDeselect={false}
                error={errors.status}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Switch
                label="Works remotely (returns are shipped back)"
                checked={remote}
                onChange={(e) => setRemote(e.currentTarget.checked)}
                error={errors.remote}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="Notes"
                autosize
                minRows={2}
                value={text.notes}
                onChange={set('notes')}
                error={errors.notes}
              />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!text.name.trim()}>
              {person ? 'Save person' : 'Add person'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
