import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { CATEGORY_KINDS, useCreateCategory, useUpdateCategory } from '../../api/catalog';
import { fieldErrors } from '../../api/client';
import type { CategoryDetail, CategoryKind } from '../../api/types';
import { SaveError, textOrNull } from '../kit';
import { notifySuccess } from '../notify';

const FIELDS = ['name', 'kind', 'notes'] as const;

export function CategoryFormModal({
  category,
  onClose,
  onSaved,
  onReload,
}: {
  category?: CategoryDetail;
  onClose: () => void;
  onSaved?: (saved: CategoryDetail) => void;
  onReload?: () => void;
}) {
  const [name, setName] = useState(category?.name ?? '');
  const [kind, setKind] = useState<CategoryKind>(category?.kind ?? 'hardware');
  const [notes, setNotes] = useState(category?.notes ?? '');
  const create = useCreateCategory();
  const update = useUpdateCategory(category?.id ?? '');
  const mutation = category ? update : create;
  const errors = fieldErrors(mutation.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { name: name.trim(), kind, notes: textOrNull(notes) };
    const done = (saved: CategoryDetail) => {
      notifySuccess(`Category ${saved.name} ${category ? 'saved' : 'created'}.`);
      onSaved?.(saved);
      onClose();
    };
    if (category) update.mutate({ ...body, version: category.version }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  };

  return (
    <Modal opened onClose={onClose} title={category ? `Edit ${category.name}` : 'New category'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError
            error={mutation.error}
            what="this category"
            onReload={onReload}
            hide={Object.keys(errors).length > 0}
          />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            placeholder="Laptops"
          />
          <Select
            label="Kind"
            data={CATEGORY_KINDS}
            value={kind}
            onChange={(v) => v && setKind(v as CategoryKind)}
            allowDeselect={false}
            error={errors.kind}
          />
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
            <Button type="submit" loading={mutation.isPending} disabled={!name.trim()}>
              {category ? 'Save category' : 'Create category'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
