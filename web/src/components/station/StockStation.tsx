/**
 * Quantity-tracked stock at the station: scan the location (for an issue, then the person or the
 * location it goes to; for a transfer, then the location it goes to), then the model's barcode (its
 * GTIN, model number or our QR). The quantity field says how many (1 unless typed); scanning the same
 * model again adds one. Each line shows the model, the places, the quantity and the on-hand that
 * results, and what would go below zero is refused at once. Lines are kept in IndexedDB with the
 * asset scans (same queue, same owner rules) and sent to POST /scans/stock when committed.
 */
import { useEffect, useRef, useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowBackUp, IconSend, IconX } from '@tabler/icons-react';
import { api, unwrap } from '../../api/client';
import type { LookupMatch } from '../../api/lookup';
import { plural } from '../format';
import { resolveCode } from './resolve';
import type { QueuedScan } from './scan-store';
import { describeLine, pairKey, project, STOCK_VERBS, type StockKind, type StockLine } from './stock-lines';
import type { HandlerSlot } from './types';
import type { ScanQueue } from './useScanQueue';

interface Place {
  code: string;
  label: string;
  /** What the lines call it: the location's code, the person's name. */
  short: string;
  id?: string | undefined;
  type: 'location' | 'person';
  /** Scanned offline and never seen: the server reads it when the lines are sent. */
  unchecked: boolean;
}

const isStockDraft = (s: QueuedScan) => s.state === 'draft' && s.action === 'stock' && !!s.stock;

const PROMPT: Record<StockKind, { from: string; to?: string }> = {
  receive: { from: 'Scan the location the stock arrives at.' },
  issue: {
    from: 'Scan the location the stock is taken from.',
    to: 'Scan the person’s badge (or e-mail, employee number) or the location it goes to.',
  },
  transfer: { from: 'Scan the location the stock leaves from.', to: 'Scan the location it goes to.' },
  count: { from: 'Scan the location being counted.' },
};

/** On hand of a model at a location, or undefined when the server cannot be asked. */
async function fetchOnHand(modelId: string, locationId: string): Promise<number | undefined> {
  try {
    const page = await unwrap(api.GET('/api/v1/stock', { params: { query: { modelId, locationId } } }));
    return page.items.find((i) => i.location.id === locationId)?.onHand ?? 0;
  } catch {
    return undefined;
  }
}

