/**
 * Create or edit a depreciation profile. The fields shown follow the method; the API validates
 * (with the engine's own rules) and its messages go under the fields. Changing the parameters of a
 * profile assets already follow is never silent: the user says from which month the change applies
 * (earlier figures stay) or that it restates every asset from its start; the API refuses otherwise.
 */
import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Modal,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { isApiError } from '../../api/client';
import { useCreateProfile, useUpdateProfile, type DepreciationProfile } from '../../api/finance-books';
import { SaveError } from '../kit';
import { notifySuccess } from '../notify';
import {
  CONVENTION_OPTIONS,
  MACRS_CLASS_OPTIONS,
  MACRS_CONVENTION_OPTIONS,
  METHOD_OPTIONS,
  initialState,
  parametersOf,
  profileErrors,
  salvageError,
  type ProfileFormState,
} from './profile-form';

type When = 'now' | 'effective' | 'restate';

function firstOfNextMonth(): string {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

export function ProfileFormModal({
  bookId,
  profile,
  onClose,
  onReload,
}: {
  bookId: string;
  profile?: DepreciationProfile;
  onClose: () => void;
  onReload: () => void;
}) {
  const [v, setV] = useState<ProfileFormState>(() => initialState(profile));
  const [when, setWhen] = useState<When>('now');
  const [effective, setEffective] = useState(firstOfNextMonth());
  const [local, setLocal] = useState<{ lifeMonths?: string }>({});
  const create = useCreateProfile(bookId);
  const update = useUpdateProfile(profile?.id ?? '');
  const mutation = profile ? update : create;
  const errors = { ...profileErrors(mutation.error), ...local };
  const inUse = isApiError(mutation.error, 'profile_in_use');
  const field =
    <K extends keyof ProfileFormState>(key: K) =>
    (value: ProfileFormState[K]) =>
      setV((p) => ({ ...p, [key]: value }));
  const text = (key: keyof ProfileFormState) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((p) => ({ ...p, [key]: value }));
  };
  const depreciates = v.method !== 'none';
  const macrs = v.method === 'macrs_gds';
  const declining = v.method === 'declining_balance';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const life = v.lifeMonths.trim();
    const problems =
      depreciates && !macrs && life && !/^\d+$/.test(life) ? { lifeMonths: 'Whole months, e.g. 36.' } : {};
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const parameters = parametersOf(v);
    const done = (saved: DepreciationProfile) => {
      notifySuccess(`Profile ${saved.name} ${profile ? 'saved' : 'created'}.`);
      onClose();
    };
    if (!profile) {
      create.mutate({ name: v.name.trim(), ...parameters }, { onSuccess: done });
      return;
    }
    update.mutate(
      {
        version: profile.version,
        name: v.name.trim(),
        parameters,
        ...(when === 'effective' ? { effective } : when === 'restate' ? { restate: true } : {}),
      },
      { onSuccess: done },
    );
  };

  return (
    <Modal opened onClose={onClose} title={profile ? `Edit ${profile.name}` : 'New profile'} size="lg">
      <form onSubmit={submit} noValidate aria-label={profile ? 'Edit profile' : 'New profile'}>
        <Stack>
          <SaveError
            error={mutation.error}
            what="this profile"
            onReload={onReload}
            hide={Object.keys(errors).length > 0 || inUse}
          />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={v.name}
            onChange={text('name')}
            error={errors.name}
            placeholder="Laptops, 36 months"
          />
          <Select
            label="Method"
            data={METHOD_OPTIONS}
            value={v.method}
            onChange={(m) => m && field('method')(m)}
            allowDeselect={false}
            error={errors.method}
          />
          {depreciates && !macrs && (
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label="Useful life (months)"
                  inputMode="numeric"
                  value={v.lifeMonths}
                  onChange={text('lifeMonths')}
                  error={errors.lifeMonths}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label="Start convention"
                  data={CONVENTION_OPTIONS}
                  value={v.convention}
                  onChange={(c) => c && field('convention')(c)}
                  allowDeselect={false}
                  error={errors.convention}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Text size="sm" fw={500} mb={4}>
                  Salvage value
                </Text>
                <SegmentedControl
                  size="xs"
                  value={v.salvageKind}
                  onChange={(k) => field('salvageKind')(k as ProfileFormState['salvageKind'])}
                  data={[
                    { value: 'none', label: 'None' },
                    { value: 'percent', label: '% of cost' },
                    { value: 'amount', label: 'Amount' },
                  ]}
                  aria-label="Salvage value as"
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                {v.salvageKind !== 'none' && (
                  <TextInput
                    label={v.salvageKind === 'percent' ? 'Salvage (%)' : 'Salvage amount'}
                    inputMode="decimal"
                    value={v.salvage}
                    onChange={text('salvage')}
                    error={salvageError(errors)}
                    placeholder={v.salvageKind === 'percent' ? '10' : '150.00'}
                  />
                )}
              </Grid.Col>
            </Grid>
          )}
          {declining && (
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label="Factor"
                  description="2 is double declining, 1.5 is 150%"
                  inputMode="decimal"
                  value={v.decliningFactor}
                  onChange={text('decliningFactor')}
                  error={errors.decliningFactor}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label="Or a fixed rate"
                  description='e.g. 0.319, or "from_salvage"'
                  value={v.rate}
                  onChange={text('rate')}
                  error={errors.rate}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <Checkbox
                  label="Switch to straight line when it gives more"
                  checked={v.switchToStraightLine}
                  onChange={(e) => field('switchToStraightLine')(e.currentTarget.checked)}
                  error={errors.switchToStraightLine}
                />
              </Grid.Col>
            </Grid>
          )}
          {macrs && (
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label="Property class"
                  data={MACRS_CLASS_OPTIONS}
                  value={v.macrsClass}
                  onChange={(c) => c && field('macrsClass')(c)}
                  allowDeselect={false}
                  error={errors.macrsClass}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label="Convention"
                  data={MACRS_CONVENTION_OPTIONS}
                  value={v.macrsConvention}
                  onChange={(c) => c && field('macrsConvention')(c)}
                  allowDeselect={false}
                  error={errors.macrsConvention}
                />
              </Grid.Col>
            </Grid>
          )}
          {profile && (
            <Radio.Group
              label="If assets already follow this profile, the new parameters apply"
              description="A change of the method, life or salvage of a profile in use must say when it applies. MACRS cannot change from a month on (a change of tax accounting method): restate it."
              value={when}
              onChange={(w) => setWhen(w as When)}
              error={errors.effective ?? errors.restate}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="now" label="Only if no asset follows it yet (otherwise the change is refused)" />
                <Group gap="sm" align="center">
                  <Radio value="effective" label="From the month of" />
                  <TextInput
                    type="date"
                    aria-label="Effective from (the first day of a month)"
                    value={effective}
                    onChange={(e) => {
                      setEffective(e.currentTarget.value);
                      setWhen('effective');
                    }}
                    size="xs"
                    w={160}
                  />
                  <Text size="xs" c="dimmed">
                    earlier figures stay; what is left is depreciated by the new parameters
                  </Text>
                </Group>
                <Radio value="restate" label="From each asset's start (restates past figures)" />
              </Stack>
            </Radio.Group>
          )}
          {inUse && (
            <Alert color="orange" role="alert" title="This profile is in use">
              {(mutation.error as Error).message} Choose above from when the change applies.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!v.name.trim()}>
              {profile ? 'Save profile' : 'Create profile'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
