import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Grid, Group, Loader, Stack, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconDevices, IconPencil, IconPlus, IconRestore } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { FIELD_TYPES, useCategory, useUpdateCategory, useUpdateField } from '../../api/catalog';
import type { CustomField, CustomFieldReport } from '../../api/types';
import { CategoryFormModal } from '../../components/catalogue/CategoryFormModal';
import { FieldFormModal } from '../../components/catalogue/FieldFormModal';
import { FieldReportModal } from '../../components/catalogue/FieldReportModal';
import { CardList, CardListItem, Field } from '../../components/CardList';
import { formatCount } from '../../components/format';
import { BackLink, DetailList, SectionCard, confirmArchive } from '../../components/kit';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useSession } from '../../components/session-context';
import { useIsPhone } from '../../components/useIsPhone';
import { ArchivedBadge } from './ManufacturersPage';
import { kindName } from './CategoriesPage';

const typeLabel = (type: CustomField['type']) => FIELD_TYPES.find((t) => t.value === type)?.label ?? type;

function Flags({ field }: { field: CustomField }) {
  return (
    <Group gap={4}>
      {field.required && (
        <Badge size="xs" variant="light" color="blue">
          Required
        </Badge>
      )}
      {field.unique && (
        <Badge size="xs" variant="light" color="indigo">
          Unique
        </Badge>
      )}
    </Group>
  );
}

