/**
 * The one export control of every list and report: CSV and XLSX links the browser downloads with
 * the session cookie. The server streams the file, so a long list neither waits in the page nor
 * sits in its memory; the links carry the filters and sort the page shows.
 */
import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { exportUrl, type ExportFormat, type ExportList, type ExportQuery } from '../api/exports';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'XLSX' },
];

export function ExportLinks({ href, size = 'sm' }: { href: (format: ExportFormat) => string; size?: 'xs' | 'sm' }) {
  return (
    <Group gap="xs" role="group" aria-label="Export">
      {FORMATS.map(({ format, label }) => (
        <Button
          key={format}
          component="a"
          href={href(format)}
          download
          size={size}
          variant="default"
          aria-label={`Export as ${label}`}
          title={`Download what the list shows, every row, as ${label}`}
          leftSection={<IconDownload size={14} aria-hidden />}
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}

/** A list's export with the filters and sort the page shows. */
export function ListExport<L extends ExportList>({ list, query }: { list: L; query: ExportQuery<L> }) {
  return <ExportLinks href={(format) => exportUrl(list, query as Record<string, never>, format)} />;
}
