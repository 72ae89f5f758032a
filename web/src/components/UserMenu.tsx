import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLock, IconLogout } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../api/session';
import { notifyError } from './notify';
import { useSession } from './session-context';

export function UserMenu() {
  const { me } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();

  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: (_data, error) => {
        if (error) notifyError('Sign-out did not reach the server', error);
        void navigate('/login', { replace: true });
      },
    });

  return (
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
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
