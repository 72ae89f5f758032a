/**
 * Receiving without an order at the station: pick or scan the model (the GTIN on the carton finds
 * it; a GS1 code with a serial gives both), scan the stockroom, then serial after serial. Commit
 * creates the assets in stock there with their tags, cost and supplier, and their labels can be
 * printed at once. Receiving needs the connection: the server gives the tags.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, Card, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconPackageImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useReceiveAssets } from '../../api/assets';
import { useModel } from '../../api/catalog';
import { errorMessage } from '../../api/client';
import type { Asset } from '../../api/types';
import { MONEY_PATTERN, plural } from '../format';
import { textOrNull } from '../kit';
import { PrintLabels } from '../labels/PrintLabels';
import { LocationPicker } from '../pickers/LocationPicker';
import { ModelPicker, SupplierPicker } from '../pickers/pickers';
import { resolveCode } from './resolve';
import type { HandlerSlot } from './types';

export function ReceiveStation({ slot }: { slot: HandlerSlot }) {
  const [modelId, setModelIdState] = useState<string | null>(null);
  const [serials, setSerialsState] = useState<string[]>([]);
  // The scan handler reads these: a GTIN and a serial scanned within milliseconds must not see a
  // stale render.
  const live = useRef({ modelId: null as string | null, serials: [] as string[] });
  const setModelId = (id: string | null) => {
    live.current.modelId = id;
    setModelIdState(id);
  };
  const setSerials = (next: string[]) => {
    live.current.serials = next;
    setSerialsState(next);
  };
  const [locationId, setLocationId] = useState<string | null>(null);
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [cost, setCost] = useState('');
  const [currency, setCurrency] = useState('');
  const [received, setReceived] = useState<Asset[] | null>(null);
  const model = useModel(modelId);
  const receive = useReceiveAssets();

  const [costFrom, setCostFrom] = useState<string | null>(null);
  useEffect(() => {
    if (model.data && costFrom !== model.data.id) {
      setCostFrom(model.data.id);
      setCost(model.data.defaultUnitCost ?? '');
      setCurrency(model.data.currency ?? '');
    }
  }, [model.data, costFrom]);

  const addSerial = (serial: string, modelName: string | undefined) => {
    const now = live.current.serials;
    if (now.some((s) => s.toLowerCase() === serial.toLowerCase())) {
      return { tone: 'warn' as const, title: serial, detail: 'Already in this delivery.' };
    }
    setSerials([...now, serial]);
    return {
      tone: 'ok' as const,
      title: serial,
      detail: `A new ${modelName ?? 'unit'}: unit ${now.length + 1} of this delivery.`,
    };
  };

  useEffect(() => {
    slot.current = async (code) => {
      if (received) setReceived(null);
      const found = await resolveCode(code);
      if (found.offline) {
        return { tone: 'error', title: 'No connection', detail: 'Receiving needs the server (it gives the tags).' };
      }
      const { match, gs1 } = found.result;
      if (match?.type === 'model') {
        setModelId(match.id);
        if (gs1?.serial) return addSerial(gs1.serial, String(match.name));
        return { tone: 'context', title: match.label, detail: 'Now scan the stockroom, then the serials.' };
      }
      if (match?.type === 'location') {
        setLocationId(match.id);
        return { tone: 'context', title: match.label, detail: 'The units go in stock here.' };
      }
      if (match?.type === 'asset') {
        return { tone: 'error', title: match.label, detail: 'Already registered: this is not a new unit.' };
      }
      if (match?.type === 'person') return { tone: 'error', title: match.label, detail: 'A person, not a serial.' };
      if (!live.current.modelId) {
        return { tone: 'error', title: code, detail: 'Pick or scan the model first (the GTIN on the carton).' };
      }
      if (found.result.readAs !== 'text') {
        return { tone: 'error', title: code, detail: found.result.message };
      }
      return addSerial(gs1?.serial ?? code, model.data?.name);
    };
  });

  const costProblem =
    cost.trim() && !MONEY_PATTERN.test(cost.trim())
      ? 'Write the amount with a dot and at most two decimals, e.g. 1299.00.'
      : undefined;
  const currencyProblem =
    cost.trim() && !/^[A-Za-z]{3}$/.test(currency.trim()) ? 'A three-letter code, e.g. EUR.' : undefined;
  const ready = Boolean(modelId && locationId && serials.length > 0 && !costProblem && !currencyProblem);

  const commit = () =>
    receive.mutate(
      {
        modelId: modelId!,
        locationId: locationId!,
        supplierId,
        purchaseCost: textOrNull(cost),
        currency: textOrNull(currency)?.toUpperCase() ?? null,
        items: serials.map((serial) => ({ serial })),
      },
      {
        onSuccess: ({ items }) => {
          setReceived(items);
          setSerials([]);
        },
      },
    );

  return (
    <Stack>
      <Card withBorder radius="md" padding="md">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <ModelPicker
              value={modelId}
              onChange={setModelId}
              tracking="individual"
              description="Search, or scan the GTIN on the carton."
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <LocationPicker
              label="Stockroom"
              kind="stockroom"
              value={locationId}
              onChange={setLocationId}
              description="Search, or scan its barcode."
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <SupplierPicker value={supplierId} onChange={setSupplierId} placeholder="Search suppliers" />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 4 }}>
            <TextInput
              label="Cost per unit"
              inputMode="decimal"
              value={cost}
              onChange={(e) => setCost(e.currentTarget.value)}
              error={costProblem}
              placeholder="1299.00"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 4, sm: 2 }}>
            <TextInput
              label="Currency"
              maxLength={3}
              value={currency}
              onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
              error={currencyProblem}
              placeholder="EUR"
            />
          </Grid.Col>
        </Grid>
      </Card>
      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="h4">
            Serials
          </Title>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              disabled={serials.length === 0}
              onClick={() => setSerials(serials.slice(0, -1))}
            >
              Undo last scan
            </Button>
            <Button
              leftSection={<IconPackageImport size={16} />}
              disabled={!ready}
              loading={receive.isPending}
              onClick={commit}
            >
              Receive {plural(serials.length, 'unit', 'units')}
            </Button>
          </Group>
        </Group>
        {serials.length === 0 ? (
          <Text size="sm" c="dimmed">
            {modelId && locationId ? 'Scan the first serial.' : 'Scan or pick the model and the stockroom first.'}
          </Text>
        ) : (
          <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Serials to receive">
            {serials.map((s, i) => (
              <Text component="li" key={s} size="sm" ff="monospace">
                {i + 1}. {s}
              </Text>
            ))}
          </Stack>
        )}
        {receive.error && (
          <Alert mt="sm" color="red" role="alert" title="Nothing was received">
            {errorMessage(receive.error)}
          </Alert>
        )}
      </Card>
      {received && received.length > 0 && (
        <Card withBorder radius="md" padding="md">
          <Alert
            variant="default"
            icon={<IconCheck color="var(--mantine-color-green-8)" />}
            title={`${plural(received.length, 'unit', 'units')} received`}
            role="status"
            mb="sm"
          >
            {received[0]!.model.name}, in stock at {received[0]!.location?.name ?? 'the stockroom'}:{' '}
            {received.map((a, i) => (
              <span key={a.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={`/assets/${a.id}`} ff="monospace">
                  {a.tag}
                </Anchor>
              </span>
            ))}
          </Alert>
          <PrintLabels selection={{ receivedWith: received.map((a) => a.id) }} what="this delivery" />
        </Card>
      )}
    </Stack>
  );
}
