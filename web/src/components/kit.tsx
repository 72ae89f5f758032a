/** Small pieces every registry page uses: back links, detail lists, cards with a title, form helpers. */
import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Card, DataList, Group, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowLeft, IconRefresh } from '@tabler/icons-react';
import { modals } from '@mantine/modals';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../api/client';

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm" mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden /> {children}
    </Anchor>
  );
}

/** A card with a heading (level 2) and optional actions on its right. */
export function SectionCard({
  title,
  actions,
  children,
  id,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Card withBorder radius="md" padding="lg" id={id}>
      <Group justify="space-between" mb="md" gap="xs" wrap="wrap">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Card>
  );
}

export type DetailRow = [label: string, value: ReactNode];

/** Label/value pairs; empty values show a dash so the reader knows the field exists. */
export function DetailList({ rows, labelWidth = 150 }: { rows: DetailRow[]; labelWidth?: number }) {
  return (
    <DataList labelWidth={labelWidth} gap="xs">
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>
            <Text size="sm" c="dimmed" component="span">
              {label}
            </Text>
          </DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
            {value === null || value === undefined || value === '' ? '—' : value}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

/**
 * A failed save: someone else's newer version (409 version_conflict, with a reload) or the
 * server's sentence. Field errors are shown under their inputs by the form, not repeated here.
 */
export function SaveError({
  error,
  what,
  onReload,
  hide,
}: {
  error: unknown;
  what: string;
  onReload?: () => void;
  hide?: boolean;
}) {
  if (!error || hide) return null;
  if (isApiError(error, 'version_conflict')) {
    return (
      <Alert color="orange" title={`Someone else changed ${what}`} role="alert">
        Your change was not saved because {what} was changed meanwhile. Reload to see the latest version, then make your
        change again.
        {onReload && (
          <Button
            display="block"
            mt="sm"
            size="xs"
            variant="white"
            color="orange"
            leftSection={<IconRefresh size={14} />}
            onClick={onReload}
          >
            Reload
          </Button>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert">
      {errorMessage(error)}
    </Alert>
  );
}

/** Trimmed text, or null when empty (the API clears optional fields with null). */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A search box's text, written to the URL (and so to the query) once typing pauses; the box
 * itself answers every key. A change of the URL from elsewhere (back button, "clear filters")
 * replaces the text.
 */
export function useDebouncedUrlText(value: string | undefined, set: (value: string) => void) {
  const [text, setText] = useState(value ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  const [pushed, setPushed] = useState(value ?? '');
  if ((value ?? '') !== pushed) {
    // The URL moved on its own: follow it (state update during render, React's documented pattern).
    setPushed(value ?? '');
    setText(value ?? '');
  }
  useEffect(() => {
    const next = debounced.trim();
    if (next !== pushed && text.trim() === next) {
      setPushed(next);
      set(next);
    }
  }, [debounced, pushed, set, text]);
  return [text, setText] as const;
}

/** Asks before archiving (or bringing back) a record; archived records stay in the history. */
export function confirmArchive({
  name,
  archived,
  consequence,
  onConfirm,
}: {
  name: string;
  archived: boolean;
  consequence: string;
  onConfirm: () => void;
}) {
  modals.openConfirmModal({
    title: archived ? `Bring back ${name}?` : `Archive ${name}?`,
    children: <Text size="sm">{archived ? `${name} becomes usable again.` : consequence}</Text>,
    labels: { confirm: archived ? 'Bring back' : 'Archive', cancel: 'Cancel' },
    confirmProps: { color: archived ? undefined : 'red' },
    onConfirm,
  });
}

/** Codes, tags and serials are typed in a monospace font; the label stays in the normal one. */
export const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
