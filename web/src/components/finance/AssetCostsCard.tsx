/**
 * The asset's total cost of ownership (purchase + recorded costs − disposal proceeds), the costs
 * recorded against it, and for asset managers a form to record one. Field errors from the API
 * show under their inputs.
 */
import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Grid, Group, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useAssetCosts, useRecordCost, useRemoveCost, type AssetCost } from '../../api/finance';
import { fieldErrors } from '../../api/client';
import { formatDay, formatMoney, MONEY_PATTERN, today } from '../format';
import { DetailList, SaveError, SectionCard, textOrNull } from '../kit';
import { QueryError } from '../QueryError';
import { SupplierPicker } from '../pickers/pickers';
import { notifyError, notifySuccess } from '../notify';

const KINDS = [
  { value: 'repair', label: 'Repair' },
  { value: 'upgrade', label: 'Upgrade' },
  { value: 'licence', label: 'Licence' },
  { value: 'support', label: 'Support' },
  { value: 'other', label: 'Other' },
];
const kindLabel = (kind: string) => KINDS.find((k) => k.value === kind)?.label ?? kind;
const FIELDS = ['incurredOn', 'kind', 'amount', 'currency', 'supplierId', 'note'] as const;

function RecordCostForm({
  assetId,
  currency,
  onDone,
}: {
  assetId: string;
  currency: string | null;
  onDone: () => void;
}) {
  const [v, setV] = useState({ incurredOn: today(), kind: 'repair', amount: '', currency: currency ?? '', note: '' });
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [local, setLocal] = useState<{ amount?: string }>({});
  const record = useRecordCost(assetId);
  const errors = { ...fieldErrors(record.error, FIELDS), ...local };
  const set = (key: keyof typeof v) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((prev) => ({ ...prev, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amount = v.amount.trim();
    setLocal(amount && !MONEY_PATTERN.test(amount) ? { amount: 'An amount like 120.00 (a dot, two decimals).' } : {});
    if (amount && !MONEY_PATTERN.test(amount)) return;
    record.mutate(
      {
        incurredOn: v.incurredOn,
        kind: v.kind as AssetCost['kind'],
        amount,
        currency: textOrNull(v.currency)?.toUpperCase() ?? null,
        supplierId,
        note: textOrNull(v.note),
      },
      {
        onSuccess: (cost) => {
          notifySuccess(`${kindLabel(cost.kind)} of ${formatMoney(cost.amount, cost.currency)} recorded.`);
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Record a cost">
      <Stack gap="sm">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              type="date"
              label="Date"
              required
              value={v.incurredOn}
              onChange={set('incurredOn')}
              error={errors.incurredOn}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label="Kind"
              data={KINDS}
              value={v.kind}
              onChange={(kind) => kind && setV((p) => ({ ...p, kind }))}
              allowDeselect={false}
              error={errors.kind}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 2 }}>
            <TextInput
              label="Amount"
              required
              inputMode="decimal"
              placeholder="120.00"
              value={v.amount}
              onChange={set('amount')}
              error={errors.amount}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 4, sm: 2 }}>
            <TextInput
              label="Currency"
              maxLength={3}
              placeholder="EUR"
              value={v.currency}
              onChange={(e) => {
                const value = e.currentTarget.value.toUpperCase();
                setV((p) => ({ ...p, currency: value }));
              }}
              error={errors.currency}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <SupplierPicker value={supplierId} onChange={setSupplierId} error={errors.supplierId} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Note" value={v.note} onChange={set('note')} error={errors.note} maxLength={2000} />
          </Grid.Col>
        </Grid>
        <SaveError error={record.error} what="the asset" hide={Object.keys(errors).length > 0} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Record cost
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function AssetCostsCard({ assetId, canManage }: { assetId: string; canManage: boolean }) {
  const costs = useAssetCosts(assetId);
  const remove = useRemoveCost(assetId);
  const [adding, setAdding] = useState(false);
  if (costs.isPending) return null;
  if (costs.isError) return <QueryError error={costs.error} />;
  const { tco, items } = costs.data;
  const currency = tco.currency;
  return (
    <SectionCard
      title="Total cost of ownership"
      id="tco"
      actions={
        canManage &&
        !adding && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            Record a cost
          </Button>
        )
      }
    >
      <Stack>
        <DetailList
          labelWidth={170}
          rows={[
            ['Purchase', formatMoney(tco.purchase, currency)],
            ...tco.byKind.map((k): [string, string] => [kindLabel(k.kind), formatMoney(k.amount, currency)]),
            [
              'Disposal proceeds',
              Number(tco.disposalProceeds) ? `− ${formatMoney(tco.disposalProceeds, currency)}` : null,
            ],
            [
              'Total cost of ownership',
              <Text key="tco" fw={700} span data-testid="tco-total">
                {formatMoney(tco.total, currency)}
              </Text>,
            ],
            ...tco.otherCurrencies.map((o): [string, string] => [
              `Not counted (${o.currency})`,
              formatMoney(o.amount, o.currency),
            ]),
          ]}
        />
        {adding && <RecordCostForm assetId={assetId} currency={currency} onDone={() => setAdding(false)} />}
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No repairs, upgrades, licences or support recorded against this asset yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table fz="sm" striped aria-label="Recorded costs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th>Supplier</Table.Th>
                  <Table.Th>Note</Table.Th>
                  {canManage && <Table.Th aria-label="Actions" />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{formatDay(c.incurredOn)}</Table.Td>
                    <Table.Td>{kindLabel(c.kind)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(c.amount, c.currency)}</Table.Td>
                    <Table.Td>{c.supplier?.name ?? '—'}</Table.Td>
                    <Table.Td>{c.note ?? ''}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Tooltip label="Remove (recorded by mistake)">
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Remove the ${kindLabel(c.kind).toLowerCase()} of ${formatDay(c.incurredOn)}`}
                            onClick={() =>
                              remove.mutate(c.id, {
                                onSuccess: () => notifySuccess('Cost removed.'),
                                onError: (err) => notifyError('The cost was not removed', err),
                              })
                            }
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </SectionCard>
  );
}
