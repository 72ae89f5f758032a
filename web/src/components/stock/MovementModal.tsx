import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage, fieldErrors, isApiError } from '../../api/client';
import { useRecordMovement, type MovementRequest } from '../../api/stock';
import { formatCount } from '../format';
import { notifySuccess } from '../notify';
import { LocationPicker } from '../pickers/LocationPicker';
import { AssetPicker, ModelPicker, PersonPicker } from '../pickers/pickers';

export type MovementKind = MovementRequest['kind'];
type Target = 'person' | 'location' | 'asset';

export const MOVEMENT_LABELS: Record<MovementKind, { title: string; done: string }> = {
  receive: { title: 'Receive stock', done: 'received at' },
  issue: { title: 'Issue stock', done: 'issued from' },
  return: { title: 'Return stock', done: 'returned to' },
  transfer: { title: 'Transfer stock', done: 'transferred from' },
  adjust: { title: 'Adjust stock', done: 'adjusted at' },
  loss: { title: 'Record a loss', done: 'written off as lost at' },
  damage: { title: 'Record damage', done: 'written off as damaged at' },
};

const FIELDS = [
  'modelId',
  'locationId',
  'toLocationId',
  'quantity',
  'issuedTo',
  'reason',
  'reference',
  'notes',
] as const;

export interface MovementPreset {
  kind: MovementKind;
  modelId?: string | undefined;
  locationId?: string | undefined;
  /** Shown under the quantity: what is on hand where the stock is taken from. */
  onHand?: number | undefined;
}

/**
 * One form for every movement of quantity-tracked stock. The server refuses what would go below
 * zero (409 insufficient_stock) and says how many are on hand; that message stays on the quantity.
 */
export function MovementModal({ preset, onClose }: { preset: MovementPreset; onClose: () => void }) {
  const [kind, setKind] = useState<MovementKind>(preset.kind);
  const [modelId, setModelId] = useState<string | null>(preset.modelId ?? null);
  const [locationId, setLocationId] = useState<string | null>(preset.locationId ?? null);
  const [toLocationId, setToLocationId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(kind === 'adjust' ? '' : 1);
  const [target, setTarget] = useState<Target>('person');
  const [targetId, setTargetId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  const [notes, setNotes] = useState('');
  const record = useRecordMovement();
  const errors = fieldErrors(record.error, FIELDS);
  const short = isApiError(record.error, 'insufficient_stock');
  const q = typeof quantity === 'number' ? quantity : Number.NaN;

  const ready =
    modelId !== null &&
    locationId !== null &&
    Number.isInteger(q) &&
    (kind === 'adjust' ? q !== 0 && reason.trim() !== '' : q > 0) &&
    (kind !== 'transfer' || toLocationId !== null) &&
    (kind !== 'issue' || targetId !== null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const body: MovementRequest = { kind, modelId: modelId!, locationId: locationId!, quantity: q };
    if (kind === 'transfer') body.toLocationId = toLocationId!;
    if ((kind === 'issue' || kind === 'return') && targetId) body.issuedTo = { type: target, id: targetId };
    if (reason.trim()) body.reason = reason.trim();
    if (reference.trim()) body.reference = reference.trim();
    if (notes.trim()) body.notes = notes.trim();
    record.mutate(body, {
      onSuccess: (saved) => {
        const first = saved.items.find((m) => m.kind !== 'transfer_in') ?? saved.items[0]!;
        notifySuccess(
          `${formatCount(Math.abs(q))} ${first.model.name} ${MOVEMENT_LABELS[kind].done} ${first.location.name}` +
            ` (now ${formatCount(first.balanceAfter)} on hand).`,
        );
        onClose();
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={MOVEMENT_LABELS[kind].title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {record.error && !short && !Object.values(errors).some(Boolean) && (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert">
              {errorMessage(record.error)}
            </Alert>
          )}
          <Select
            label="Movement"
            value={kind}
            onChange={(v) => v && setKind(v as MovementKind)}
            data={Object.entries(MOVEMENT_LABELS).map(([value, l]) => ({ value, label: l.title }))}
            allowDeselect={false}
          />
          <ModelPicker
            label="Model"
            tracking="quantity"
            value={modelId}
            onChange={setModelId}
            required
            error={errors.modelId}
          />
          <LocationPicker
            label={kind === 'transfer' ? 'From' : kind === 'receive' || kind === 'return' ? 'Into' : 'At'}
            value={locationId}
            onChange={setLocationId}
            required
            error={errors.locationId}
            description="Search by name or code, or scan the location's barcode."
          />
          {kind === 'transfer' && (
            <LocationPicker
              label="To"
              value={toLocationId}
              onChange={setToLocationId}
              required
              error={errors.toLocationId}
            />
          )}
          <NumberInput
            label={kind === 'adjust' ? 'Change (+ found, − missing)' : 'Quantity'}
            value={quantity}
            onChange={setQuantity}
            allowDecimal={false}
            allowNegative={kind === 'adjust'}
            min={kind === 'adjust' ? undefined : 1}
            required
            autoFocus={Boolean(preset.modelId && preset.locationId)}
            description={
              preset.onHand !== undefined && locationId === preset.locationId && modelId === preset.modelId
                ? `${formatCount(preset.onHand)} on hand here`
                : undefined
            }
            error={short ? errorMessage(record.error) : errors.quantity}
          />
          {(kind === 'issue' || kind === 'return') && (
            <>
              <div>
                <Text size="sm" fw={500} mb={4} id="movement-target">
                  {kind === 'issue' ? 'Issue to' : 'Returned by (optional)'}
                </Text>
                <SegmentedControl
                  aria-labelledby="movement-target"
                  value={target}
                  onChange={(v) => {
                    setTarget(v as Target);
                    setTargetId(null);
                  }}
                  data={[
                    { value: 'person', label: 'A person' },
                    { value: 'location', label: 'A location' },
                    { value: 'asset', label: 'An asset' },
                  ]}
                  fullWidth
                />
              </div>
              {target === 'person' && (
                <PersonPicker
                  value={targetId}
                  onChange={setTargetId}
                  required={kind === 'issue'}
                  error={errors.issuedTo}
                />
              )}
              {target === 'location' && (
                <LocationPicker
                  label="Location"
                  value={targetId}
                  onChange={setTargetId}
                  required={kind === 'issue'}
                  error={errors.issuedTo}
                />
              )}
              {target === 'asset' && (
                <AssetPicker
                  value={targetId}
                  onChange={setTargetId}
                  required={kind === 'issue'}
                  error={errors.issuedTo}
                />
              )}
            </>
          )}
          {(kind === 'adjust' || kind === 'loss' || kind === 'damage') && (
            <TextInput
              label="Reason"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required={kind === 'adjust'}
              error={errors.reason}
              placeholder={kind === 'adjust' ? 'Stock count on 3 March' : 'Dropped in transit'}
            />
          )}
          <TextInput
            label="Reference"
            description="Delivery note, order or service request"
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={errors.reference}
          />
          <Textarea
            label="Notes"
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!ready} loading={record.isPending}>
              {MOVEMENT_LABELS[kind].title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
