import { useState, type FormEvent } from 'react';
import { Button, Group, Loader, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { fieldErrors } from '../../api/client';
import { useSaveSupply, useSupply } from '../../api/planning';
import { SaveError } from '../kit';
import { notifySuccess } from '../notify';
import { SupplierPicker } from '../pickers/pickers';

/** Where a model is bought and how long it takes: planning's lead time. */
export function SupplyModal({
  modelId,
  modelName,
  onClose,
}: {
  modelId: string;
  modelName: string;
  onClose: () => void;
}) {
  const supply = useSupply(modelId);
  return (
    <Modal opened onClose={onClose} title={`Supply of ${modelName}`}>
      {supply.isPending ? (
        <Loader aria-label="Loading" />
      ) : supply.data ? (
        <SupplyForm
          modelId={modelId}
          initial={{
            supplierId: supply.data.supplier?.id ?? null,
            leadTimeDays: supply.data.leadTimeDays,
            version: supply.data.version,
          }}
          onClose={onClose}
        />
      ) : (
        <SaveError error={supply.error} what="the supply" />
      )}
    </Modal>
  );
}

function SupplyForm({
  modelId,
  initial,
  onClose,
}: {
  modelId: string;
  initial: { supplierId: string | null; leadTimeDays: number | null; version: number };
  onClose: () => void;
}) {
  const [supplierId, setSupplierId] = useState<string | null>(initial.supplierId);
  const [lead, setLead] = useState<number | string>(initial.leadTimeDays ?? '');
  const save = useSaveSupply();
  const errors = fieldErrors(save.error, ['supplierId', 'leadTimeDays'] as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        modelId,
        body: {
          supplierId,
          leadTimeDays: typeof lead === 'number' ? lead : null,
          ...(initial.version > 0 ? { version: initial.version } : {}),
        },
      },
      {
        onSuccess: () => {
          notifySuccess('Supplier and lead time saved.');
          onClose();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SaveError error={save.error} what="the supply" hide={Object.values(errors).some(Boolean)} onReload={onClose} />
        <SupplierPicker value={supplierId} onChange={setSupplierId} error={errors.supplierId} />
        <NumberInput
          label="Lead time (days)"
          description="Leave empty to use the supplier's default lead time"
          value={lead}
          onChange={setLead}
          min={0}
          max={365}
          allowDecimal={false}
          error={errors.leadTimeDays}
        />
        <Text size="sm" c="dimmed">
          The reorder point covers the demand expected over the lead time and one monthly review.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
