import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { fieldErrors } from '../api/client';
import {
  useAddKitItem,
  useKits,
  usePlanningSettings,
  useRemoveKitItem,
  useSavePlanningSettings,
} from '../api/planning';
import { BackLink, SaveError } from '../components/kit';
import { notifyError, notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { DepartmentPicker, ModelPicker } from '../components/pickers/pickers';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';

function SettingsCard() {
  const settings = usePlanningSettings();
  const save = useSavePlanningSettings();
  const { can } = useSession();
  const [level, setLevel] = useState<number | string>('');
  const [lead, setLead] = useState<number | string>('');
  if (settings.isPending) return <Loader aria-label="Loading settings" />;
  if (settings.error) return <QueryError error={settings.error} retry={settings.refetch} />;
  const current = settings.data;
  const levelValue = level === '' ? current.serviceLevel * 100 : level;
  const leadValue = lead === '' ? current.defaultLeadTimeDays : lead;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { serviceLevel: Number(levelValue) / 100, defaultLeadTimeDays: Number(leadValue) },
      { onSuccess: () => notifySuccess('Planning settings saved.') },
    );
  };
  return (
    <Card withBorder component="section" aria-label="Service level and lead time">
      <Title order={2} fz="h4" mb="xs">
        Service level and lead time
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError error={save.error} what="the settings" />
          <Group grow align="flex-start">
            <NumberInput
              label="Service level (%)"
              description="Share of demand to serve from stock"
              value={levelValue}
              onChange={setLevel}
              min={50}
              max={99.9}
              decimalScale={1}
              disabled={!can('settings.manage')}
            />
            <NumberInput
              label="Default lead time (days)"
              description="When neither the model nor its supplier has one"
              value={leadValue}
              onChange={setLead}
              min={0}
              max={365}
              allowDecimal={false}
              disabled={!can('settings.manage')}
            />
          </Group>
          {can('settings.manage') && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                Save
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function AddKitItem() {
  const [owner, setOwner] = useState<'department' | 'jobTitle'>('department');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [jobTitle, setJobTitle] = useState('');
  const [modelId, setModelId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const add = useAddKitItem();
  const errors = fieldErrors(add.error, ['departmentId', 'jobTitle', 'modelId', 'quantity'] as const);
  const ready = modelId !== null && (owner === 'department' ? departmentId !== null : jobTitle.trim() !== '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    add.mutate(
      {
        ...(owner === 'department' ? { departmentId: departmentId! } : { jobTitle: jobTitle.trim() }),
        modelId: modelId!,
        quantity: typeof quantity === 'number' ? quantity : 1,
      },
      {
        onSuccess: (item) => {
          notifySuccess(`${item.model.name} added to the kit of ${item.department?.name ?? item.jobTitle}.`);
          setModelId(null);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Add to a kit">
      <Stack gap="sm">
        <SaveError error={add.error} what="the kit" hide={Object.values(errors).some(Boolean)} />
        <SegmentedControl
          aria-label="Kit of"
          value={owner}
          onChange={(v) => setOwner(v as typeof owner)}
          data={[
            { value: 'department', label: 'A department' },
            { value: 'jobTitle', label: 'A job title' },
          ]}
        />
        <Group grow align="flex-start">
          {owner === 'department' ? (
            <DepartmentPicker value={departmentId} onChange={setDepartmentId} required error={errors.departmentId} />
          ) : (
            <TextInput
              label="Job title"
              value={jobTitle}
              onChange={(e) => setJobTitle(e.currentTarget.value)}
              required
              error={errors.jobTitle}
            />
          )}
          <ModelPicker value={modelId} onChange={setModelId} required error={errors.modelId} />
          <NumberInput
            label="Quantity"
            value={quantity}
            onChange={setQuantity}
            min={1}
            max={1000}
            allowDecimal={false}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" disabled={!ready} loading={add.isPending}>
            Add to kit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Planning's own settings, and the standard kits that turn future joiners into known demand. */
export function PlanningSetupPage() {
  const kits = useKits();
  const remove = useRemoveKitItem();
  const { can } = useSession();
  const manage = can('inventory.manage');
  const items = kits.data?.items ?? [];
  return (
    <>
      <BackLink to="/planning">Planning</BackLink>
      <PageHeader
        title="Planning setup"
        description="The service level plans aim for, the lead time when none is known, and the standard kit each new hire receives."
      />
      <Stack>
        <SettingsCard />
        <Card withBorder component="section" aria-label="Standard kits">
          <Title order={2} fz="h4" mb={4}>
            Standard kits
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            People with a future start date need their department’s and their job title’s kit (the larger quantity when
            both list a model): that is planned demand at the stockroom nearest to them.
          </Text>
          {kits.isPending ? (
            <Loader aria-label="Loading kits" />
          ) : kits.error ? (
            <QueryError error={kits.error} retry={kits.refetch} />
          ) : items.length === 0 ? (
            <Text size="sm" mb="sm">
              No kits yet. Add the models a new hire of a department or a job title receives.
            </Text>
          ) : (
            <Table fz="sm" mb="md" aria-label="Kit items">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kit of</Table.Th>
                  <Table.Th>Model</Table.Th>
                  <Table.Th ta="right">Quantity</Table.Th>
                  {manage && <Table.Th aria-label="Actions" />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>
                      {k.department ? k.department.name : k.jobTitle}{' '}
                      <Badge size="xs" variant="light" color="gray">
                        {k.department ? 'department' : 'job title'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{k.model.name}</Table.Td>
                    <Table.Td ta="right">{k.quantity}</Table.Td>
                    {manage && (
                      <Table.Td ta="right">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove ${k.model.name} from the kit of ${k.department?.name ?? k.jobTitle}`}
                          onClick={() =>
                            remove.mutate(k.id, {
                              onSuccess: () => notifySuccess(`${k.model.name} removed from the kit.`),
                              onError: (error) => notifyError('Not removed', error),
                            })
                          }
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {manage && <AddKitItem />}
        </Card>
      </Stack>
    </>
  );
}
