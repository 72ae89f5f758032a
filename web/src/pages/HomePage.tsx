import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useLocation } from '../api/locations';
import { useRoleLabel } from '../api/roles';
import { NAV_ITEMS } from '../components/navigation';
import { PageHeader } from '../components/PageHeader';
import { useSession } from '../components/session-context';
import { formatDateTime } from '../components/format';

function GrantPlace({ id }: { id: string }) {
  const location = useLocation(id);
  return <> at {location.data?.name ?? 'one location'}</>;
}

/** Who you are, what your roles are, and a door to everything you may use. */
export function HomePage() {
  const { me, can } = useSession();
  const roleLabel = useRoleLabel();
  const places = NAV_ITEMS.filter((item) => item.to !== '/' && (!item.permission || can(item.permission)));
  const { user } = me;

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description={`Signed in as ${user.email}`} />
      <Stack gap="xl">
        <Card withBorder radius="md" padding="lg">
          <Title order={2} fz="h4" mb="xs">
            Your roles
          </Title>
          {user.grants.length === 0 ? (
            <Text size="sm">You have no roles yet. Ask an administrator to give you one.</Text>
          ) : (
            <Group gap="xs">
              {user.grants.map((grant) => (
                <Badge key={`${grant.role}:${grant.locationId ?? 'org'}`} variant="light" size="lg">
                  {roleLabel(grant.role)}
                  {grant.locationId && <GrantPlace id={grant.locationId} />}
                </Badge>
              ))}
            </Group>
          )}
          <Text size="sm" c="dimmed" mt="sm">
            Last sign-in: {formatDateTime(user.lastLoginAt)}
          </Text>
        </Card>

        <div>
          <Title order={2} fz="h4" mb="sm">
            What you can do
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {places.map((item) => (
              <Card key={item.to} component={Link} to={item.to} withBorder radius="md" padding="lg">
                <Stack gap="xs">
                  <ThemeIcon variant="light" size="lg" aria-hidden>
                    <item.icon size={20} />
                  </ThemeIcon>
                  <Text fw={600}>{item.label}</Text>
                  <Text size="sm" c="dimmed">
                    {item.description}
                  </Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </div>
      </Stack>
    </>
  );
}
