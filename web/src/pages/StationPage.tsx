/**
 * The scanning station, for a desk with a keyboard-wedge scanner or a phone with its camera. Pick a
 * mode; every scan answers at once with a sound, a colour, the item's name and what will happen.
 * Action scans form a batch kept in this browser (IndexedDB) until committed and answered, so the
 * station keeps working when the connection drops and sends the queue when it returns.
 */
import { useCallback, useRef, useState } from 'react';
import { Alert, Badge, Button, Card, Group, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCamera, IconCloudOff, IconRefresh, IconUserExclamation } from '@tabler/icons-react';
import { errorMessage } from '../api/client';
import { PageHeader } from '../components/PageHeader';
import { useSession } from '../components/session-context';
import { plural } from '../components/format';
import { useUrlFilters } from '../components/useUrlFilters';
import { ActionStation } from '../components/station/ActionStation';
import { BatchFileUpload } from '../components/station/BatchFileUpload';
import { CameraScanner } from '../components/station/CameraScanner';
import { LookupStation } from '../components/station/LookupStation';
import { ReceiveStation } from '../components/station/ReceiveStation';
import { ScanField, type ScanFieldHandle, type ScanSource } from '../components/station/ScanField';
import { ScanList } from '../components/station/ScanList';
import { TONE_COLORS, playTone } from '../components/station/feedback';
import {
  ACTION_MODES,
  MODE_LABELS,
  STATION_MODES,
  STOCK_MODES,
  type StationMode,
} from '../components/station/station-modes';
import { StockStation } from '../components/station/StockStation';
import type { Feedback, HandlerSlot } from '../components/station/types';
import { useScanQueue } from '../components/station/useScanQueue';

const PARAMS = ['mode'] as const;
const SOURCE_LABEL: Record<ScanSource, string> = { scanner: 'scanner', typed: 'typed', camera: 'camera' };