function FieldsTable({
  fields,
  onEdit,
  onArchive,
}: {
  fields: CustomField[];
  onEdit?: (field: CustomField) => void;
  onArchive?: (field: CustomField) => void;
}) {
  const isPhone = useIsPhone();
  const actions = (f: CustomField) =>
    onEdit &&
    onArchive && (
      <Group gap={4} wrap="nowrap">
        <Tooltip label={`Edit ${f.label}`}>
          <ActionIcon variant="subtle" aria-label={`Edit ${f.label}`} onClick={() => onEdit(f)}>
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={`Archive ${f.label}`}>
          <ActionIcon variant="subtle" color="red" aria-label={`Archive ${f.label}`} onClick={() => onArchive(f)}>
            <IconArchive size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    );
  if (isPhone) {
    return (
      <CardList label="Custom fields">
        {fields.map((f) => (
          <CardListItem
            key={f.id}
            title={
              <Text fw={500} size="sm">
                {f.label}
              </Text>
            }
            badge={actions(f)}
          >
            <Field label="Key">
              <Text ff="monospace" size="sm">
                {f.key}
              </Text>
            </Field>
            <Field label="Type">{typeLabel(f.type)}</Field>
            {f.options && <Field label="Choices">{f.options.join(', ')}</Field>}
            <Field label="Rules">
              <Flags field={f} />
            </Field>
            {f.helpText && <Field label="Help">{f.helpText}</Field>}
          </CardListItem>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped fz="sm" verticalSpacing="xs" aria-label="Custom fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Label</Table.Th>
            <Table.Th>Key</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Rules</Table.Th>
            <Table.Th>Help text</Table.Th>
            {onEdit && (
              <Table.Th>
                <Text size="sm" fw={700} component="span">
                  Actions
                </Text>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td fw={500}>{f.label}</Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {f.key}
                </Text>
              </Table.Td>
              <Table.Td>
                {typeLabel(f.type)}
                {f.options && (
                  <Text size="xs" c="dimmed">
                    {f.options.join(', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Flags field={f} />
              </Table.Td>
              <Table.Td>{f.helpText}</Table.Td>
              {onEdit && <Table.Td>{actions(f)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function CategoryDetailPage() {
  const { id = '' } = useParams();
  const category = useCategory(id);
  const update = useUpdateCategory(id);
  const updateField = useUpdateField(id);
  const { can } = useSession();
  const [dialog, setDialog] = useState<{ kind: 'edit' } | { kind: 'field'; field?: CustomField } | null>(null);
  const [report, setReport] = useState<{ field: CustomField; report: CustomFieldReport } | null>(null);
  const manage = can('inventory.manage');

  if (category.isPending) return <Loader aria-label="Loading category" />;
  if (category.error)
    return <QueryError error={category.error} retry={category.refetch} title="Could not load this category" />;
  const c = category.data;
  const archived = c.archivedAt !== null;
  const fields = [...c.fields].sort((a, b) => a.position - b.position);

  const archiveField = (field: CustomField) =>
    modals.openConfirmModal({
      title: `Archive the field ${field.label}?`,
      children: (
        <Text size="sm">
          It is no longer asked for. Values already stored in assets are kept, never dropped, and reported.
        </Text>
      ),
      labels: { confirm: 'Archive field', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        updateField.mutate(
          { field, changes: { archived: true } },
          {
            onSuccess: (result) => {
              notifySuccess(`Field ${field.label} archived.`);
              if (result.report.total > 0) setReport(result);
            },
            onError: (error) => notifyError(`${field.label} was not archived`, error),
          },
        ),
    });

  return (
    <>
      <BackLink to="/catalogue/categories">All categories</BackLink>
      <PageHeader
        title={c.name}
        description={`${kindName(c.kind)} · ${formatCount(c.counts.models)} ${c.counts.models === 1 ? 'model' : 'models'} · ${formatCount(c.counts.assets)} ${c.counts.assets === 1 ? 'asset' : 'assets'}`}
        actions={
          <>
            <ArchivedBadge archivedAt={c.archivedAt} />
            <Button
              variant="default"
              component={Link}
              to={`/assets?categoryId=${c.id}`}
              leftSection={<IconDevices size={16} />}
            >
              Its assets
            </Button>
            {manage && (
              <>
                <Button leftSection={<IconPencil size={16} />} onClick={() => setDialog({ kind: 'edit' })}>
                  Edit
                </Button>
                <Button
                  variant="default"
                  leftSection={archived ? <IconRestore size={16} /> : <IconArchive size={16} />}
                  loading={update.isPending}
                  onClick={() =>
                    confirmArchive({
                      name: c.name,
                      archived,
                      consequence: 'Refused while active models use it. Its models and assets keep it.',
                      onConfirm: () =>
                        update.mutate(
                          { version: c.version, archived: !archived },
                          {
                            onSuccess: (saved) =>
                              notifySuccess(`${saved.name} ${archived ? 'brought back' : 'archived'}.`),
                            onError: (error) => notifyError(`${c.name} was not changed`, error),
                          },
                        ),
                    })
                  }
                >
                  {archived ? 'Bring back' : 'Archive'}
                </Button>
              </>
            )}
          </>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <SectionCard title="Details">
              <DetailList
                rows={[
                  ['Kind', kindName(c.kind)],
                  [
                    'Models',
                    <Anchor key="m" component={Link} to={`/catalogue/models?categoryId=${c.id}`} size="sm">
                      {formatCount(c.counts.models)}
                    </Anchor>,
                  ],
                  [
                    'Assets',
                    <Anchor key="a" component={Link} to={`/assets?categoryId=${c.id}`} size="sm">
                      {formatCount(c.counts.assets)}
                    </Anchor>,
                  ],
                  [
                    'Notes',
                    c.notes && (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {c.notes}
                      </Text>
                    ),
                  ],
                ]}
              />
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <SectionCard
            title="Custom fields"
            actions={
              manage && (
                <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'field' })}>
                  Add field
                </Button>
              )
            }
          >
            {fields.length === 0 ? (
              <Text size="sm" c="dimmed">
                No custom fields. Add the facts every {c.name.toLowerCase()} asset should carry (RAM, IMEI, MAC address,
                ...).
              </Text>
            ) : (
              <FieldsTable
                fields={fields}
                onEdit={manage ? (field) => setDialog({ kind: 'field', field }) : undefined}
                onArchive={manage ? archiveField : undefined}
              />
            )}
          </SectionCard>
        </Grid.Col>
      </Grid>
      {dialog?.kind === 'edit' && (
        <CategoryFormModal category={c} onClose={() => setDialog(null)} onReload={() => void category.refetch()} />
      )}
      {dialog?.kind === 'field' && (
        <FieldFormModal
          categoryId={c.id}
          field={dialog.field}
          onClose={() => setDialog(null)}
          onReport={(field, r) => setReport({ field, report: r })}
        />
      )}
      {report && <FieldReportModal field={report.field} report={report.report} onClose={() => setReport(null)} />}
    </>
  );
}
