import { Button, Checkbox, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';

/** Which columns the list shows; the tag is always there (it is the link to the asset). */
export function ColumnChooser({
  available,
  value,
  onChange,
  onReset,
}: {
  available: { key: string; header: string }[];
  value: string[];
  onChange: (columns: string[]) => void;
  onReset: () => void;
}) {
  const toggle = (key: string, on: boolean) => {
    // Keep the order of `available`, so columns do not jump around as they are switched.
    const next = available.map((c) => c.key).filter((k) => (k === key ? on : value.includes(k)));
    onChange(next);
  };
  return (
    <Popover position="bottom-end" shadow="md" width={260} trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={600} mb="xs" id="column-chooser-title">
          Show columns
        </Text>
        <ScrollArea.Autosize mah={360}>
          <Stack gap={6} role="group" aria-labelledby="column-chooser-title">
            {available.map((c) => (
              <Checkbox
                key={c.key}
                label={c.header}
                checked={c.key === 'tag' || value.includes(c.key)}
                disabled={c.key === 'tag'}
                onChange={(e) => toggle(c.key, e.currentTarget.checked)}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end" mt="sm">
          <Button variant="subtle" size="xs" onClick={onReset}>
            Default columns
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
