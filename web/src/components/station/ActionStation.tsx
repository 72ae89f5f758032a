/**
 * Move, check out, check in, send to repair, return from repair: scan the location or person
 * first (when the mode has one), then asset after asset. Each scan is kept at once (IndexedDB) as a
 * draft of the batch with what will happen; undo drops the last; commit sends the batch (or queues
 * it while offline). Scanning another location (or person) switches where the next assets go.
 */
import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Badge, Button, Card, Group, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconSend, IconX } from '@tabler/icons-react';
import type { LookupMatch } from '../../api/lookup';
import { plural } from '../format';
import { resolveCode } from './resolve';
import { refusalFor, type ActionMode } from './station-modes';
import type { ScanQueue } from './useScanQueue';
import type { QueuedScan } from './scan-store';
import type { HandlerSlot } from './types';
import { ScanList } from './ScanList';

interface Target {
  code: string;
  label: string;
  /** Not checked against the server (scanned offline): the server reads it at sync. */
  unchecked: boolean;
}

const isAssetDraft = (s: QueuedScan) => s.state === 'draft' && s.action !== 'stock';

export function ActionStation({ mode, queue, slot }: { mode: ActionMode; queue: ScanQueue; slot: HandlerSlot }) {
  const [target, setTargetState] = useState<Target | null>(null);
  // Read by the scan handler: a location and an asset scanned within milliseconds must not see a
  // stale render.
  const targetRef = useRef<Target | null>(null);
  const setTarget = (t: Target | null) => {
    targetRef.current = t;
    setTargetState(t);
  };
  const [requestReference, setRequestReference] = useState('');
  // Stock lines have their own batch (StockStation).
  const drafts = queue.scans.filter(isAssetDraft);

  useEffect(() => {
    slot.current = async (code) => {
      const found = await resolveCode(code);
      const target = targetRef.current;
      const match: LookupMatch | null = found.result?.match ?? null;
      const want = mode.target;
      if (want && match?.type === want) {
        setTarget({ code, label: match.label, unchecked: false });
        return { tone: 'context', title: match.label, detail: `The next assets ${mode.outcome(match.label)}.` };
      }
      if (want && !target) {
        if (found.offline && !match) {
          setTarget({ code, label: code, unchecked: true });
          return {
            tone: 'warn',
            title: `${code} (offline: not checked)`,
            detail: `Taken as the ${want}; the server checks it when the scans are sent.`,
          };
        }
        return {
          tone: 'error',
          title: match ? match.label : 'Not recognised',
          detail: match ? `Scan the ${want} first. ${mode.targetPrompt}` : found.result?.message,
        };
      }
      if (match && match.type !== 'asset') {
        return { tone: 'error', title: match.label, detail: `This is a ${match.type}, not an asset.` };
      }
      if (!match && !found.offline) {
        return { tone: 'error', title: 'Not recognised', detail: found.result?.message ?? 'Nothing has this code.' };
      }
      if (queue.snapshot().some((s) => isAssetDraft(s) && s.code === code)) {
        return { tone: 'warn', title: match?.label ?? code, detail: 'Already in this batch: scanned once is enough.' };
      }
      const outcome = mode.outcome(target?.label ?? null);
      const refusal = match?.type === 'asset' ? refusalFor(mode.action, String(match.status)) : null;
      const name = match?.label ?? code;
      await queue.add({
        clientId: crypto.randomUUID(),
        seq: Date.now() * 1000 + (queue.snapshot().length % 1000),
        scannedAt: new Date().toISOString(),
        action: mode.action,
        code,
        target: target?.code,
        requestReference: requestReference.trim() || undefined,
        summary: `${name} ${outcome}${match ? '' : ' (offline: checked when sent)'}`,
        state: 'draft',
      });
      if (refusal) return { tone: 'warn', title: name, detail: `${refusal} Kept in the batch; undo to drop it.` };
      return {
        tone: 'ok',
        title: name,
        detail: match ? `${outcome[0]!.toUpperCase()}${outcome.slice(1)}.` : `Offline: ${outcome} when sent.`,
      };
    };
  });

  return (
    <Stack>
      {mode.target && (
        <Card withBorder radius="md" padding="md">
          <Group justify="space-between" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" c="dimmed">
                {mode.target === 'location' ? 'Going to' : 'Checking out to'}
              </Text>
              {target ? (
                <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="station-target">
                  {target.label}
                  {target.unchecked && (
                    <Badge ml="xs" color="yellow" variant="light">
                      not checked (offline)
                    </Badge>
                  )}
                </Text>
              ) : (
                <Text fw={600}>{mode.targetPrompt}</Text>
              )}
            </div>
            {target && (
              <Tooltip label={`Scan another ${mode.target}`}>
                <ActionIcon variant="subtle" aria-label={`Clear the ${mode.target}`} onClick={() => setTarget(null)}>
                  <IconX size={18} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
          {mode.action === 'check_out' && (
            <TextInput
              mt="sm"
              label="Request reference"
              description="The service request these assets are handed out for (optional)."
              value={requestReference}
              onChange={(e) => setRequestReference(e.currentTarget.value)}
              maxLength={100}
            />
          )}
        </Card>
      )}
      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="h4">
            This batch
          </Title>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              disabled={drafts.length === 0}
              onClick={() => void queue.undoLast(isAssetDraft)}
            >
              Undo last scan
            </Button>
            <Button
              leftSection={<IconSend size={16} />}
              disabled={drafts.length === 0}
              loading={queue.syncing}
              onClick={() => void queue.commit(isAssetDraft)}
            >
              Commit {plural(drafts.length, 'scan', 'scans')}
            </Button>
          </Group>
        </Group>
        <ScanList scans={drafts} empty="No scans yet. Scan an asset." label="Scans in this batch" />
      </Card>
    </Stack>
  );
}
