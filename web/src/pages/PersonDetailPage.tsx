import { useState } from 'react';
import { Anchor, Badge, Breadcrumbs, Button, Grid, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconDevices, IconListDetails, IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useAssets } from '../api/assets';
import { usePerson } from '../api/people';
import type { PersonDetail } from '../api/types';
import { AssetMiniList } from '../components/assets/AssetMiniList';
import { CardList, CardListItem, Field } from '../components/CardList';
import { formatDate, formatDay, plural } from '../components/format';
import { BackLink, DetailList, SectionCard } from '../components/kit';
import { PageHeader } from '../components/PageHeader';
import { PersonFormModal } from '../components/people/PersonFormModal';
import { PersonStatusBadge } from '../components/people/PersonStatusBadge';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';
import { useIsPhone } from '../components/useIsPhone';

function HeldNow({ person }: { person: PersonDetail }) {
  const assets = useAssets({ personId: person.id, sort: 'tag' }, { limit: 50 });
  return (
    <SectionCard
      title="Holds now"
      actions={
        <Button
          size="xs"
          variant="light"
          component={Link}
          to={`/assets?personId=${person.id}`}
          leftSection={<IconDevices size={14} />}
        >
          Open in the asset list
        </Button>
      }
    >
      {assets.isPending ? (
        <Loader size="sm" aria-label="Loading what they hold" />
      ) : assets.error ? (
        <QueryError error={assets.error} retry={assets.refetch} />
      ) : assets.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {person.name} holds nothing. Check an asset out to them from its page.
        </Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {plural(assets.items.length, 'asset', 'assets')}
            {assets.hasNextPage ? ' and more' : ''} checked out to {person.name}.
          </Text>
          <AssetMiniList assets={assets.items} label={`Held by ${person.name}`} hide={['assignee']} />
        </>
      )}
    </SectionCard>
  );
}

function HeldBefore({ person }: { person: PersonDetail }) {
  const isPhone = useIsPhone();
  const past = person.assetsHeldBefore;
  const period = (from: string | null, to: string) => `${from ? formatDate(from) : 'unknown'} – ${formatDate(to)}`;
  return (
    <SectionCard title="Held before">
      {past.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing returned yet.
        </Text>
      ) : isPhone ? (
        <CardList label={`Held before by ${person.name}`}>
          {past.map((a) => (
            <CardListItem
              key={`${a.id}-${a.to}`}
              title={
                <Anchor component={Link} to={`/assets/${a.id}`} ff="monospace" size="sm" fw={500}>
                  {a.tag}
                </Anchor>
              }
            >
              <Field label="Model">{a.modelName}</Field>
              <Field label="Held">{period(a.from, a.to)}</Field>
            </CardListItem>
          ))}
        </CardList>
      ) : (
        <Table striped fz="sm" verticalSpacing="xs" aria-label={`Held before by ${person.name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tag</Table.Th>
              <Table.Th>Model</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>Until</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {past.map((a) => (
              <Table.Tr key={`${a.id}-${a.to}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/assets/${a.id}`} ff="monospace" size="sm">
                    {a.tag}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.modelName}</Table.Td>
                <Table.Td>{a.from ? formatDate(a.from) : '—'}</Table.Td>
                <Table.Td>{formatDate(a.to)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}

export function PersonDetailPage() {
  const { id = '' } = useParams();
  const person = usePerson(id);
  const { can } = useSession();
  const [editing, setEditing] = useState(false);

  if (person.isPending) return <Loader aria-label="Loading person" />;
  if (person.error)
    return <QueryError error={person.error} retry={person.refetch} title="Could not load this person" />;
  const p = person.data;

  return (
    <>
      <BackLink to="/people">All people</BackLink>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {p.name}
            <PersonStatusBadge status={p.status} />
          </Group>
        }
        description={[p.jobTitle, p.department?.name].filter(Boolean).join(' · ') || undefined}
        actions={
          <>
            {can('inventory.manage') && (
              <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                Edit
              </Button>
            )}
            {can('audit.read') && (
              <Button
                variant="default"
                component={Link}
                to={`/audit?entityType=person&entityId=${p.id}`}
                leftSection={<IconListDetails size={16} />}
              >
                History
              </Button>
            )}
          </>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SectionCard title="Details">
            <DetailList
              rows={[
                ['Employee number', p.employeeNumber],
                [
                  'E-mail',
                  p.email && (
                    <Anchor href={`mailto:${p.email}`} size="sm">
                      {p.email}
                    </Anchor>
                  ),
                ],
                ['Job title', p.jobTitle],
                [
                  'Department',
                  p.department && (
                    <Anchor component={Link} to={`/departments/${p.department.id}`} size="sm">
                      {p.department.name}
                    </Anchor>
                  ),
                ],
                ['Cost centre', p.costCentre],
                [
                  'Manager',
                  p.manager && (
                    <Anchor component={Link} to={`/people/${p.manager.id}`} size="sm">
                      {p.manager.name}
                    </Anchor>
                  ),
                ],
                [
                  'Location',
                  p.location && (
                    <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }} fz="sm">
                      {[...p.locationAncestors, p.location].map((l) => (
                        <Anchor key={l.id} component={Link} to={`/locations/${l.id}`} size="sm">
                          {l.name}
                        </Anchor>
                      ))}
                    </Breadcrumbs>
                  ),
                ],
                [
                  'Works',
                  p.remote ? (
                    <Badge size="sm" variant="light" color="teal">
                      Remotely
                    </Badge>
                  ) : (
                    'On site'
                  ),
                ],
                ['Start date', p.startDate && formatDay(p.startDate)],
                ['End date', p.endDate && formatDay(p.endDate)],
                [
                  'Signs in as',
                  p.user &&
                    (can('users.manage') ? (
                      <Anchor component={Link} to={`/users/${p.user.id}`} size="sm">
                        {p.user.email}
                      </Anchor>
                    ) : (
                      p.user.email
                    )),
                ],
                [
                  'Notes',
                  p.notes && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {p.notes}
                    </Text>
                  ),
                ],
              ]}
            />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <HeldNow person={p} />
            <HeldBefore person={p} />
          </Stack>
        </Grid.Col>
      </Grid>
      {editing && (
        <PersonFormModal person={p} onClose={() => setEditing(false)} onReload={() => void person.refetch()} />
      )}
    </>
  );
}
