import type { ReactNode } from 'react';
import { Button, Collapse, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useIsPhone } from './useIsPhone';

/**
 * A list's filter bar. On a phone the search box stays in view and the other filters fold behind
 * a "Filters (n)" button, so the list itself is on the first screen.
 */
export function FilterBar({ search, children, active }: { search: ReactNode; children: ReactNode; active: number }) {
  const isPhone = useIsPhone();
  const [opened, { toggle }] = useDisclosure(false);
  if (!isPhone) {
    return (
      <Group mb="md" gap="sm" align="flex-end">
        {search}
        {children}
      </Group>
    );
  }
  return (
    <Stack gap="xs" mb="md">
      {search}
      <Button
        variant="default"
        leftSection={<IconFilter size={16} />}
        onClick={toggle}
        aria-expanded={opened}
        style={{ alignSelf: 'flex-start' }}
      >
        Filters{active > 0 ? ` (${active})` : ''}
      </Button>
      <Collapse expanded={opened}>
        <Stack gap="xs">{children}</Stack>
      </Collapse>
    </Stack>
  );
}
