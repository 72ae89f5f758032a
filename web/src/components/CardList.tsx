import type { ReactNode } from 'react';
import { Card, Group, Stack, Text } from '@mantine/core';

/** The phone form of a table: one card per row, fields as label/value lines. */
export function CardList({ children, label }: { children: ReactNode; label: string }) {
  return (
    <Stack gap="sm" component="ul" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
      {children}
    </Stack>
  );
}

export function CardListItem({ title, badge, children }: { title: ReactNode; badge?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="sm" component="li">
      <Group justify="space-between" wrap="nowrap" align="flex-start" mb={6} gap="xs">
        <div style={{ minWidth: 0 }}>{title}</div>
        {badge}
      </Group>
      <Stack gap={4}>{children}</Stack>
    </Card>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="xs" c="dimmed" w={84} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}
