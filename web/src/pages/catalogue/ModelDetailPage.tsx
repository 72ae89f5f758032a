import { Alert, Anchor, Badge, Button, Grid, Group, Image, Loader, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArchive,
  IconDevices,
  IconPackageImport,
  IconPackages,
  IconPencil,
  IconRestore,
} from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useAssets, useStockLevels } from '../../api/assets';
import { useModel, useSaveModel } from '../../api/catalog';
import { AssetMiniList } from '../../components/assets/AssetMiniList';
import { TrackingBadge } from '../../components/catalogue/ModelsTable';
import { formatCount, formatMoney, plural } from '../../components/format';
import { BackLink, DetailList, SectionCard, confirmArchive } from '../../components/kit';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useSession } from '../../components/session-context';
import { StockCounts } from '../../components/StockCounts';

function lifeText(months: number | null) {
  if (months === null) return null;
  return months % 12 === 0 ? plural(months / 12, 'year', 'years') : plural(months, 'month', 'months');
}

export function ModelDetailPage() {
  const { id = '' } = useParams();
  const model = useModel(id);
  const stock = useStockLevels({ modelId: id });
  const assets = useAssets({ modelId: id, sort: '-createdAt' }, { limit: 10 });
  const save = useSaveModel(id);
  const { can } = useSession();

  if (model.isPending) return <Loader aria-label="Loading model" />;
  if (model.error) return <QueryError error={model.error} retry={model.refetch} title="Could not load this model" />;
  const m = model.data;
  const archived = m.archivedAt !== null;
  const level = stock.data?.items.find((l) => l.model.id === m.id);

  return (
    <>
      <BackLink to="/catalogue/models">All models</BackLink>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {m.name}
            {archived && (
              <Badge color="orange" variant="outline">
                Archived
              </Badge>
            )}
          </Group>
        }
        description={[m.manufacturerName, m.categoryName, m.modelNumber].filter(Boolean).join(' · ')}
        actions={
          <>
            {can('inventory.write') && m.tracking === 'individual' && !archived && (
              <Button component={Link} to={`/receive?modelId=${m.id}`} leftSection={<IconPackageImport size={16} />}>
                Receive
              </Button>
            )}
            {can('inventory.manage') && (
              <>
                <Button
                  variant="default"
                  component={Link}
                  to={`/catalogue/models/${m.id}/edit`}
                  leftSection={<IconPencil size={16} />}
                >
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
                      consequence: 'It is no longer offered when receiving or ordering; its assets and GTINs stay.',
                      onConfirm: () =>
                        save.mutate(
                          { version: m.version, archived: !archived },
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
        <Grid.Col span={{ base: 12, md: 6 }}>
          <SectionCard title="Details">
            <DetailList
              rows={[
                [
                  'Category',
                  <Anchor key="c" component={Link} to={`/catalogue/categories/${m.categoryId}`} size="sm">
                    {m.categoryName}
                  </Anchor>,
                ],
                [
                  'Manufacturer',
                  m.manufacturerId && (
                    <Anchor component={Link} to={`/catalogue/manufacturers/${m.manufacturerId}`} size="sm">
                      {m.manufacturerName}
                    </Anchor>
                  ),
                ],
                ['Model number', m.modelNumber],
                [
                  'GTINs',
                  m.gtins.length > 0 && (
                    <Group gap={4}>
                      {m.gtins.map((g) => (
                        <Badge key={g} variant="light" color="gray" ff="monospace" tt="none">
                          {g}
                        </Badge>
                      ))}
                    </Group>
                  ),
                ],
                ['Tracking', <TrackingBadge key="t" tracking={m.tracking} />],
                ['Expected life', lifeText(m.expectedLifeMonths)],
                ['Default unit cost', m.defaultUnitCost && formatMoney(m.defaultUnitCost, m.currency)],
                ['Minimum stock', m.minStock === null ? null : formatCount(m.minStock)],
                [
                  'Image',
                  m.imageUrl && (
                    <Stack gap={4}>
                      {/* Shown only from https (the page's policy allows no plain-http images). */}
                      {m.imageUrl.startsWith('https://') && (
                        <Image src={m.imageUrl} alt={`Picture of ${m.name}`} maw={240} mah={180} fit="contain" />
                      )}
                      <Anchor href={m.imageUrl} target="_blank" rel="noreferrer" size="sm">
                        Open the picture
                      </Anchor>
                    </Stack>
                  ),
                ],
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
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            {m.tracking === 'individual' && (
              <SectionCard title="Stock everywhere">
                {stock.isPending ? (
                  <Loader size="sm" aria-label="Loading stock" />
                ) : stock.error ? (
                  <QueryError error={stock.error} retry={stock.refetch} />
                ) : level ? (
                  <Stack>
                    <StockCounts counts={level.counts} />
                    {level.belowMinimum && (
                      <Alert color="orange" icon={<IconAlertTriangle />} title="Below minimum">
                        {formatCount(level.counts.in_stock)} in stock, minimum {formatCount(level.minStock ?? 0)}.
                      </Alert>
                    )}
                    <Anchor component={Link} to={`/stock?categoryId=${m.categoryId}`} size="sm">
                      Stock per location
                    </Anchor>
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    No units yet.
                  </Text>
                )}
              </SectionCard>
            )}
            <SectionCard
              title="Latest units"
              actions={
                m.tracking === 'quantity' ? (
                  <Button
                    size="xs"
                    variant="light"
                    component={Link}
                    to={`/on-hand?modelId=${m.id}`}
                    leftSection={<IconPackages size={14} />}
                  >
                    Stock on hand
                  </Button>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    component={Link}
                    to={`/assets?modelId=${m.id}`}
                    leftSection={<IconDevices size={14} />}
                  >
                    All its assets
                  </Button>
                )
              }
            >
              {assets.isPending ? (
                <Loader size="sm" aria-label="Loading assets" />
              ) : assets.error ? (
                <QueryError error={assets.error} retry={assets.refetch} />
              ) : assets.items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No {m.name} received yet.{' '}
                  {can('inventory.write') && m.tracking === 'individual' && (
                    <Anchor component={Link} to={`/receive?modelId=${m.id}`} underline="always">
                      Receive a delivery
                    </Anchor>
                  )}
                </Text>
              ) : (
                <AssetMiniList assets={assets.items} label={`Units of ${m.name}`} hide={['model']} />
              )}
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
