/** Create or edit a depreciation book: code (fixed once created), name, description, default, fallback profile, archive. */
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { fieldErrors } from '../../api/client';
import type { DepreciationBook } from '../../api/finance';
import { useBookProfiles, useCreateBook, useUpdateBook } from '../../api/finance-books';
import { SaveError, textOrNull } from '../kit';
import { notifySuccess } from '../notify';

const FIELDS = ['code', 'name', 'description', 'isDefault', 'fallbackProfileId', 'archived'] as const;

export function BookFormModal({
  book,
  onClose,
  onReload,
}: {
  book?: DepreciationBook;
  onClose: () => void;
  onReload: () => void;
}) {
  const [code, setCode] = useState(book?.code ?? '');
  const [name, setName] = useState(book?.name ?? '');
  const [description, setDescription] = useState(book?.description ?? '');
  const [isDefault, setIsDefault] = useState(book?.isDefault ?? false);
  const [fallback, setFallback] = useState<string | null>(book?.fallbackProfileId ?? null);
  const [archived, setArchived] = useState(!!book?.archivedAt);
  const profiles = useBookProfiles(book?.id);
  const create = useCreateBook();
  const update = useUpdateBook(book?.id ?? '');
  const mutation = book ? update : create;
  const errors = fieldErrors(mutation.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = (saved: DepreciationBook) => {
      notifySuccess(`Book ${saved.name} ${book ? 'saved' : 'created'}.`);
      onClose();
    };
    if (!book) {
      create.mutate(
        { code: code.trim(), name: name.trim(), description: textOrNull(description), isDefault },
        { onSuccess: done },
      );
      return;
    }
    update.mutate(
      {
        version: book.version,
        name: name.trim(),
        description: textOrNull(description),
        fallbackProfileId: fallback,
        ...(isDefault && !book.isDefault ? { isDefault: true as const } : {}),
        ...(archived !== !!book.archivedAt ? { archived } : {}),
      },
      { onSuccess: done },
    );
  };

  return (
    <Modal opened onClose={onClose} title={book ? `Edit ${book.name}` : 'New book'}>
      <form onSubmit={submit} noValidate aria-label={book ? 'Edit book' : 'New book'}>
        <Stack>
          <SaveError
            error={mutation.error}
            what="this book"
            onReload={onReload}
            hide={Object.keys(errors).length > 0}
          />
          <TextInput
            label="Code"
            required
            disabled={!!book}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.code}
            description={book ? 'Fixed once the book exists' : 'Letters, digits, - or _ (e.g. IFRS)'}
          />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
          />
          {book && (
            <Select
              label="Default profile"
              description="For assets whose model and category have no profile in this book; none: they are not depreciated"
              placeholder="None"
              clearable
              data={(profiles.data?.items ?? [])
                .filter((p) => !p.archivedAt)
                .map((p) => ({ value: p.id, label: p.name }))}
              value={fallback}
              onChange={setFallback}
              error={errors.fallbackProfileId}
            />
          )}
          <Checkbox
            label="The default book (reports and the asset page open on it)"
            checked={isDefault}
            disabled={book?.isDefault}
            onChange={(e) => setIsDefault(e.currentTarget.checked)}
            error={errors.isDefault}
          />
          {book && (
            <Checkbox
              label="Archived (no longer kept)"
              checked={archived}
              onChange={(e) => setArchived(e.currentTarget.checked)}
              error={errors.archived}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!name.trim() || !code.trim()}>
              {book ? 'Save book' : 'Create book'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
