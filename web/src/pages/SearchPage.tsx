import { Anchor, Badge, Button, Card, EmptyState, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useAssets } from '../api/assets';
import { useModels } from '../api/catalog';
import { kindLabel, useLocationSearch } from '../api/locations';
import { usePeople } from '../api/people';
import { AssetMiniList } from '../components/assets/AssetMiniList';
import { PageHeader } from '../components/PageHeader';
import { breadcrumb } from '../components/pickers/LocationPicker';
import { QueryError } from '../components/QueryError';
import { PersonStatusBadge } from '../components/people/PersonStatusBadge';

function Section({
  title,
  query,
  count,
  more,
  children,
}: {
  title: string;
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  count: number;
  more?: { to: string; label: string } | undefined;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {more && count > 0 && (
          <Button size="xs" variant="subtle" component={Link} to={more.to}>
            {more.label}
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <Loader size="sm" aria-label={`Searching ${title.toLowerCase()}`} />
      ) : query.error ? (
        <QueryError error={query.error} retry={query.refetch} />
      ) : count === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing.
        </Text>
      ) : (
        children
      )}
    </Card>
  );
}

/**
 * What the header's box finds when the text is not exactly one tag, location code, GTIN, serial,
 * employee number or e-mail: assets, people, locations and models that contain it.
 */
export function SearchPage() {
  const [params] = useSearchParams();
  // Why the header's box found no single thing (from GET /lookup), when we came from there.
  const lookupMessage = (useLocation().state as { lookupMessage?: string } | null)?.lookupMessage;
  const q = (params.get('q') ?? '').trim();
  const assets = useAssets({ q }, { limit: 10, enabled: q !== '' });
  const people = usePeople({ q }, 10, q !== '');
  const locations = useLocationSearch({ q, limit: 10 }, q !== '');
  const models = useModels({ q }, 10, q !== '');

  if (!q) {
    return (
      <EmptyState
        icon={<IconSearch size={32} />}
        withIndicatorBackground
        title="Search for anything"
        description="Type or scan a tag, a serial, a location code, a person or a GTIN in the box at the top (press / to get there)."
        mt="xl"
      />
    );
  }
  const encoded = encodeURIComponent(q);
  return (
    <>
      <PageHeader
        title={`Results for “${q}”`}
        description={`${lookupMessage ? `${lookupMessage} ` : ''}Here is everything that contains it.`}
      />
      <Stack>
        <Section
          title="Assets"
          query={assets}
          count={assets.items.length}
          more={{ to: `/assets?q=${encoded}`, label: 'Open in the asset list' }}
        >
          <AssetMiniList assets={assets.items} label="Matching assets" />
        </Section>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Section
            title="People"
            query={people}
            count={people.items.length}
            more={{ to: `/people?q=${encoded}`, label: 'All matching people' }}
          >
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Matching people">
              {people.items.map((p) => (
                <li key={p.id}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/people/${p.id}`} size="sm" fw={500}>
                      {p.name}
                    </Anchor>
                    {p.status !== 'active' && <PersonStatusBadge status={p.status} />}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {[p.employeeNumber, p.email, p.department?.name].filter(Boolean).join(' · ')}
                  </Text>
                </li>
              ))}
            </Stack>
          </Section>
          <Section
            title="Locations"
            query={{ ...locations, isPending: locations.isPending && q !== '' }}
            count={locations.data?.items.length ?? 0}
            more={{ to: `/locations?q=${encoded}`, label: 'All matching locations' }}
          >
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Matching locations">
              {(locations.data?.items ?? []).map((l) => (
                <li key={l.id}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/locations/${l.id}`} size="sm" fw={500}>
                      {l.name}
                    </Anchor>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {l.code}
                    </Text>
                    <Badge size="xs" variant="light" color="gray">
                      {kindLabel(l.kind)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {breadcrumb(l.ancestors) || 'Top of the tree'}
                  </Text>
                </li>
              ))}
            </Stack>
          </Section>
          <Section
            title="Models"
            query={models}
            count={models.items.length}
            more={{ to: `/catalogue/models?q=${encoded}`, label: 'All matching models' }}
          >
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Matching models">
              {models.items.map((m) => (
                <li key={m.id}>
                  <Anchor component={Link} to={`/catalogue/models/${m.id}`} size="sm" fw={500}>
                    {m.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[m.manufacturerName, m.categoryName].filter(Boolean).join(' · ')}
                  </Text>
                </li>
              ))}
            </Stack>
          </Section>
        </SimpleGrid>
      </Stack>
    </>
  );
}
