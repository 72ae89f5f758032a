import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { StockLevel } from '../api/types';
import { formatCount } from './format';

export const STOCK_COLUMNS: { key: keyof StockLevel['counts']; label: string }[] = [
  { key: 'in_stock', label: 'In stock' },
  { key: 'in_use', label: 'In use' },
  { key: 'in_repair', label: 'In repair' },
  { key: 'in_transit', label: 'In transit' },
  { key: 'on_order', label: 'On order' },
];

/** The headline numbers of one model: big counts with their labels. */
export function StockCounts({ counts }: { counts: StockLevel['counts'] }) {
  return (
    <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs">
      {STOCK_COLUMNS.map(({ key, label }) => (
        <Stack gap={0} key={key}>
          <Text fw={700} size="xl">
            {formatCount(counts[key])}
          </Text>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
