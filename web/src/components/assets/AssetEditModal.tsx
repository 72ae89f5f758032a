import { useState, type FormEvent } from 'react';
import { Button, Divider, Grid, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { fieldErrors, type ApiError } from '../../api/client';
import { useUpdateAsset, type AssetEdit } from '../../api/assets';
import type { Asset, CustomField } from '../../api/types';
import { MONEY_PATTERN } from '../format';
import { MONO_INPUT, SaveError, textOrNull } from '../kit';
import { notifySuccess } from '../notify';
import { SupplierPicker } from '../pickers/pickers';
import { CustomFieldInput } from './CustomFieldInput';

const FIELDS = [
  'tag',
  'serial',
  'name',
  'supplierId',
  'orderReference',
  'purchaseDate',
  'purchaseCost',
  'currency',
  'warrantyEnd',
  'costCentre',
  'notes',
] as const;

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** Errors on custom fields point at /body/customFields/<key>: by key, for the inputs. */
export function customFieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { pointer, message } of (error as ApiError | null)?.problem?.errors ?? []) {
    const match = /\/customFields\/([^/]+)$/.exec(pointer);
    if (match && !out[match[1]!]) out[match[1]!] = message;
  }
  return out;
}

/** The asset's own data; status, location and assignee change only through actions. */
export function AssetEditModal({
  asset,
  fields,
  onClose,
  onReload,
}: {
  asset: Asset;
  fields: CustomField[];
  onClose: () => void;
  onReload: () => void;
}) {
  const [v, setV] = useState({
    tag: asset.tag,
    serial: asset.serial ?? '',
    name: asset.name ?? '',
    orderReference: asset.orderReference ?? '',
    purchaseCost: asset.purchaseCost ?? '',
    currency: asset.currency ?? '',
    costCentre: asset.costCentre ?? '',
    notes: asset.notes ?? '',
  });
  const [supplierId, setSupplierId] = useState<string | null>(asset.supplier?.id ?? null);
  const [purchaseDate, setPurchaseDate] = useState<string | null>(asset.purchaseDate);
  const [warrantyEnd, setWarrantyEnd] = useState<string | null>(asset.warrantyEnd);
  const [custom, setCustom] = useState<Record<string, string>>(
    Object.fromEntries(fields.map((f) => [f.key, asText(asset.customFields[f.key])])),
  );
  const [local, setLocal] = useState<{ purchaseCost?: string; currency?: string }>({});
  const update = useUpdateAsset();
  const errors = { ...fieldErrors(update.error, FIELDS), ...local };
  const cfErrors = customFieldErrors(update.error);
  // The value is read at once: React may run the updater after the event's currentTarget is gone.
  const set = (key: keyof typeof v) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((prev) => ({ ...prev, [key]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: typeof local = {};
    if (v.purchaseCost.trim() && !MONEY_PATTERN.test(v.purchaseCost.trim()))
      problems.purchaseCost = 'Write the amount with a dot and at most two decimals, e.g. 1299.00.';
    if (v.currency.trim() && !/^[A-Za-z]{3}$/.test(v.currency.trim()))
      problems.currency = 'A three-letter code, e.g. EUR.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    // Only what changed is sent: custom fields not touched keep their stored values as they are.
    const changedCustom = Object.fromEntries(
      fields
        .filter((f) => custom[f.key] !== asText(asset.customFields[f.key]))
        .map((f) => [
          f.key,
          custom[f.key]!.trim() === '' ? null : f.type === 'boolean' ? custom[f.key] === 'true' : custom[f.key]!.trim(),
        ]),
    );
    const body: AssetEdit = {
      version: asset.version,
      tag: v.tag.trim(),
      serial: textOrNull(v.serial),
      name: textOrNull(v.name),
      supplierId,
      orderReference: textOrNull(v.orderReference),
      purchaseDate,
      purchaseCost: textOrNull(v.purchaseCost),
      currency: textOrNull(v.currency)?.toUpperCase() ?? null,
      warrantyEnd,
      costCentre: textOrNull(v.costCentre),
      notes: textOrNull(v.notes),
      ...(Object.keys(changedCustom).length > 0 ? { customFields: changedCustom } : {}),
    };
    update.mutate(
      { id: asset.id, body },
      {
        onSuccess: (saved) => {
          notifySuccess(`${saved.tag} saved.`);
          onClose();
        },
      },
    );
  };

  const shownErrors = Object.values(errors).some(Boolean) || Object.keys(cfErrors).length > 0;
  return (
    <Modal opened onClose={onClose} title={`Edit ${asset.tag}`} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError
            error={update.error}
            what="this asset"
            onReload={() => {
              update.reset();
              onReload();
              onClose();
            }}
            hide={shownErrors}
          />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Tag"
                required
                styles={MONO_INPUT}
                value={v.tag}
                onChange={set('tag')}
                error={errors.tag}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Serial"
                styles={MONO_INPUT}
                value={v.serial}
                onChange={set('serial')}
                error={errors.serial}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Name"
                description="e.g. a host name"
                value={v.name}
                onChange={set('name')}
                error={errors.name}
              />
            </Grid.Col>
          </Grid>
          <Divider label="Purchase" labelPosition="left" />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <SupplierPicker
                value={supplierId}
                onChange={setSupplierId}
                error={errors.supplierId}
                placeholder="Search suppliers"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Order reference"
                value={v.orderReference}
                onChange={set('orderReference')}
                error={errors.orderReference}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DatePickerInput
                label="Purchase date"
                value={purchaseDate}
                onChange={setPurchaseDate}
                clearable
                error={errors.purchaseDate}
                placeholder="Not set"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 8, sm: 5 }}>
              <TextInput
                label="Cost"
                inputMode="decimal"
                value={v.purchaseCost}
                onChange={set('purchaseCost')}
                error={errors.purchaseCost}
                placeholder="1299.00"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 4, sm: 3 }}>
              <TextInput
                label="Currency"
                maxLength={3}
                value={v.currency}
                onChange={(e) => {
                  const currency = e.currentTarget.value.toUpperCase();
                  setV((p) => ({ ...p, currency }));
                }}
                error={errors.currency}
                placeholder="EUR"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DatePickerInput
                label="Warranty ends"
                value={warrantyEnd}
                onChange={setWarrantyEnd}
                clearable
                error={errors.warrantyEnd}
                placeholder="Not set"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Cost centre"
                value={v.costCentre}
                onChange={set('costCentre')}
                error={errors.costCentre}
                placeholder="The holder's"
                description="Reports use it before the holder's"
              />
            </Grid.Col>
          </Grid>
          {fields.length > 0 && (
            <>
              <Divider label={`${asset.category.name} fields`} labelPosition="left" />
              <Grid>
                {fields.map((f) => (
                  <Grid.Col key={f.key} span={{ base: 12, sm: 6 }}>
                    <CustomFieldInput
                      field={f}
                      value={custom[f.key] ?? ''}
                      onChange={(value) => setCustom((c) => ({ ...c, [f.key]: value }))}
                      error={cfErrors[f.key]}
                    />
                  </Grid.Col>
                ))}
              </Grid>
            </>
          )}
          <Textarea label="Notes" autosize minRows={2} value={v.notes} onChange={set('notes')} error={errors.notes} />
          {shownErrors && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert">
              Some fields need a look: see the messages under them.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!v.tag.trim()}>
              Save asset
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
