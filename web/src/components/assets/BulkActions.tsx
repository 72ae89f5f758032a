import { useState } from 'react';
import { Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconArchive, IconArrowsMove, IconLogin2, IconPencil, IconX } from '@tabler/icons-react';
import { PrintLabelsButton } from '../labels/PrintLabelsButton';
import { useBulkAssetAction, useBulkEditAssets, type BulkEditValues } from '../../api/assets';
import { useCategory } from '../../api/catalog';
import type { Asset, AssetAction } from '../../api/types';
import { plural } from '../format';
import { SaveError } from '../kit';
import { notifySuccess } from '../notify';
import { LocationPicker } from '../pickers/LocationPicker';
import { SupplierPicker } from '../pickers/pickers';
import { CustomFieldInput } from './CustomFieldInput';

type BulkKind = 'move' | 'check_in' | 'retire' | 'edit';

const TITLES: Record<BulkKind, string> = {
  move: 'Move',
  check_in: 'Check in',
  retire: 'Retire',
  edit: 'Edit a field of',
};

function BulkActionModal({
  kind,
  assets,
  onClose,
  onDone,
}: {
  kind: Exclude<BulkKind, 'edit'>;
  assets: Asset[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [locationId, setLocationId] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const bulk = useBulkAssetAction();
  const needsLocation = kind !== 'retire';
  const submit = () =>
    bulk.mutate(
      {
        action: kind as AssetAction,
        body: {
          assetIds: assets.map((a) => a.id),
          ...(needsLocation ? { locationId: locationId! } : {}),
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        },
      },
      {
        onSuccess: ({ items }) => {
          const verb = kind === 'move' ? 'moved' : kind === 'check_in' ? 'checked in' : 'retired';
          notifySuccess(
            `${plural(items.length, 'asset', 'assets')} ${verb}: ${items
              .map((a) => a.tag)
              .slice(0, 5)
              .join(', ')}${items.length > 5 ? ', …' : ''}.`,
          );
          onDone();
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={`${TITLES[kind]} ${plural(assets.length, 'asset', 'assets')}`}>
      <Stack>
        <Text size="sm">
          All or nothing: if one of them cannot be{' '}
          {kind === 'move' ? 'moved' : kind === 'check_in' ? 'checked in' : 'retired'}, none is, and the reason is shown
          here.
        </Text>
        <SaveError error={bulk.error} what="these assets" />
        {needsLocation && (
          <LocationPicker
            label={kind === 'move' ? 'Move to' : 'Check in to'}
            value={locationId}
            onChange={setLocationId}
            required
            autoFocus
          />
        )}
        <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color={kind === 'retire' ? 'red' : undefined}
            disabled={needsLocation && !locationId}
            loading={bulk.isPending}
            onClick={submit}
          >
            {TITLES[kind]} {plural(assets.length, 'asset', 'assets')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type EditField =
  'warrantyEnd' | 'purchaseDate' | 'supplierId' | 'orderReference' | 'costCentre' | 'name' | 'notes' | `cf.${string}`;

/** The same value written into one field of every selected asset: all or nothing (POST /assets/bulk-edit). */
function BulkEditModal({ assets, onClose, onDone }: { assets: Asset[]; onClose: () => void; onDone: () => void }) {
  const categoryIds = [...new Set(assets.map((a) => a.category.id))];
  const category = useCategory(categoryIds.length === 1 ? categoryIds[0] : null);
  // A unique field cannot take the same value on several assets: it is not offered.
  const fields = (category.data?.fields ?? []).filter((f) => f.archivedAt === null && !f.unique);
  const [field, setField] = useState<EditField | null>(null);
  const [value, setValue] = useState('');
  const edit = useBulkEditAssets();
  const customField = field?.startsWith('cf.') ? fields.find((f) => `cf.${f.key}` === field) : undefined;

  const options = [
    { value: 'warrantyEnd', label: 'Warranty end' },
    { value: 'purchaseDate', label: 'Purchase date' },
    { value: 'supplierId', label: 'Supplier' },
    { value: 'orderReference', label: 'Order reference' },
    { value: 'costCentre', label: 'Cost centre' },
    { value: 'name', label: 'Name' },
    { value: 'notes', label: 'Notes' },
    ...fields.map((f) => ({ value: `cf.${f.key}`, label: `${f.label} (custom field)` })),
  ];

  const submit = () => {
    const v = value.trim() === '' ? null : value.trim();
    const values: BulkEditValues = customField
      ? { customFields: { [customField.key]: customField.type === 'boolean' && v !== null ? v === 'true' : v } }
      : { [field as string]: v };
    edit.mutate(
      { assetIds: assets.map((a) => a.id), values },
      {
        onSuccess: ({ items }) => {
          notifySuccess(`${plural(items.length, 'asset', 'assets')} updated.`);
          onDone();
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Edit a field of ${plural(assets.length, 'asset', 'assets')}`}>
      <Stack>
        <Text size="sm">
          All or nothing: if one of them refuses the value, none changes, and the reason is shown here.
        </Text>
        <SaveError error={edit.error} what="these assets" />
        <Select
          label="Field"
          data={options}
          value={field}
          onChange={(v) => {
            setField(v as EditField | null);
            setValue('');
          }}
          placeholder="Choose the field to set"
          description={
            categoryIds.length > 1
              ? 'Custom fields are offered when every selected asset is in the same category.'
              : undefined
          }
        />
        {field && customField && <CustomFieldInput field={customField} value={value} onChange={setValue} />}
        {(field === 'warrantyEnd' || field === 'purchaseDate') && (
          <DatePickerInput
            label="New value"
            value={value || null}
            onChange={(v) => setValue(v ?? '')}
            clearable
            placeholder="Empty clears the field"
          />
        )}
        {field === 'supplierId' && (
          <SupplierPicker label="New supplier" value={value || null} onChange={(v) => setValue(v ?? '')} />
        )}
        {(field === 'orderReference' || field === 'costCentre' || field === 'name') && (
          <TextInput
            label="New value"
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            placeholder="Empty clears the field"
          />
        )}
        {field === 'notes' && (
          <Textarea
            label="New notes"
            autosize
            minRows={2}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            placeholder="Empty clears the notes"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!field} loading={edit.isPending} onClick={submit}>
            Set on {plural(assets.length, 'asset', 'assets')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The bar shown while rows are selected: the actions that apply to all of them. */
export function BulkActionBar({
  selected,
  onClear,
  canWrite,
  canManage,
}: {
  selected: Asset[];
  onClear: () => void;
  canWrite: boolean;
  canManage: boolean;
}) {
  const [open, setOpen] = useState<BulkKind | null>(null);
  if (selected.length === 0) return null;
  return (
    <>
      <Paper
        withBorder
        shadow="md"
        p="sm"
        radius="md"
        mb="md"
        style={{ position: 'sticky', top: 64, zIndex: 3 }}
        role="region"
        aria-label="Selected assets"
      >
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {plural(selected.length, 'asset', 'assets')} selected
          </Text>
          <Group gap="xs">
            <PrintLabelsButton
              size="xs"
              selection={{ assetIds: selected.map((a) => a.id) }}
              what={plural(selected.length, 'asset', 'assets')}
            />
            {canWrite && (
              <>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconArrowsMove size={14} />}
                  onClick={() => setOpen('move')}
                >
                  Move
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconLogin2 size={14} />}
                  onClick={() => setOpen('check_in')}
                >
                  Check in
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPencil size={14} />}
                  onClick={() => setOpen('edit')}
                >
                  Edit a field
                </Button>
              </>
            )}
            {canManage && (
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconArchive size={14} />}
                onClick={() => setOpen('retire')}
              >
                Retire
              </Button>
            )}
            <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear}>
              Clear selection
            </Button>
          </Group>
        </Group>
      </Paper>
      {open === 'edit' && <BulkEditModal assets={selected} onClose={() => setOpen(null)} onDone={onClear} />}
      {open && open !== 'edit' && (
        <BulkActionModal kind={open} assets={selected} onClose={() => setOpen(null)} onDone={onClear} />
      )}
    </>
  );
}
