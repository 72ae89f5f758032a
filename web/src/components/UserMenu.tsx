import { useState } from 'react';
import { Avatar, Button, Group, Menu, Modal, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLock, IconLogout } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../api/session';
import { notifyError } from './notify';
import { useSession } from './session-context';
import { pendingFor } from './station/scan-store';
import { plural } from './format';

export function UserMenu() {
  const { me } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();

  // Scans the station keeps for this user and has not sent yet: signing out keeps them in this
  // browser (sent at the next sign-in), which the user confirms rather than finds out later.
  const [pending, setPending] = useState(0);

  const askSignOut = () => {
    pendingFor(me.user.id)
      .then((count) => (count > 0 ? setPending(count) : signOut()))
      .catch(() => signOut());
  };

  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: (_data, error) => {
        if (error) notifyError('Sign-out did not reach the server', error);
        void navigate('/login', { replace: true });
      },
    });

  return (
    <>
      <Modal opened={pending > 0} onClose={() => setPending(0)} title="Scans not sent yet">
        <Text>
          The scanning station keeps {plural(pending, 'scan', 'scans')} of yours not yet sent (or a batch not
          committed). They stay in this browser and are sent when you sign in here again; nobody else can send them.
        </Text>
        {!navigator.onLine && (
          <Text mt="sm" data-testid="offline-sign-out">
            There is no connection: you are signed out of this browser now, and the server is told as soon as it can be
            reached.
          </Text>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setPending(0)}>
            Stay signed in
          </Button>
          <Button
            color="red"
            onClick={() => {
              setPending(0);
              signOut();
            }}
          >
            Sign out and keep them
          </Button>
        </Group>
      </Modal>
      <Menu position="bottom-end" width={240}>
        <Menu.Target>
          {/* The avatar is an icon, not initials: visible text must be part of the button's label. */}
          <UnstyledButton aria-label={`Account menu for ${me.user.name}`}>
            <Group gap={6} wrap="nowrap">
              <Avatar size={32} radius="xl" color="indigo" aria-hidden />
              <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
                {me.user.name}
              </Text>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="xs" truncate>
              Signed in as {me.user.email}
            </Text>
          </Menu.Label>
          <Menu.Item component={Link} to="/account/password" leftSection={<IconLock size={16} />}>
            Change password
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={askSignOut}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
