import { useState } from 'react';
import { Anchor, Button, Grid, Loader, Text } from '@mantine/core';
import { IconArchive, IconDevices, IconPencil, IconRestore } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useManufacturer, useModels, useSaveManufacturer } from '../../api/catalog';
import { ManufacturerFormModal } from '../../components/catalogue/ManufacturerFormModal';
import { ModelsTable } from '../../components/catalogue/ModelsTable';
import { BackLink, DetailList, SectionCard, confirmArchive } from '../../components/kit';
import { ListState } from '../../components/ListState';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useSession } from '../../components/session-context';
import { ArchivedBadge, ExternalLink } from './ManufacturersPage';

export function ManufacturerDetailPage() {
  const { id = '' } = useParams();
  const manufacturer = useManufacturer(id);
  const models = useModels({ manufacturerId: id, includeArchived: true }, 50);
  const save = useSaveManufacturer(id);
  const { can } = useSession();
  const [editing, setEditing] = useState(false);

  if (manufacturer.isPending) return <Loader aria-label="Loading manufacturer" />;
  if (manufacturer.error)
    return (
      <QueryError error={manufacturer.error} retry={manufacturer.refetch} title="Could not load this manufacturer" />
    );
  const m = manufacturer.data;
  const archived = m.archivedAt !== null;

  return (
    <>
      <BackLink to="/catalogue/manufacturers">All manufacturers</BackLink>
      <PageHeader
        title={m.name}
        description={archived ? 'Archived: not offered for new models.' : 'Manufacturer'}
        actions={
          <>
            <ArchivedBadge archivedAt={m.archivedAt} />
            <Button
              variant="default"
              component={Link}
              to={`/assets?manufacturerId=${m.id}`}
              leftSection={<IconDevices size={16} />}
            >
              Their assets
            </Button>
            {can('inventory.manage') && (
              <>
                <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                  Edit
                </Button>
                <Button
                  variant="default"
                  leftSection={archived ? <IconRestore size={16} /> : <IconArchive size={16} />}
                  loading={save.isPending}
                  onClick={() =>
                    confirmArchive({
                      name: m.name,
                      archived,
                      consequence: 'It is refused while active models name it; its models and assets keep it.',
                      onConfirm: () =>
                        save.mutate(
                          { name: m.name, version: m.version, archived: !archived },
                          {
                            onSuccess: (saved) =>
                              notifySuccess(`${saved.name} ${archived ? 'brought back' : 'archived'}.`),
                            onError: (error) => notifyError(`${m.name} was not changed`, error),
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
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SectionCard title="Details">
            <DetailList
              rows={[
                ['Website', m.website && <ExternalLink href={m.website} />],
                ['Support page', m.supportUrl && <ExternalLink href={m.supportUrl} />],
                [
                  'Support e-mail',
                  m.supportEmail && (
                    <Anchor href={`mailto:${m.supportEmail}`} size="sm">
                      {m.supportEmail}
                    </Anchor>
                  ),
                ],
                ['Support phone', m.supportPhone],
                [
                  'Notes',
                  m.notes && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {m.notes}
                    </Text>
                  ),
                ],
              ]}
            />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SectionCard title="Models">
            <ListState
              query={models}
              loadingLabel="Loading models"
              empty={
                <Text size="sm" c="dimmed">
                  No models from {m.name} yet.
                </Text>
              }
            >
              {(items) => <ModelsTable models={items} compact />}
            </ListState>
          </SectionCard>
        </Grid.Col>
      </Grid>
      {editing && <ManufacturerFormModal manufacturer={m} onClose={() => setEditing(false)} />}
    </>
  );
}
