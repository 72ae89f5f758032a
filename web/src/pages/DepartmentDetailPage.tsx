import { useState } from 'react';
import { Anchor, Button, Grid, Loader, Text } from '@mantine/core';
import { IconArchive, IconPencil, IconRestore } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useArchiveDepartment, useDepartment, usePeople } from '../api/people';
import { DataTable } from '../components/DataTable';
import { formatCount } from '../components/format';
import { BackLink, DetailList, SectionCard, confirmArchive } from '../components/kit';
import { ListState } from '../components/ListState';
import { notifyError, notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { PersonStatusBadge } from '../components/people/PersonStatusBadge';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';
import { ArchivedBadge } from './catalogue/ManufacturersPage';
import { DepartmentFormModal } from './DepartmentsPage';
import { PersonLink } from './PeoplePage';

export function DepartmentDetailPage() {
  const { id = '' } = useParams();
  const department = useDepartment(id);
  const people = usePeople({ departmentId: id });
  const archive = useArchiveDepartment(id);
  const { can } = useSession();
  const [editing, setEditing] = useState(false);

  if (department.isPending) return <Loader aria-label="Loading department" />;
  if (department.error)
    return <QueryError error={department.error} retry={department.refetch} title="Could not load this department" />;
  const d = department.data;
  const archived = d.archivedAt !== null;

  return (
    <>
      <BackLink to="/departments">All departments</BackLink>
      <PageHeader
        title={d.name}
        description={`${formatCount(d.peopleCount)} ${d.peopleCount === 1 ? 'person' : 'people'}`}
        actions={
          <>
            <ArchivedBadge archivedAt={d.archivedAt} />
            {can('inventory.manage') && (
              <>
                <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                  Edit
                </Button>
                <Button
                  variant="default"
                  loading={archive.isPending}
                  leftSection={archived ? <IconRestore size={16} /> : <IconArchive size={16} />}
                  onClick={() =>
                    confirmArchive({
                      name: d.name,
                      archived,
                      consequence: 'Only a department nobody (who has not left) is in can be archived.',
                      onConfirm: () =>
                        archive.mutate(
                          { version: d.version, archived: !archived },
                          {
                            onSuccess: (saved) =>
                              notifySuccess(`${saved.name} ${archived ? 'brought back' : 'archived'}.`),
                            onError: (error) => notifyError(`${d.name} was not changed`, error),
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
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SectionCard title="Details">
            <DetailList
              rows={[
                ['Code', d.code],
                ['Cost centre', d.costCentre],
                [
                  'Head',
                  d.manager && (
                    <Anchor component={Link} to={`/people/${d.manager.id}`} size="sm">
                      {d.manager.name}
                    </Anchor>
                  ),
                ],
              ]}
            />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <SectionCard title="People">
            <ListState
              query={people}
              loadingLabel="Loading people"
              empty={
                <Text size="sm" c="dimmed">
                  Nobody is in {d.name}.
                </Text>
              }
            >
              {(items) => (
                <DataTable
                  rows={items}
                  rowKey={(p) => p.id}
                  label={`People in ${d.name}`}
                  phoneTitle={(p) => <PersonLink person={p} />}
                  phoneBadge={(p) => <PersonStatusBadge status={p.status} />}
                  minWidth={520}
                  columns={[
                    { key: 'name', header: 'Name', render: (p) => <PersonLink person={p} />, hideOnPhone: true },
                    { key: 'title', header: 'Job title', render: (p) => p.jobTitle },
                    { key: 'location', header: 'Location', render: (p) => p.location?.name },
                    {
                      key: 'status',
                      header: 'Status',
                      render: (p) => <PersonStatusBadge status={p.status} />,
                      hideOnPhone: true,
                    },
                  ]}
                />
              )}
            </ListState>
          </SectionCard>
        </Grid.Col>
      </Grid>
      {editing && <DepartmentFormModal department={d} onClose={() => setEditing(false)} />}
    </>
  );
}
