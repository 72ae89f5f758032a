import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCheck, IconPackageImport, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage, type ApiError } from '../api/client';
import { useReceiveAssets } from '../api/assets';
import { useCategory, useModel } from '../api/catalog';
import type { Asset, CustomField } from '../api/types';
import { CustomFieldInput } from '../components/assets/CustomFieldInput';
import { MONEY_PATTERN, formatMoney, plural, today } from '../components/format';
import { MONO_INPUT, textOrNull } from '../components/kit';
import { notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { LocationPicker } from '../components/pickers/LocationPicker';
import { ModelPicker, SupplierPicker } from '../components/pickers/pickers';
import { useIsPhone } from '../components/useIsPhone';
import { useUrlFilters } from '../components/useUrlFilters';

interface Row {
  /** Stable key for React while rows are removed. */
  key: number;
  serial: string;
  /** Values of the category's unique fields, one per unit. */
  unique: Record<string, string>;
}

const PICKS = ['modelId', 'locationId'] as const;

/** Errors of the receive call by row: "/body/items/3/serial" belongs to the fourth row. */
function rowErrors(error: unknown): Map<number, string> {
  const out = new Map<number, string>();
  for (const { pointer, message } of (error as ApiError | null)?.problem?.errors ?? []) {
    const match = /^\/body\/items\/(\d+)/.exec(pointer);
    if (match && !out.has(Number(match[1]))) out.set(Number(match[1]), message);
  }
  return out;
}

function Received({ items, onAgain }: { items: Asset[]; onAgain: () => void }) {
  const first = items[0];
  return (
    <Card withBorder radius="md" padding="lg" maw={720}>
      <Stack>
        <Alert
          color="green"
          icon={<IconCheck />}
          title={`${plural(items.length, 'unit', 'units')} received`}
          role="status"
        >
          {first &&
            `${first.model.name}, in stock at ${first.location?.name ?? 'the stockroom'}. Label them with these tags:`}
        </Alert>
        <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Created tags">
          {items.map((a) => (
            <li key={a.id}>
              <Anchor component={Link} to={`/assets/${a.id}`} ff="monospace" fw={600}>
                {a.tag}
              </Anchor>
              {a.serial && (
                <Text span size="xs" c="dimmed" ml={4}>
                  ({a.serial})
                </Text>
              )}
            </li>
          ))}
        </Group>
        <Group>
          <Button onClick={onAgain} leftSection={<IconPackageImport size={16} />}>
            Receive another delivery
          </Button>
          {first && (
            <Button variant="default" component={Link} to={`/assets?modelId=${first.model.id}&sort=-createdAt`}>
              See them in the asset list
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

export function ReceivePage() {
  const [picks, setPicks] = useUrlFilters(PICKS);
  const isPhone = useIsPhone();
  const model = useModel(picks.modelId);
  const category = useCategory(model.data?.categoryId);
  const fields = (category.data?.fields ?? [])
    .filter((f) => f.archivedAt === null)
    .sort((a, b) => a.position - b.position);
  const shared = fields.filter((f) => !f.unique);
  const unique = fields.filter((f) => f.unique);

  const [rows, setRows] = useState<Row[]>([]);
  const [serial, setSerial] = useState('');
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [orderReference, setOrderReference] = useState('');
  const [purchaseDate, setPurchaseDate] = useState<string | null>(today());
  const [warrantyEnd, setWarrantyEnd] = useState<string | null>(null);
  const [cost, setCost] = useState('');
  const [currency, setCurrency] = useState('');
  const [common, setCommon] = useState<Record<string, string>>({});
  const [local, setLocal] = useState<{ cost?: string; currency?: string }>({});
  const [received, setReceived] = useState<Asset[] | null>(null);
  const receive = useReceiveAssets();
  const nextKey = useRef(1);
  const serialInput = useRef<HTMLInputElement>(null);
  const errorsByRow = rowErrors(receive.error);

  // The model's default cost and currency fill in (once per model), still editable.
  const [costFrom, setCostFrom] = useState<string | null>(null);
  useEffect(() => {
    if (model.data && costFrom !== model.data.id) {
      setCostFrom(model.data.id);
      setCost(model.data.defaultUnitCost ?? '');
      setCurrency(model.data.currency ?? '');
    }
  }, [model.data, costFrom]);

  const ready = Boolean(picks.modelId && picks.locationId);

  const addRow = (value: string) => {
    const s = value.trim();
    if (s && rows.some((r) => r.serial.toLowerCase() === s.toLowerCase())) {
      setDuplicate(s);
      setSerial('');
      return;
    }
    setDuplicate(null);
    setRows((r) => [...r, { key: nextKey.current++, serial: s, unique: {} }]);
    setSerial('');
  };

  const onSerialKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (serial.trim()) addRow(serial);
    }
  };

  const reset = () => {
    setRows([]);
    setReceived(null);
    setOrderReference('');
    setDuplicate(null);
    receive.reset();
    setTimeout(() => serialInput.current?.focus(), 0);
  };

  const value = (f: CustomField, raw: string) =>
    raw.trim() === '' ? undefined : f.type === 'boolean' ? raw === 'true' : raw.trim();

  const submit = () => {
    const problems: typeof local = {};
    if (cost.trim() && !MONEY_PATTERN.test(cost.trim()))
      problems.cost = 'Write the amount with a dot and at most two decimals, e.g. 1299.00.';
    if (currency.trim() && !/^[A-Za-z]{3}$/.test(currency.trim())) problems.currency = 'A three-letter code, e.g. EUR.';
    if (cost.trim() && !currency.trim()) problems.currency = 'Say which currency the cost is in.';
    setLocal(problems);
    if (Object.keys(problems).length > 0 || !ready || rows.length === 0) return;
    const sharedValues = Object.fromEntries(
      shared.map((f) => [f.key, value(f, common[f.key] ?? '')]).filter(([, v]) => v !== undefined),
    );
    receive.mutate(
      {
        modelId: picks.modelId!,
        locationId: picks.locationId!,
        supplierId,
        orderReference: textOrNull(orderReference),
        purchaseDate,
        purchaseCost: textOrNull(cost),
        currency: textOrNull(currency)?.toUpperCase() ?? null,
        warrantyEnd,
        items: rows.map((row) => {
          const customFields = {
            ...sharedValues,
            ...Object.fromEntries(
              unique.map((f) => [f.key, value(f, row.unique[f.key] ?? '')]).filter(([, v]) => v !== undefined),
            ),
          };
          return { serial: row.serial || null, ...(Object.keys(customFields).length > 0 ? { customFields } : {}) };
        }),
      },
      {
        onSuccess: ({ items }) => {
          notifySuccess(`${plural(items.length, 'unit', 'units')} received: ${items.map((a) => a.tag).join(', ')}.`);
          setReceived(items);
        },
      },
    );
  };

  if (received) {
    return (
      <>
        <PageHeader title="Receive a delivery" description="Done. Stick the labels on, then put the units away." />
        <Received items={received} onAgain={reset} />
      </>
    );
  }

  const purchaseCard = (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="h4" mb="sm">
        Purchase
      </Title>
      <Grid>
        <Grid.Col span={12}>
          <SupplierPicker value={supplierId} onChange={setSupplierId} placeholder="Search suppliers" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label="Order reference"
            value={orderReference}
            onChange={(e) => setOrderReference(e.currentTarget.value)}
            placeholder="PO or delivery note"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DatePickerInput label="Purchase date" value={purchaseDate} onChange={setPurchaseDate} clearable />
        </Grid.Col>
        <Grid.Col span={{ base: 8, sm: 5 }}>
          <TextInput
            label="Cost per unit"
            inputMode="decimal"
            value={cost}
            onChange={(e) => setCost(e.currentTarget.value)}
            error={local.cost}
            placeholder="1299.00"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 4, sm: 3 }}>
          <TextInput
            label="Currency"
            maxLength={3}
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
            error={local.currency}
            placeholder="EUR"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DatePickerInput
            label="Warranty ends"
            value={warrantyEnd}
            onChange={setWarrantyEnd}
            clearable
            placeholder="Not set"
          />
        </Grid.Col>
      </Grid>
    </Card>
  );
  const total = cost.trim() && MONEY_PATTERN.test(cost.trim()) && rows.length > 0;
  return (
    <>
      <PageHeader
        title="Receive a delivery"
        description="Without an order: pick the model and the stockroom, then scan serial after serial. Each unit gets its tag."
      />
      {/* Enter never submits: scanners end every code with Enter. Only the button receives. */}
      <form onSubmit={(event: FormEvent) => event.preventDefault()} noValidate aria-label="Receive a delivery">
        {/* On a phone the scan comes right after the model and the stockroom; on a desk, beside them. */}
        <Grid>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack>
              <Card withBorder radius="md" padding="lg">
                <Title order={2} fz="h4" mb="sm">
                  What and where
                </Title>
                <Stack>
                  <ModelPicker
                    value={picks.modelId}
                    onChange={(modelId) => setPicks({ modelId })}
                    tracking="individual"
                    required
                    description="Search by name, or scan the GTIN on the carton."
                  />
                  <LocationPicker
                    label="Stockroom"
                    kind="stockroom"
                    value={picks.locationId}
                    onChange={(locationId) => {
                      setPicks({ locationId });
                      if (locationId) setTimeout(() => serialInput.current?.focus(), 0);
                    }}
                    required
                    description="Search, or scan the stockroom's barcode."
                  />
                </Stack>
              </Card>
              {shared.length > 0 && (
                <Card withBorder radius="md" padding="lg">
                  <Title order={2} fz="h4" mb={4}>
                    {category.data?.name} fields
                  </Title>
                  <Text size="sm" c="dimmed" mb="sm">
                    The same for every unit of this delivery.
                  </Text>
                  <Stack>
                    {shared.map((f) => (
                      <CustomFieldInput
                        key={f.key}
                        field={f}
                        value={common[f.key] ?? ''}
                        onChange={(v) => setCommon((c) => ({ ...c, [f.key]: v }))}
                      />
                    ))}
                  </Stack>
                </Card>
              )}
              {!isPhone && purchaseCard}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack>
              <Card withBorder radius="md" padding="lg">
                <Title order={2} fz="h4" mb="sm">
                  Units
                </Title>
                <Stack>
                  <TextInput
                    ref={serialInput}
                    label="Serial number"
                    description={
                      ready
                        ? 'Scan or type a serial and press Enter: it joins the list below.'
                        : 'Pick the model and the stockroom first.'
                    }
                    placeholder="Scan a serial"
                    value={serial}
                    onChange={(e) => setSerial(e.currentTarget.value)}
                    onKeyDown={onSerialKey}
                    disabled={!ready}
                    autoComplete="off"
                    enterKeyHint="next"
                    size="md"
                    styles={MONO_INPUT}
                    error={duplicate ? `${duplicate} is already in the list.` : undefined}
                  />
                  <Group gap="xs">
                    <Button
                      variant="light"
                      size="xs"
                      disabled={!ready || !serial.trim()}
                      onClick={() => addRow(serial)}
                    >
                      Add
                    </Button>
                    <Button variant="subtle" size="xs" disabled={!ready} onClick={() => addRow('')}>
                      Add a unit without serial
                    </Button>
                  </Group>
                  {rows.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      No units yet.
                    </Text>
                  ) : (
                    <Stack
                      gap={6}
                      component="ol"
                      p={0}
                      m={0}
                      style={{ listStyle: 'none' }}
                      aria-label="Units to receive"
                    >
                      {rows.map((row, i) => (
                        <li key={row.key}>
                          <Group gap="xs" wrap="nowrap" align="flex-start">
                            <Text size="sm" c="dimmed" w={28} ta="right" mt={6} style={{ flexShrink: 0 }}>
                              {i + 1}.
                            </Text>
                            <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                              <Text ff="monospace" size="sm" mt={6} style={{ overflowWrap: 'anywhere' }}>
                                {row.serial || (
                                  <Text span c="dimmed" size="sm">
                                    no serial
                                  </Text>
                                )}
                              </Text>
                              {unique.map((f) => (
                                <CustomFieldInput
                                  key={f.key}
                                  field={f}
                                  value={row.unique[f.key] ?? ''}
                                  onChange={(v) =>
                                    setRows((rs) =>
                                      rs.map((r) =>
                                        r.key === row.key ? { ...r, unique: { ...r.unique, [f.key]: v } } : r,
                                      ),
                                    )
                                  }
                                />
                              ))}
                              {errorsByRow.get(i) && (
                                <Text size="sm" c="var(--mantine-color-error)">
                                  {errorsByRow.get(i)}
                                </Text>
                              )}
                            </Stack>
                            <Tooltip label={`Remove ${row.serial || `unit ${i + 1}`}`}>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={`Remove ${row.serial || `unit ${i + 1}`}`}
                                onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        </li>
                      ))}
                    </Stack>
                  )}
                  {receive.error && (
                    <Alert color="red" role="alert" title="Nothing was received">
                      {errorMessage(receive.error)}
                    </Alert>
                  )}
                  <Group justify="space-between" align="center">
                    <Text size="sm" aria-live="polite">
                      {plural(rows.length, 'unit', 'units')}
                      {total && currency ? ` · ${formatMoney(cost.trim(), currency)} each` : ''}
                    </Text>
                    <Button
                      type="button"
                      onClick={submit}
                      size="md"
                      disabled={!ready || rows.length === 0}
                      loading={receive.isPending}
                      leftSection={<IconPackageImport size={18} />}
                    >
                      Receive {plural(rows.length, 'unit', 'units')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
              {isPhone && purchaseCard}
            </Stack>
          </Grid.Col>
        </Grid>
      </form>
    </>
  );
}