export function StationPage() {
  const [params, setParams] = useUrlFilters(PARAMS);
  const session = useSession();
  const canWrite = session.can('inventory.write');
  // Without inventory.write only looking up is offered (the server would refuse the rest).
  const modes = canWrite ? STATION_MODES : (['lookup'] as const);
  const mode: StationMode = modes.includes(params.mode as StationMode) ? (params.mode as StationMode) : 'lookup';
  const queue = useScanQueue(session.me.user);
  const slot = useRef<HandlerSlot['current']>(null);
  const field = useRef<ScanFieldHandle>(null);
  const [feedback, setFeedback] = useState<(Feedback & { source: ScanSource; key: number }) | null>(null);
  const [camera, setCamera] = useState(false);
  const [sound, setSound] = useState(() => localStorage.getItem('qm-station-sound') !== 'off');
  const busy = useRef<Promise<void>>(Promise.resolve());

  // Scans are handled one after another, in the order taken, even when the server is slow.
  const onScan = useCallback(
    (code: string, source: ScanSource) => {
      busy.current = busy.current.then(async () => {
        let result: Feedback;
        try {
          result = slot.current
            ? await slot.current(code, source)
            : { tone: 'error', title: code, detail: 'Pick a mode first.' };
        } catch (err) {
          result = { tone: 'error', title: code, detail: errorMessage(err) };
        }
        playTone(result.tone, sound);
        setFeedback({ ...result, source, key: Date.now() });
      });
    },
    [sound],
  );

  const actionMode = ACTION_MODES[mode];
  const stockKind = STOCK_MODES[mode];
  const waiting = queue.scans.filter((s) => s.state === 'queued');
  const answered = queue.scans.filter((s) => s.state !== 'draft' && s.state !== 'queued');
  const problems = answered.filter((s) => s.state !== 'applied');

  return (
    <>
      <PageHeader
        title="Scanning station"
        description="Scan with a USB or Bluetooth scanner, or the camera. Every scan answers at once; batches wait here while offline."
      />
      <Stack maw={960}>
        <Card withBorder radius="md" padding="md">
          <Stack gap="sm">
            <Group align="flex-end" wrap="wrap">
              <NativeSelect
                label="Mode"
                value={mode}
                onChange={(e) => {
                  setParams({ mode: e.currentTarget.value });
                  setFeedback(null);
                  setTimeout(() => field.current?.focus(), 0);
                }}
                data={modes.map((m) => ({ value: m, label: MODE_LABELS[m] }))}
                size="md"
                w={240}
              />
              <Button
                variant={camera ? 'filled' : 'default'}
                size="md"
                leftSection={<IconCamera size={18} />}
                onClick={() => setCamera((c) => !c)}
              >
                Camera
              </Button>
              <Switch
                label="Sound"
                checked={sound}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setSound(on);
                  localStorage.setItem('qm-station-sound', on ? 'on' : 'off');
                }}
                mb={10}
              />
              <Group gap="xs" mb={8} ml="auto" aria-live="polite">
                {!queue.online && (
                  <Badge color="orange" leftSection={<IconCloudOff size={12} />} size="lg">
                    Offline
                  </Badge>
                )}
                <Badge color={waiting.length > 0 ? 'blue' : 'gray'} variant="light" size="lg" data-testid="pending">
                  {waiting.length} waiting to sync
                </Badge>
              </Group>
            </Group>
            {camera && (
              <CameraScanner
                onCode={(code) => onScan(code, 'camera')}
                onClose={() => {
                  setCamera(false);
                  field.current?.focus();
                }}
              />
            )}
            <ScanField
              ref={field}
              label={
                mode === 'receive'
                  ? 'Scan a model, the stockroom or a serial'
                  : stockKind
                    ? 'Scan a location, a model or a person'
                    : 'Scan'
              }
              placeholder="Scan or type a code, then Enter"
              onScan={onScan}
            />
            <Alert
              key={feedback?.key}
              color={feedback ? TONE_COLORS[feedback.tone].bg : 'gray'}
              variant={feedback ? 'filled' : 'light'}
              title={feedback?.title ?? 'Ready'}
              role="status"
              aria-live="assertive"
              data-tone={feedback?.tone ?? 'none'}
              styles={{
                title: {
                  fontSize: 'var(--mantine-font-size-lg)',
                  overflowWrap: 'anywhere',
                  ...(feedback ? { color: `var(--mantine-color-${TONE_COLORS[feedback.tone].text})` } : {}),
                },
                message: feedback ? { color: `var(--mantine-color-${TONE_COLORS[feedback.tone].text})` } : {},
              }}
            >
              {feedback
                ? `${feedback.detail ?? ''} (${SOURCE_LABEL[feedback.source]})`
                : actionMode?.target
                  ? actionMode.targetPrompt
                  : stockKind
                    ? 'Scan the location first, then the model’s barcode (GTIN, model number or QR).'
                    : 'Waiting for a scan.'}
            </Alert>
          </Stack>
        </Card>

        {queue.otherAccounts.map((other) => (
          <Alert key={other.userName} color="blue" icon={<IconUserExclamation />} data-testid="other-account-scans">
            {plural(other.pending, 'scan', 'scans')} taken by {other.userName} on this browser{' '}
            {other.pending === 1 ? 'waits' : 'wait'} for {other.userName} to sign in again. They are kept here, not
            shown and not sent under your name.
          </Alert>
        ))}

        {mode === 'lookup' && <LookupStation slot={slot} />}
        {mode === 'receive' && <ReceiveStation slot={slot} />}
        {actionMode && <ActionStation key={mode} mode={actionMode} queue={queue} slot={slot} />}
        {stockKind && <StockStation key={mode} kind={stockKind} queue={queue} slot={slot} />}

        {(waiting.length > 0 || answered.length > 0 || queue.problem) && (
          <Card withBorder radius="md" padding="md">
            <Group justify="space-between" mb="sm">
              <Title order={2} fz="h4">
                Sent and waiting
              </Title>
              <Group gap="xs">
                <Button
                  variant="default"
                  leftSection={<IconRefresh size={16} />}
                  disabled={waiting.length === 0}
                  loading={queue.syncing}
                  onClick={() => void queue.sync()}
                >
                  Send now
                </Button>
                <Button variant="subtle" disabled={answered.length === 0} onClick={() => void queue.clearAnswered()}>
                  Clear answered
                </Button>
              </Group>
            </Group>
            {queue.problem && (
              <Alert color="orange" mb="sm" icon={<IconCloudOff />}>
                {queue.problem}
              </Alert>
            )}
            {answered.length > 0 && (
              <Text size="sm" mb="xs" data-testid="answered-summary">
                {plural(answered.length - problems.length, 'scan applied', 'scans applied')}
                {problems.length > 0 && `, ${plural(problems.length, 'needs', 'need')} a look (conflict or refused)`}.
              </Text>
            )}
            <ScanList
              scans={[...answered.filter((s) => s.state === 'applied'), ...waiting, ...problems]}
              empty=""
              label="Sent and waiting"
            />
          </Card>
        )}
        {canWrite && <BatchFileUpload />}
      </Stack>
    </>
  );
}
