import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { fieldErrors } from '../../api/client';
import { useSetPolicy } from '../../api/stock';
import type { StockBalance } from '../../api/types';
import { SaveError } from '../kit';
import { notifySuccess } from '../notify';

const FIELDS = ['minQuantity', 'maxQuantity', 'reorderQuantity'] as const;
const toValue = (v: number | string): number | null => (typeof v === 'number' ? v : null);

/** Minimum, maximum and reorder quantity of one model at one location. */
export function PolicyModal({ balance, onClose }: { balance: StockBalance; onClose: () => void }) {
  const [min, setMin] = useState<number | string>(balance.minQuantity ?? '');
  const [max, setMax] = useState<number | string>(balance.maxQuantity ?? '');
  const [reorder, setReorder] = useState<number | string>(balance.reorderQuantity ?? '');
  const save = useSetPolicy();
  const errors = fieldErrors(save.error, FIELDS);
  const tooLow = toValue(max) !== null && toValue(min) !== null && toValue(max)! < toValue(min)!;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLow) return;
    save.mutate(
      {
        modelId: balance.model.id,
        locationId: balance.location.id,
        body: {
          minQuantity: toValue(min),
          maxQuantity: toValue(max),
          reorderQuantity: toValue(reorder),
          ...(balance.policyVersion !== null ? { version: balance.policyVersion } : {}),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(`Stock levels of ${balance.model.name} at ${balance.location.name} saved.`);
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Stock levels: ${balance.model.name} at ${balance.location.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError
            error={save.error}
            what="these stock levels"
            hide={Object.values(errors).some(Boolean)}
            onReload={onClose}
          />
          <Text size="sm" c="dimmed">
            Below the minimum, the stock is flagged here and on the Planning page. Order up to the maximum, or the
            reorder quantity at a time. Leave a field empty for none.
          </Text>
          <NumberInput
            label="Minimum"
            value={min}
            onChange={setMin}
            min={0}
            allowDecimal={false}
            error={errors.minQuantity}
            autoFocus
          />
          <NumberInput
            label="Maximum"
            value={max}
            onChange={setMax}
            min={0}
            allowDecimal={false}
            error={tooLow ? 'The maximum cannot be below the minimum.' : errors.maxQuantity}
          />
          <NumberInput
            label="Reorder quantity"
            value={reorder}
            onChange={setReorder}
            min={0}
            allowDecimal={false}
            error={errors.reorderQuantity}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={tooLow}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
