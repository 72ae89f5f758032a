import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage, fieldErrors, isApiError } from '../../api/client';
import { useAssetAction, type ActionInput } from '../../api/assets';
import type { Asset, AssetAction } from '../../api/types';
import { MONEY_PATTERN, today } from '../format';
import { notifySuccess } from '../notify';
import { LocationPicker } from '../pickers/LocationPicker';
import { AssetPicker, PersonPicker } from '../pickers/pickers';
import { ACTIONS, actionLabel } from './actions';

type Target = 'person' | 'location' | 'asset';
const FIELDS = [
  'locationId',
  'assignee',
  'requestReference',
  'expectedReturnDate',
  'reason',
  'proceeds',
  'notes',
] as const;

/**
 * The small form of one lifecycle action. The server decides whether it is allowed; a refusal
 * (409 invalid_transition) is shown as the server says it.
 */
export function ActionModal({ asset, action, onClose }: { asset: Asset; action: AssetAction; onClose: () => void }) {
  const spec = ACTIONS[action];
  const transfer = action === 'check_out' && asset.status === 'in_use';
  const [target, setTarget] = useState<Target>('person');
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [assigneeLabel, setAssigneeLabel] = useState('');
  const [locationId, setLocationId] = useState<string | null>(null);
  const [requestReference, setRequestReference] = useState('');
  const [expectedReturnDate, setExpectedReturnDate] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [proceeds, setProceeds] = useState('');
  const [notes, setNotes] = useState('');
  const [local, setLocal] = useState<{ proceeds?: string; reason?: string }>({});
  const perform = useAssetAction(asset.id);
  const errors = { ...fieldErrors(perform.error, FIELDS), ...local };
  const refused = isApiError(perform.error, 'invalid_transition');
  const title = `${actionLabel(action, asset.status)} ${asset.tag}`;

  const ready =
    (action !== 'check_out' || assigneeId !== null) &&
    (!spec.location || locationId !== null) &&
    (action !== 'dispose' || reason.trim() !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: typeof local = {};
    if (action === 'dispose' && !reason.trim()) problems.reason = 'Say why the asset is disposed of.';
    if (proceeds.trim() && !MONEY_PATTERN.test(proceeds.trim()))
      problems.proceeds = 'Write the amount with a dot and at most two decimals, e.g. 25.00.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const body: ActionInput = { version: asset.version };
    if (action === 'check_out') {
      body.assignee = { type: target, id: assigneeId! };
      if (transfer) body.transfer = true;
      if (requestReference.trim()) body.requestReference = requestReference.trim();
      if (expectedReturnDate) body.expectedReturnDate = expectedReturnDate;
    }
    if (spec.location && locationId) body.locationId = locationId;
    if (action === 'dispose') {
      body.reason = reason.trim();
      if (proceeds.trim()) body.proceeds = proceeds.trim();
    }
    if (notes.trim()) body.notes = notes.trim();
    perform.mutate(
      { action, body },
      {
        onSuccess: (saved) => {
          const to = action === 'check_out' && saved.assignee ? ` to ${saved.assignee.label}` : '';
          const where = spec.location && saved.location ? ` to ${saved.location.name}` : '';
          notifySuccess(`${saved.tag} ${transfer ? 'transferred' : spec.done}${to || where}.`);
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {perform.error && !Object.values(errors).some(Boolean) && (
            <Alert
              color={refused ? 'orange' : 'red'}
              icon={<IconAlertTriangle />}
              title={
                refused
                  ? 'Not allowed now'
                  : isApiError(perform.error, 'version_conflict')
                    ? 'Changed meanwhile'
                    : undefined
              }
              role="alert"
            >
              {errorMessage(perform.error)}
              {isApiError(perform.error, 'version_conflict') && ' Close this form to see the asset as it is now.'}
            </Alert>
          )}
          {transfer && (
            <Text size="sm">
              {asset.tag} is checked out to {asset.assignee?.label ?? 'someone'}. A transfer gives it to someone else
              directly, without checking it in.
            </Text>
          )}
          {action === 'check_out' && (
            <>
              <div>
                <Text size="sm" fw={500} mb={4} id="checkout-target">
                  Check out to
                </Text>
                <SegmentedControl
                  aria-labelledby="checkout-target"
                  value={target}
                  onChange={(v) => {
                    setTarget(v as Target);
                    setAssigneeId(null);
                  }}
                  data={[
                    { value: 'person', label: 'A person' },
                    { value: 'location', label: 'A location' },
                    { value: 'asset', label: 'Another asset' },
                  ]}
                  fullWidth
                />
              </div>
              {target === 'person' && (
                <PersonPicker
                  label="Person"
                  value={assigneeId}
                  onChange={(id, option) => {
                    setAssigneeId(id);
                    setAssigneeLabel(option?.label ?? '');
                  }}
                  required
                  autoFocus
                  error={errors.assignee}
                />
              )}
              {target === 'location' && (
                <LocationPicker
                  label="Location (a meeting room, a lab)"
                  value={assigneeId}
                  onChange={setAssigneeId}
                  required
                  error={errors.assignee}
                />
              )}
              {target === 'asset' && (
                <AssetPicker
                  label="Parent asset (this one becomes its component)"
                  value={assigneeId}
                  onChange={setAssigneeId}
                  required
                  error={errors.assignee}
                />
              )}
              <Group grow align="flex-start">
                <TextInput
                  label="Request reference"
                  description="The service request this is for"
                  value={requestReference}
                  onChange={(e) => setRequestReference(e.currentTarget.value)}
                  error={errors.requestReference}
                  placeholder="REQ-1234"
                />
                <DatePickerInput
                  label="Expected return"
                  description="For a loan"
                  value={expectedReturnDate}
                  onChange={setExpectedReturnDate}
                  minDate={today()}
                  clearable
                  error={errors.expectedReturnDate}
                  placeholder="No return date"
                />
              </Group>
            </>
          )}
          {spec.location && (
            <LocationPicker
              label={spec.locationLabel ?? 'Location'}
              value={locationId}
              onChange={setLocationId}
              required
              autoFocus
              error={errors.locationId}
              description="Search by name or code, or scan the location's barcode."
            />
          )}
          {action === 'dispose' && (
            <>
              <TextInput
                label="Reason"
                required
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={errors.reason}
                placeholder="Sold, recycled, destroyed…"
                data-autofocus
              />
              <TextInput
                label="Proceeds"
                description="What the disposal brought in, if anything"
                inputMode="decimal"
                value={proceeds}
                onChange={(e) => setProceeds(e.currentTarget.value)}
                error={errors.proceeds}
                placeholder="0.00"
              />
            </>
          )}
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
            <Button type="submit" loading={perform.isPending} disabled={!ready} color={spec.danger ? 'red' : undefined}>
              {action === 'check_out' && assigneeLabel && target === 'person'
                ? `${transfer ? 'Transfer' : 'Check out'} to ${assigneeLabel}`
                : actionLabel(action, asset.status)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
