import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/session';
import type { Me } from '../api/types';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { notifySuccess } from '../components/notify';

/**
 * After signing in with a temporary password the server refuses everything else
 * (password_change_required) until the password is changed, so this is all the app shows.
 */
export function ForcedPasswordChange({ me }: { me: Me }) {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440} component="main">
        <Stack>
          <Title order={1} fz="h2">
            Choose a new password
          </Title>
          <Text size="sm" c="dimmed">
            {me.user.email} signed in with a temporary password. Choose your own to continue.
          </Text>
          <ChangePasswordForm
            submitLabel="Save and continue"
            onDone={() => notifySuccess('Your password was changed.')}
          />
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}
          >
            Sign out instead
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