export function StockStation({ kind, queue, slot }: { kind: StockKind; queue: ScanQueue; slot: HandlerSlot }) {
  const [from, setFromState] = useState<Place | null>(null);
  const [to, setToState] = useState<Place | null>(null);
  const [quantity, setQuantity] = useState<number>(1);
  const [known, setKnown] = useState<Map<string, number>>(new Map());
  // Read by the scan handler: scans milliseconds apart must not see a stale render.
  const live = useRef({ from, to, quantity, known });
  live.current.quantity = quantity;
  const setFrom = (p: Place | null) => {
    live.current.from = p;
    setFromState(p);
  };
  const setTo = (p: Place | null) => {
    live.current.to = p;
    setToState(p);
  };
  const remember = (key: string | null, value: number | undefined) => {
    if (!key || value === undefined) return;
    const next = new Map(live.current.known).set(key, value);
    live.current.known = next;
    setKnown(next);
  };
  const needsTo = kind === 'issue' || kind === 'transfer';
  const drafts = queue.scans.filter(isStockDraft);
  const projections = project(
    drafts.map((s) => ({ clientId: s.clientId, stock: s.stock! })),
    known,
  );
  const blocked = drafts.filter((s) => projections.get(s.clientId)?.problem);

  useEffect(() => {
    slot.current = async (code) => {
      const found = await resolveCode(code);
      const matches = [found.result?.match, ...(found.result?.others ?? [])].filter((m): m is LookupMatch => !!m);
      const model = matches.find((m) => m.type === 'model');
      const match = model ?? matches[0] ?? null;
      const { from, to } = live.current;
      const place = (m: LookupMatch): Place => ({
        code,
        label: m.label,
        short: m.type === 'location' ? String(m.code) : m.label,
        id: m.id,
        type: m.type as Place['type'],
        unchecked: false,
      });

      if (match?.type === 'location') {
        if (!from || !needsTo) {
          setFrom(place(match));
          return { tone: 'context', title: match.label, detail: needsTo ? PROMPT[kind].to! : 'Now scan the models.' };
        }
        setTo(place(match));
        return { tone: 'context', title: match.label, detail: `The next lines go to ${match.label}.` };
      }
      if (match?.type === 'person') {
        if (kind !== 'issue') {
          return { tone: 'error', title: match.label, detail: 'A person is scanned only when issuing stock.' };
        }
        if (!from) return { tone: 'error', title: match.label, detail: PROMPT.issue.from };
        setTo(place(match));
        return { tone: 'context', title: match.label, detail: `The next lines are issued to ${match.label}.` };
      }
      if (match && match.type !== 'model') {
        return {
          tone: 'error',
          title: match.label,
          detail: 'This is an asset, tracked individually: use the asset modes (move, check out…).',
        };
      }
      if (!match && !found.offline) {
        return { tone: 'error', title: 'Not recognised', detail: found.result?.message ?? 'Nothing has this code.' };
      }
      // Offline and never seen: taken for what the station asks for next; the server reads it.
      if (!match && (!from || (needsTo && !to))) {
        const unchecked: Place = { code, label: code, short: code, type: 'location', unchecked: true };
        if (!from) setFrom(unchecked);
        else setTo(unchecked);
        return {
          tone: 'warn',
          title: `${code} (offline: not checked)`,
          detail: `Taken as the ${!from ? 'location' : 'recipient'}; the server checks it when the lines are sent.`,
        };
      }
      if (!from) return { tone: 'error', title: match!.label, detail: `Scan the location first. ${PROMPT[kind].from}` };
      if (needsTo && !to) return { tone: 'error', title: match!.label, detail: PROMPT[kind].to! };
      if (match && String(match.tracking) !== 'quantity') {
        return {
          tone: 'error',
          title: match.label,
          detail: `${String(match.name)} is tracked individually, not by quantity: receive and move its assets in the asset modes.`,
        };
      }

      const modelName = match ? String(match.name) : code;
      const modelId = match?.id;
      // Ask the server for what is on hand (once per model and place) to show the result at once.
      const here = pairKey(modelId, from.id);
      if (modelId && from.id && !live.current.known.has(here!)) remember(here, await fetchOnHand(modelId, from.id));
      const there = kind === 'transfer' ? pairKey(modelId, to?.id) : null;
      if (modelId && to?.id && there && !live.current.known.has(there))
        remember(there, await fetchOnHand(modelId, to.id));

      const lines = queue.snapshot().filter(isStockDraft);
      const same = lines.find(
        (s) =>
          s.code === code &&
          s.stock!.kind === kind &&
          s.stock!.location === from.code &&
          (s.stock!.to ?? null) === (to?.code ?? null),
      );
      const stock: StockLine = same
        ? { ...same.stock!, quantity: same.stock!.quantity + 1 }
        : {
            kind,
            location: from.code,
            locationLabel: from.short,
            locationId: from.id,
            modelName,
            modelId,
            quantity: Math.max(kind === 'count' ? 0 : 1, live.current.quantity || 1),
            to: to?.code,
            toLabel: to?.short,
            toLocationId: to?.type === 'location' ? to.id : undefined,
          };
      const clientId = same?.clientId ?? crypto.randomUUID();
      const next = lines.filter((s) => s.clientId !== clientId).map((s) => ({ clientId: s.clientId, stock: s.stock! }));
      const projected = project([...next, { clientId, stock }], live.current.known).get(clientId)!;
      if (projected.problem) return { tone: 'error', title: modelName, detail: `${projected.problem} Not added.` };
      const summary = describeLine(stock, projected);
      if (same) await queue.replace({ ...same, stock, summary });
      else {
        await queue.add({
          clientId,
          seq: Date.now() * 1000 + (queue.snapshot().length % 1000),
          scannedAt: new Date().toISOString(),
          action: 'stock',
          code,
          target: from.code,
          stock,
          summary,
          state: 'draft',
        });
      }
      const after = projected.onHand === null ? ' On hand unknown offline: the server checks it.' : '';
      return { tone: match ? 'ok' : 'warn', title: `${stock.quantity} × ${modelName}`, detail: `${summary}.${after}` };
    };
  });

  // What is on hand changes with the lines sent: the next scan asks the server again.
  const commit = async () => {
    await queue.commit(isStockDraft);
    live.current.known = new Map();
    setKnown(new Map());
  };

  const setLineQuantity = (scan: QueuedScan, value: number) => {
    const stock = { ...scan.stock!, quantity: value };
    void queue.replace({ ...scan, stock, summary: describeLine(stock, undefined) });
  };

  const placeCard = (title: string, p: Place | null, prompt: string, clear: () => void, testId: string) => (
    <Card withBorder radius="md" padding="sm">
      <Group justify="space-between" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {title}
          </Text>
          {p ? (
            <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
              {p.label}
              {p.unchecked && (
                <Badge ml="xs" color="yellow" variant="light">
                  not checked (offline)
                </Badge>
              )}
            </Text>
          ) : (
            <Text fw={600}>{prompt}</Text>
          )}
        </div>
        {p && (
          <Tooltip label="Scan another">
            <ActionIcon variant="subtle" aria-label={`Clear: ${title}`} onClick={clear}>
              <IconX size={18} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Card>
  );

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: needsTo ? 3 : 2 }}>
        {placeCard(
          kind === 'receive' ? 'Arriving at' : kind === 'count' ? 'Counting at' : 'From',
          from,
          PROMPT[kind].from,
          () => setFrom(null),
          'stock-from',
        )}
        {needsTo &&
          placeCard(kind === 'issue' ? 'Issued to' : 'Going to', to, PROMPT[kind].to!, () => setTo(null), 'stock-to')}
        <Card withBorder radius="md" padding="sm">
          <NumberInput
            label={kind === 'count' ? 'Counted (per model)' : 'Quantity per scan'}
            description="Scanning the same model again adds 1."
            value={quantity}
            onChange={(v) => setQuantity(typeof v === 'number' ? v : 1)}
            min={kind === 'count' ? 0 : 1}
            max={1_000_000}
            allowDecimal={false}
            allowNegative={false}
          />
        </Card>
      </SimpleGrid>
      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="h4">
            Stock lines
          </Title>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              disabled={drafts.length === 0}
              onClick={() => void queue.undoLast(isStockDraft)}
            >
              Undo last line
            </Button>
            <Button
              leftSection={<IconSend size={16} />}
              disabled={drafts.length === 0 || blocked.length > 0}
              loading={queue.syncing}
              onClick={() => void commit()}
            >
              Commit {plural(drafts.length, 'line', 'lines')}
            </Button>
          </Group>
        </Group>
        {blocked.length > 0 && (
          <Text size="sm" c="red.8" mb="xs">
            {plural(blocked.length, 'line takes', 'lines take')} more than is on hand: lower the quantity or undo.
          </Text>
        )}
        {drafts.length === 0 ? (
          <Text size="sm" c="dimmed">
            No lines yet. {STOCK_VERBS[kind]}: scan the location, then the model’s barcode.
          </Text>
        ) : (
          <Stack
            gap={6}
            component="ol"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label="Stock lines in this batch"
          >
            {[...drafts].reverse().map((s) => {
              const l = s.stock!;
              const p = projections.get(s.clientId);
              return (
                <li key={s.clientId} data-problem={p?.problem ? 'yes' : 'no'}>
                  <Group gap="sm" wrap="nowrap" align="center">
                    <NumberInput
                      aria-label={`Quantity of ${l.modelName}`}
                      value={l.quantity}
                      onChange={(v) => typeof v === 'number' && setLineQuantity(s, v)}
                      min={l.kind === 'count' ? 0 : 1}
                      max={1_000_000}
                      allowDecimal={false}
                      allowNegative={false}
                      w={96}
                    />
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {l.modelName}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {STOCK_VERBS[l.kind]}{' '}
                        {l.kind === 'issue' || l.kind === 'transfer'
                          ? `from ${l.locationLabel} to ${l.toLabel ?? l.to}`
                          : `at ${l.locationLabel}`}
                      </Text>
                      {p?.problem && (
                        <Text size="xs" c="red.8">
                          {p.problem}
                        </Text>
                      )}
                    </div>
                    <Text size="sm" ta="right" style={{ flexShrink: 0 }} data-testid="line-on-hand">
                      {p?.onHand == null ? 'on hand: ?' : `→ ${p.onHand} on hand`}
                      {p?.toOnHand != null && (
                        <>
                          <br />
                          {`→ ${p.toOnHand} there`}
                        </>
                      )}
                    </Text>
                  </Group>
                </li>
              );
            })}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
