import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { fieldErrors } from '../../api/client';
import { LOCATION_KINDS, useCreateLocation, useUpdateLocation } from '../../api/locations';
import type { LocationDetail, LocationKind } from '../../api/types';
import { MONO_INPUT, SaveError, textOrNull } from '../kit';
import { notifySuccess } from '../notify';
import { PersonPicker } from '../pickers/pickers';
import { LocationPicker } from '../pickers/LocationPicker';

const FIELDS = ['parentId', 'kind', 'code', 'name', 'address', 'managerPersonId', 'notes'] as const;

/** What usually sits inside each kind, to preselect the kind of a new child. */
const NEXT_KIND: Record<LocationKind, LocationKind> = {
  site: 'building',
  building: 'floor',
  floor: 'room',
  room: 'other',
  stockroom: 'other',
  other: 'other',
};

/**
 * Create a location (inside `parent`, or a site at the top) or edit one. Moving to another place
 * in the tree is its own action (the whole subtree moves), not a field here.
 */
export function LocationFormModal({
  opened,
  onClose,
  location,
  parent,
  onSaved,
  onReload,
}: {
  opened: boolean;
  onClose: () => void;
  location?: LocationDetail;
  parent?: Pick<LocationDetail, 'id' | 'name' | 'kind'> | null;
  onSaved?: (saved: LocationDetail) => void;
  onReload?: () => void;
}) {
  const editing = location !== undefined;
  const [kind, setKind] = useState<LocationKind>(location?.kind ?? (parent ? NEXT_KIND[parent.kind] : 'site'));
  const [parentId, setParentId] = useState<string | null>(parent?.id ?? null);
  const [code, setCode] = useState(location?.code ?? '');
  const [name, setName] = useState(location?.name ?? '');
  const [address, setAddress] = useState(location?.address ?? '');
  const [managerPersonId, setManager] = useState<string | null>(location?.managerPersonId ?? null);
  const [notes, setNotes] = useState(location?.notes ?? '');
  const create = useCreateLocation();
  const update = useUpdateLocation(location?.id ?? '');
  const mutation = editing ? update : create;
  const errors = fieldErrors(mutation.error, FIELDS);
  const needsParent = !editing && kind !== 'site';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const common = {
      kind,
      code: code.trim(),
      name: name.trim(),
      address: textOrNull(address),
      managerPersonId,
      notes: textOrNull(notes),
    };
    const done = (saved: LocationDetail) => {
      notifySuccess(`${saved.name} (${saved.code}) ${editing ? 'saved' : 'created'}.`);
      onSaved?.(saved);
      onClose();
    };
    if (editing) update.mutate({ ...common, version: location.version }, { onSuccess: done });
    else create.mutate({ ...common, parentId: kind === 'site' ? null : parentId }, { onSuccess: done });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={editing ? `Edit ${location.name}` : 'New location'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError
            error={mutation.error}
            what="this location"
            onReload={onReload}
            hide={Object.keys(errors).length > 0}
          />
          <Select
            label="Kind"
            data={LOCATION_KINDS}
            value={kind}
            onChange={(v) => v && setKind(v as LocationKind)}
            allowDeselect={false}
            error={errors.kind}
            required
          />
          {needsParent && (
            <LocationPicker
              label="Inside"
              description="Every location except a site sits inside another one."
              value={parentId}
              onChange={setParentId}
              error={errors.parentId}
              required
            />
          )}
          <Group grow align="flex-start">
            <TextInput
              label="Name"
              required
              data-autofocus
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
            />
            <TextInput
              label="Code"
              description="Unique; printed on the location's barcode"
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={errors.code}
              styles={MONO_INPUT}
            />
          </Group>
          {kind === 'site' && (
            <Textarea
              label="Address"
              autosize
              minRows={2}
              value={address}
              onChange={(e) => setAddress(e.currentTarget.value)}
              error={errors.address}
            />
          )}
          <PersonPicker label="Manager" value={managerPersonId} onChange={setManager} error={errors.managerPersonId} />
          <Textarea
            label="Notes"
            autosize
            minRows={2}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={errors.notes}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!name.trim() || !code.trim()}>
              {editing ? 'Save location' : 'Create location'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
