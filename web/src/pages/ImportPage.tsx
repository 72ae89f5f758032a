import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconPlayerPlay, IconUpload } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import {
  isRunning,
  useCancelImport,
  useImport,
  useImportProblems,
  useImportTypes,
  useRunImport,
  useSaveMapping,
  type ColumnMapping,
  type Import,
  type RunSummary,
} from '../api/imports';
import { formatCount, plural } from '../components/format';
import { JobProgress } from '../components/JobProgress';
import { LoadMore } from '../components/LoadMore';
import { notifyError, notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { ImportStateBadge } from './ImportsPage';

const REFERENCE_LABELS: Record<string, string> = {
  manufacturers: 'manufacturers',
  categories: 'categories',
  suppliers: 'suppliers',
  locations: 'locations (as sites)',
  people: 'people',
  models: 'models',
  departments: 'departments',
};

function MappingCard({
  view,
  mapping,
  setMapping,
  disabled,
}: {
  view: Import;
  mapping: ColumnMapping;
  setMapping: (m: ColumnMapping) => void;
  disabled: boolean;
}) {
  const types = useImportTypes();
  const fields = types.data?.items.find((t) => t.key === view.importType)?.fields ?? [];
  const options = [
    { value: '', label: 'Not imported' },
    ...fields.map((f) => ({ value: f.key, label: f.label })),
    ...mapping.columns
      .filter((c) => c.target?.startsWith('custom:'))
      .map((c) => ({ value: c.target!, label: `Custom field ${c.target!.slice(7)}` })),
  ];
  const sampleOf = (index: number) =>
    view.preview.sample
      .map((row) => row[index] ?? '')
      .filter((v) => v.trim() !== '')
      .slice(0, 3)
      .join(' · ');
  const taken = new Map(mapping.columns.filter((c) => c.target).map((c) => [c.target, c.index]));
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} size="h4" mb="xs">
        Columns
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each column of the file and the field it fills. Change any that are wrong; columns left “Not imported” are
        ignored.
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Column mapping" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>Col.</Table.Th>
              <Table.Th>Header</Table.Th>
              <Table.Th>First values</Table.Th>
              <Table.Th w={260}>Imported as</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mapping.columns.map((column) => {
              const header = view.preview.headers.find((h) => h.index === column.index);
              return (
                <Table.Tr key={column.index}>
                  <Table.Td>{header?.letter}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {column.header || <em>(no header)</em>}
                    </Text>
                    {column.note && !column.target && (
                      <Text size="xs" c="dimmed">
                        {column.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {sampleOf(column.index)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Field for column ${header?.letter ?? ''} (${column.header})`}
                      size="xs"
                      data={options.map((o) => ({
                        ...o,
                        disabled: o.value !== '' && taken.has(o.value) && taken.get(o.value) !== column.index,
                      }))}
                      value={column.target ?? ''}
                      allowDeselect={false}
                      disabled={disabled}
                      searchable
                      onChange={(value) =>
                        setMapping({
                          ...mapping,
                          columns: mapping.columns.map((c) =>
                            c.index === column.index ? { ...c, target: value || null, source: 'manual' } : c,
                          ),
                        })
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <Text size="xl" fw={700}>
        {formatCount(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  );
}

/** Where the imported records are listed. */
const RESULT_PAGES: Record<string, { to: string; label: string }> = {
  locations: { to: '/locations', label: 'locations' },
  models: { to: '/catalogue/models', label: 'models' },
  people: { to: '/people', label: 'people' },
  suppliers: { to: '/catalogue/suppliers', label: 'suppliers' },
  stock: { to: '/on-hand', label: 'stock on hand' },
};

const RECORD_LABELS: Record<string, string> = {
  locations: 'locations',
  models: 'models',
  people: 'people',
  suppliers: 'suppliers',
  stock: 'stock items',
};

function SummaryCard({ run, type }: { run: RunSummary; type: string }) {
  const would = run.committed ? '' : 'to be ';
  const records = RECORD_LABELS[type];
  const refs = Object.entries(run.references).filter(([, n]) => n > 0);
  return (
    <Card withBorder radius="md" padding="md" aria-label="Summary of the last run">
      <Title order={2} size="h4" mb="sm">
        {run.committed ? 'Imported' : run.dryRun ? 'Dry run' : 'Not imported'}
      </Title>
      {run.refused && (
        <Alert color="red" icon={<IconAlertTriangle size={16} />} mb="sm">
          {run.refused}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 5 }} mb="sm">
        <Figure label="rows read" value={run.rows} />
        <Figure label="rows with errors" value={run.rowsWithErrors} />
        {records ? (
          <>
            <Figure label={`${records} ${would}created`} value={run.records.created} />
            <Figure label={`${records} ${would}updated`} value={run.records.updated} />
            {run.stock ? (
              <Figure label={`units ${would}received or adjusted`} value={run.stock.units} />
            ) : (
              <Figure label="unchanged" value={run.records.unchanged} />
            )}
          </>
        ) : (
          <>
            <Figure label={`assets ${would}created`} value={run.assets.created} />
            <Figure label={`assets ${would}updated`} value={run.assets.updated} />
            <Figure label={`${would}checked out`} value={run.assets.checkedOut} />
          </>
        )}
      </SimpleGrid>
      {refs.length > 0 && (
        <Text size="sm">
          {run.committed ? 'Also created: ' : 'Would also create: '}
          {refs.map(([kind, n]) => `${formatCount(n)} ${REFERENCE_LABELS[kind] ?? kind}`).join(', ')}.
        </Text>
      )}
      {run.committed && run.records.skipped > 0 && (
        <Text size="sm">
          {plural(run.records.skipped, 'row with errors was', 'rows with errors were')} skipped: they are listed below.
        </Text>
      )}
      {run.records.unchanged > 0 && (
        <Text size="sm" c="dimmed">
          {formatCount(run.records.unchanged)} rows match {records ?? 'assets'} that already hold these values: nothing
          to change.
        </Text>
      )}
    </Card>
  );
}

function ProblemsCard({ view }: { view: Import }) {
  const problems = useImportProblems(view.id, view.updatedAt);
  const items = problems.data?.pages.flatMap((p) => p.items) ?? [];
  if (!view.lastRun) return null;
  return (
    <Card withBorder radius="md" padding="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Problems ({plural(view.lastRun.errors, 'error', 'errors')},{' '}
          {plural(view.lastRun.warnings, 'warning', 'warnings')})
        </Title>
        <Button
          component="a"
          href={`/api/v1/imports/${view.id}/problems.csv`}
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
        >
          Download the report (CSV)
        </Button>
      </Group>
      {problems.error ? (
        <QueryError error={problems.error} retry={problems.refetch} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No problems.
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={600}>
            <Table aria-label="Problems" verticalSpacing={4} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>Row</Table.Th>
                  <Table.Th w={140}>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.row ?? 'File'}</Table.Td>
                    <Table.Td>{p.column ? `${p.column}${p.header ? ` (${p.header})` : ''}` : '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={p.severity === 'error' ? 'var(--mantine-color-error)' : 'orange.8'}>
                        {p.message}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore {...problems} />
        </>
      )}
    </Card>
  );
}

export function ImportPage() {
  const { id } = useParams() as { id: string };
  const query = useImport(id);
  const view = query.data;
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [saveAs, setSaveAs] = useState('');
  const save = useSaveMapping(id);
  const run = useRunImport(id);
  const cancel = useCancelImport(id);

  useEffect(() => {
    if (view && mapping === null && view.mapping) {
      setMapping(view.mapping);
      setSkipBadRows(view.options.skipBadRows);
    }
  }, [view, mapping]);
  const dirty = useMemo(
    () =>
      !!view &&
      !!mapping &&
      (JSON.stringify(mapping.columns.map((c) => c.target)) !==
        JSON.stringify(view.mapping?.columns.map((c) => c.target)) ||
        skipBadRows !== view.options.skipBadRows ||
        saveAs.trim() !== ''),
    [view, mapping, skipBadRows, saveAs],
  );

  if (query.isPending) return <Loader aria-label="Loading the import" />;
  if (query.error) return <QueryError error={query.error} retry={query.refetch} />;
  if (!view || !mapping) return <Loader aria-label="Loading the import" />;

  const running = isRunning(view);
  const committed = view.state === 'committed';
  const start = async (dryRun: boolean) => {
    try {
      if (dirty) {
        await save.mutateAsync({
          mapping,
          options: { skipBadRows },
          ...(saveAs.trim() ? { saveAs: saveAs.trim() } : {}),
        });
        if (saveAs.trim()) notifySuccess(`Mapping saved as “${saveAs.trim()}”.`);
        setSaveAs('');
      }
      await run.mutateAsync({ dryRun, skipBadRows });
    } catch (error) {
      notifyError(dryRun ? 'Could not start the dry run' : 'Could not start the import', error);
    }
  };

  return (
    <>
      <PageHeader
        title={view.fileName}
        description={
          <Group gap="xs" component="span">
            <ImportStateBadge state={view.state} />
            <span>
              {view.preview.format.toUpperCase()}
              {view.preview.encoding ? `, ${view.preview.encoding}` : ''}
              {view.preview.sheetName ? `, sheet ${view.preview.sheetName}` : ''} · {view.preview.headers.length}{' '}
              columns
            </span>
          </Group>
        }
        actions={
          <Button component={Link} to="/imports" variant="default" leftSection={<IconUpload size={16} />}>
            Another file
          </Button>
        }
      />
      <Stack gap="lg">
        {view.preview.problems.length > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle size={16} />} title="About the file">
            <List size="sm" spacing={4}>
              {view.preview.problems.map((p, i) => (
                <List.Item key={i}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {view.lastError && (
          <Alert color="red" icon={<IconAlertTriangle size={16} />} title="The last run failed">
            {view.lastError}
          </Alert>
        )}
        {running && view.job && (
          <Card withBorder radius="md" padding="md" aria-label="Progress">
            <Stack gap="xs">
              <Group justify="space-between">
                <Text fw={600}>{view.state === 'checking' ? 'Dry run in progress' : 'Importing'}</Text>
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  disabled={view.job.cancelRequested}
                  loading={cancel.isPending}
                  onClick={() =>
                    cancel.mutate(undefined, {
                      onSuccess: () => notifySuccess('Cancellation requested: nothing of this run stays.'),
                      onError: (error) => notifyError('Could not cancel', error),
                    })
                  }
                >
                  {view.job.cancelRequested ? 'Cancelling…' : 'Cancel'}
                </Button>
              </Group>
              <JobProgress job={view.job} label="Import progress" />
              {view.job.message && <Text size="sm">{view.job.message}</Text>}
            </Stack>
          </Card>
        )}
        {view.lastRun && !running && <SummaryCard run={view.lastRun} type={view.importType} />}
        {committed && (
          <Alert color="green" title="Imported">
            <Anchor component={Link} to={RESULT_PAGES[view.importType]?.to ?? '/assets'}>
              See the {RESULT_PAGES[view.importType]?.label ?? 'assets'}
            </Anchor>
          </Alert>
        )}
        {!committed && (
          <Card withBorder radius="md" padding="md">
            <Group align="flex-end" gap="md" wrap="wrap">
              <Checkbox
                label="Skip rows with errors (import the good ones and list the rest)"
                checked={skipBadRows}
                disabled={running}
                onChange={(e) => setSkipBadRows(e.currentTarget.checked)}
              />
              <TextInput
                label="Save this mapping as"
                placeholder="e.g. Snipe-IT laptops"
                value={saveAs}
                disabled={running}
                onChange={(e) => setSaveAs(e.currentTarget.value)}
                style={{ flex: '1 1 14rem' }}
              />
              <Button
                variant="light"
                leftSection={<IconPlayerPlay size={16} />}
                disabled={running}
                loading={run.isPending && run.variables?.dryRun === true}
                onClick={() => void start(true)}
              >
                Dry run
              </Button>
              <Button
                leftSection={<IconUpload size={16} />}
                disabled={running}
                loading={run.isPending && run.variables?.dryRun === false}
                onClick={() => void start(false)}
              >
                Import
              </Button>
            </Group>
          </Card>
        )}
        {!committed && <MappingCard view={view} mapping={mapping} setMapping={setMapping} disabled={running} />}
        {!running && <ProblemsCard view={view} />}
      </Stack>
    </>
  );
}
