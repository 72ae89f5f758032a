import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { isApiError } from '../../api/client';
import type { User } from '../../api/types';
import { useResetPassword, useUpdateUser } from '../../api/users';
import { UserStatusBadge } from '../Badges';
import { notifyError, notifySuccess } from '../notify';
import { OneTimeSecret } from '../OneTimeSecret';

/** Deactivate / reactivate, and password reset (its temporary password shown once). */
export function AccountCard({ user, onReload }: { user: User; onReload: () => void }) {
  const update = useUpdateUser(user.id);
  const reset = useResetPassword(user.id);
  const [temporary, setTemporary] = useState<string | null>(null);
  const active = user.status === 'active';

  const onError = (what: string) => (error: unknown) => {
    notifyError(what, error);
    if (isApiError(error, 'version_conflict')) onReload();
  };

  const toggleStatus = () =>
    modals.openConfirmModal({
      title: active ? `Deactivate ${user.email}?` : `Reactivate ${user.email}?`,
      children: (
        <Text size="sm">
          {active
            ? 'They are signed out everywhere at once and their API tokens stop working. You can reactivate them later.'
            : 'They can sign in again with their password, and their unexpired tokens work again.'}
        </Text>
      ),
      labels: { confirm: active ? 'Deactivate' : 'Reactivate', cancel: 'Cancel' },
      confirmProps: { color: active ? 'red' : undefined },
      onConfirm: () =>
        update.mutate(
          { version: user.version, status: active ? 'deactivated' : 'active' },
          {
            onSuccess: (saved) =>
              notifySuccess(`${saved.email} was ${saved.status === 'active' ? 'reactivated' : 'deactivated'}.`),
            onError: onError(`Could not change the status of ${user.email}`),
          },
        ),
    });

  const resetPassword = () =>
    modals.openConfirmModal({
      title: `Reset the password of ${user.email}?`,
      children: (
        <Text size="sm">
          They are signed out everywhere and must sign in with a temporary password, then choose their own.
        </Text>
      ),
      labels: { confirm: 'Reset password', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        reset.mutate(undefined, {
          onSuccess: ({ temporaryPassword }) => {
            notifySuccess(`The password of ${user.email} was reset.`);
            setTemporary(temporaryPassword);
          },
          onError: onError(`Could not reset the password of ${user.email}`),
        }),
    });

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="h4" mb="md">
        Account
      </Title>
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm">Status:</Text>
          <UserStatusBadge status={user.status} />
          {user.mustChangePassword && (
            <Text size="sm" c="dimmed">
              (must choose a new password at next sign-in)
            </Text>
          )}
        </Group>
        <Group>
          <Button variant="default" onClick={resetPassword} loading={reset.isPending}>
            Reset password
          </Button>
          <Button
            variant={active ? 'light' : 'filled'}
            color={active ? 'red' : undefined}
            onClick={toggleStatus}
            loading={update.isPending}
          >
            {active ? 'Deactivate' : 'Reactivate'}
          </Button>
        </Group>
      </Stack>
      <OneTimeSecret
        title={`Temporary password for ${user.email}`}
        secret={temporary}
        description="Give it to the user through a channel you trust; they must change it when they sign in."
        onClose={() => setTemporary(null)}
      />
    </Card>
  );
}
