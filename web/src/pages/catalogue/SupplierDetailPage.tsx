import { useState } from 'react';
import { Anchor, Button, Grid, Loader, Text } from '@mantine/core';
import { IconArchive, IconDevices, IconPencil, IconRestore } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useAssets } from '../../api/assets';
import { useSaveSupplier, useSupplier } from '../../api/catalog';
import { AssetMiniList } from '../../components/assets/AssetMiniList';
import { SupplierFormModal } from '../../components/catalogue/SupplierFormModal';
import { BackLink, DetailList, SectionCard, confirmArchive } from '../../components/kit';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useSession } from '../../components/session-context';
import { ArchivedBadge, ExternalLink } from './ManufacturersPage';
import { leadTime } from './SuppliersPage';

export function SupplierDetailPage() {
  const { id = '' } = useParams();
  const supplier = useSupplier(id);
  const assets = useAssets({ supplierId: id, sort: '-purchaseDate' }, { limit: 10 });
  const save = useSaveSupplier(id);
  const { can } = useSession();
  const [editing, setEditing] = useState(false);

  if (supplier.isPending) return <Loader aria-label="Loading supplier" />;
  if (supplier.error)
    return <QueryError error={supplier.error} retry={supplier.refetch} title="Could not load this supplier" />;
  const s = supplier.data;
  const archived = s.archivedAt !== null;

  return (
    <>
      <BackLink to="/catalogue/suppliers">All suppliers</BackLink>
      <PageHeader
        title={s.name}
        description={archived ? 'Archived supplier' : 'Supplier'}
        actions={
          <>
            <ArchivedBadge archivedAt={s.archivedAt} />
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
                      name: s.name,
                      archived,
                      consequence: 'It is no longer offered when receiving; assets bought from it keep it.',
                      onConfirm: () =>
                        save.mutate(
                          { name: s.name, version: s.version, archived: !archived },
                          {
                            onSuccess: (saved) =>
                              notifySuccess(`${saved.name} ${archived ? 'brought back' : 'archived'}.`),
                            onError: (error) => notifyError(`${s.name} was not changed`, error),
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
                ['Contact', s.contactName],
                [
                  'E-mail',
                  s.email && (
                    <Anchor href={`mailto:${s.email}`} size="sm">
                      {s.email}
                    </Anchor>
                  ),
                ],
                ['Phone', s.phone],
                ['Website', s.website && <ExternalLink href={s.website} />],
                ['Account number', s.accountNumber],
                ['Default lead time', leadTime(s.defaultLeadTimeDays)],
                [
                  'Address',
                  s.address && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {s.address}
                    </Text>
                  ),
                ],
                [
                  'Notes',
                  s.notes && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {s.notes}
                    </Text>
                  ),
                ],
              ]}
            />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SectionCard
            title="Latest purchases"
            actions={
              <Button
                size="xs"
                variant="light"
                component={Link}
                to={`/assets?supplierId=${s.id}&sort=-purchaseDate`}
                leftSection={<IconDevices size={14} />}
              >
                All assets from {s.name}
              </Button>
            }
          >
            {assets.isPending ? (
              <Loader size="sm" aria-label="Loading assets" />
            ) : assets.error ? (
              <QueryError error={assets.error} retry={assets.refetch} />
            ) : assets.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing bought from {s.name} yet.
              </Text>
            ) : (
              <AssetMiniList assets={assets.items} label={`Assets from ${s.name}`} hide={['assignee']} />
            )}
          </SectionCard>
        </Grid.Col>
      </Grid>
      {editing && <SupplierFormModal supplier={s} onClose={() => setEditing(false)} />}
    </>
  );
}
