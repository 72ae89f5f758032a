import { Stack, Text } from '@mantine/core';
import { describeChanges } from './describe-changes';

const SHOWN = 3;

export function ChangesCell({ changes }: { changes: Record<string, unknown> }) {
  const lines = describeChanges(changes);
  if (lines.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={0} title={JSON.stringify(changes, null, 2)} maw={360}>
      {lines.slice(0, SHOWN).map((line) => (
        <Text key={line} size="xs" truncate="end">
          {line}
        </Text>
      ))}
      {lines.length > SHOWN && (
        <Text size="xs" c="dimmed">
          and {lines.length - SHOWN} more
        </Text>
      )}
    </Stack>
  );
}
