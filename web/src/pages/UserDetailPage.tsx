import { Anchor, Button, Grid, Loader, Stack } from '@mantine/core';
import { IconArrowLeft, IconListDetails } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useUser } from '../api/users';
import { formatDateTime } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useSession } from '../components/session-context';
import { AccountCard } from '../components/users/AccountCard';
import { ProfileCard } from '../components/users/ProfileCard';
import { RolesCard } from '../components/users/RolesCard';
import { UserTokensCard } from '../components/users/UserTokensCard';

export function UserDetailPage() {
  const { id = '' } = useParams();
  const user = useUser(id);
  const { can } = useSession();
  const reload = () => void user.refetch();

  return (
    <>
      <Anchor
        component={Link}
        to="/users"
        size="sm"
        mb="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> All users
      </Anchor>
      {user.isPending ? (
        <Loader aria-label="Loading user" />
      ) : user.error ? (
        <QueryError error={user.error} retry={user.refetch} title="Could not load this user" />
      ) : (
        <>
          <PageHeader
            title={user.data.name}
            description={`${user.data.email} · last sign-in ${formatDateTime(user.data.lastLoginAt)}`}
            actions={
              can('audit.read') && (
                <Button
                  variant="default"
                  component={Link}
                  to={`/audit?entityType=user&entityId=${user.data.id}`}
                  leftSection={<IconListDetails size={16} />}
                >
                  History
                </Button>
              )
            }
          />
          {/* Keyed by version: after a save or a reload the forms start again from what the server has. */}
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack>
                <ProfileCard key={`profile-${user.data.version}`} user={user.data} onReload={reload} />
                <AccountCard user={user.data} onReload={reload} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <RolesCard key={`roles-${user.data.version}`} user={user.data} onReload={reload} />
            </Grid.Col>
            <Grid.Col span={12}>
              <UserTokensCard user={user.data} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </>
  );
}
