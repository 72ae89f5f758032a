/** CSV and XLSX downloads of a report, with the same filters as on screen. */
import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { exportUrl } from '../../api/finance';

export function ExportButtons({
  report,
  query,
}: {
  report: string;
  query: Record<string, string | number | undefined>;
}) {
  return (
    <Group gap="xs">
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={exportUrl(report, query, format)}
          download
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
        >
          {format.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
