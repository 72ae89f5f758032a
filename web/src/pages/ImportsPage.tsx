import { useState } from 'react';
import { Badge, Button, Card, FileInput, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useCategories } from '../api/catalog';
import {
  useImportTypes,
  useImports,
  useSavedMappings,
  useUpload,
  type Import,
  type ImportTypeKey,
} from '../api/imports';
import { formatCount, formatDateTime } from '../components/format';
import { LoadMore } from '../components/LoadMore';
import { notifyError } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';

const STATE_LABELS: Record<Import['state'], { label: string; color: string }> = {
  uploaded: { label: 'To check', color: 'gray' },
  checking: { label: 'Checking', color: 'blue' },
  checked: { label: 'Checked', color: 'cyan' },
  committing: { label: 'Importing', color: 'blue' },
  committed: { label: 'Imported', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'orange' },
};

export function ImportStateBadge({ state }: { state: Import['state'] }) {
  const { label, color } = STATE_LABELS[state];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}

function UploadCard() {
  const [file, setFile] = useState<File | null>(null);
  const [mappingId, setMappingId] = useState<string | null>(null);
  const [type, setType] = useState<ImportTypeKey>('assets');
  const types = useImportTypes();
  const mappings = useSavedMappings(type);
  const upload = useUpload();
  const navigate = useNavigate();
  return (
    <Card withBorder radius="md" padding="lg" mb="xl">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return;
          upload.mutate(
            { file, mappingId, type },
            {
              onSuccess: (view) => void navigate(`/imports/${view.id}`),
              onError: (error) => notifyError(`Could not read ${file.name}`, error),
            },
          );
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Upload a CSV or XLSX file of assets, locations, models, people, suppliers or quantity-tracked stock (a
            Snipe-IT export works as it is). Its columns are mapped automatically; you check the mapping, run a dry run
            that lists every problem by row and column, then import.
          </Text>
          <Group align="flex-end" gap="md">
            <FileInput
              label="Spreadsheet"
              placeholder="Choose a .csv or .xlsx file"
              accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              leftSection={<IconFileSpreadsheet size={16} />}
              value={file}
              onChange={setFile}
              clearable
              style={{ flex: '1 1 18rem' }}
            />
            <Select
              label="The rows are"
              data={
                types.data
                  ? types.data.items.map((t) => ({
                      value: t.key,
                      label: t.importable ? t.label : `${t.label} (${t.notImportable ?? 'not importable yet'})`,
                      disabled: !t.importable,
                    }))
                  : [{ value: 'assets', label: 'Assets' }]
              }
              value={type}
              onChange={(value) => {
                if (!value) return;
                setType(value as ImportTypeKey);
                setMappingId(null);
              }}
              allowDeselect={false}
              style={{ flex: '0 1 16rem' }}
            />
            <Select
              label="Saved mapping"
              placeholder="Map automatically"
              data={(mappings.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
              value={mappingId}
              onChange={setMappingId}
              clearable
              style={{ flex: '0 1 16rem' }}
            />
            <Button type="submit" leftSection={<IconUpload size={16} />} disabled={!file} loading={upload.isPending}>
              Upload
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

const TEMPLATE_TYPES = [
  { value: 'assets', label: 'Assets' },
  { value: 'locations', label: 'Locations' },
  { value: 'models', label: 'Models' },
  { value: 'people', label: 'People' },
  { value: 'suppliers', label: 'Suppliers' },
  { value: 'stock', label: 'Quantity-tracked stock' },
];

function TemplateCard() {
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [type, setType] = useState('assets');
  const categories = useCategories({ kind: 'hardware' });
  const query = type === 'assets' && categoryId ? `?categoryId=${categoryId}` : '';
  return (
    <Card withBorder radius="md" padding="lg" mb="xl">
      <Stack gap="md">
        <Text size="sm">
          Starting from nothing? Download a template: the asset fields and the custom fields of a category, with lists
          to pick statuses, models and locations from, example rows and what each column accepts. Locations, models,
          people, suppliers and stock have templates of their own.
        </Text>
        <Group align="flex-end" gap="md">
          <Select
            label="Template for"
            data={TEMPLATE_TYPES}
            value={type}
            onChange={(value) => value && setType(value)}
            allowDeselect={false}
            style={{ flex: '0 1 14rem' }}
          />
          <Select
            label="Category"
            disabled={type !== 'assets'}
            placeholder="Any category (built-in fields only)"
            data={categories.items.map((c) => ({ value: c.id, label: c.name }))}
            value={categoryId}
            onChange={setCategoryId}
            clearable
            searchable
            style={{ flex: '0 1 20rem' }}
          />
          <Button
            component="a"
            href={`/api/v1/imports/templates/${type}.xlsx${query}`}
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            Template (XLSX)
          </Button>
          <Button
            component="a"
            href={`/api/v1/imports/templates/${type}.csv${query}`}
            variant="subtle"
            leftSection={<IconDownload size={16} />}
          >
            CSV
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function ImportsPage() {
  const imports = useImports();
  const items = imports.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader
        title="Import"
        description="Load assets from a spreadsheet: dry run first, then import all rows or only the good ones."
      />
      <UploadCard />
      <TemplateCard />
      {imports.isPending ? (
        <Loader aria-label="Loading imports" />
      ) : imports.error ? (
        <QueryError error={imports.error} retry={imports.refetch} />
      ) : items.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={600}>
            <Table striped highlightOnHover aria-label="Imports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>File</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th ta="right">Rows</Table.Th>
                  <Table.Th ta="right">Rows with errors</Table.Th>
                  <Table.Th>Uploaded</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Link to={`/imports/${i.id}`}>{i.fileName}</Link>
                    </Table.Td>
                    <Table.Td>
                      <ImportStateBadge state={i.state} />
                    </Table.Td>
                    <Table.Td ta="right">{i.lastRun ? formatCount(i.lastRun.rows) : '—'}</Table.Td>
                    <Table.Td ta="right">{i.lastRun ? formatCount(i.lastRun.rowsWithErrors) : '—'}</Table.Td>
                    <Table.Td>{formatDateTime(i.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore {...imports} />
        </>
      ) : null}
    </>
  );
}
