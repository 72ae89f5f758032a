/** A list of queued scans: what each names, what will happen or what the server answered. */
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { QueuedScan, QueuedState } from './scan-store';

const STATE: Record<QueuedState, { color: string; label: string }> = {
  draft: { color: 'gray', label: 'not sent' },
  queued: { color: 'blue', label: 'waiting' },
  applied: { color: 'green', label: 'applied' },
  conflict: { color: 'orange', label: 'conflict' },
  rejected: { color: 'red', label: 'refused' },
};

export function ScanList({ scans, empty, label }: { scans: QueuedScan[]; empty: string; label: string }) {
  if (scans.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  // Newest first: the one just scanned is where the eye is.
  const rows = [...scans].reverse();
  return (
    <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {rows.slice(0, 200).map((s) => (
        <li key={s.clientId} data-state={s.state}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge color={STATE[s.state].color} variant="light" w={88} style={{ flexShrink: 0 }}>
              {STATE[s.state].label}
            </Badge>
            <div style={{ minWidth: 0 }}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {s.message ?? s.summary}
              </Text>
              <Text size="xs" c="dimmed">
                {new Date(s.scannedAt).toLocaleTimeString()} · <span style={{ fontFamily: 'monospace' }}>{s.code}</span>
              </Text>
            </div>
          </Group>
        </li>
      ))}
      {rows.length > 200 && (
        <Text size="xs" c="dimmed">
          and {rows.length - 200} more
        </Text>
      )}
    </Stack>
  );
}
