import { AppShell, Burger, Group, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBox } from '@tabler/icons-react';
import { Link, Outlet, useLocation } from 'react-router';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { NAV_ITEMS } from './navigation';
import { Omnibox } from './Omnibox';
import { useSession } from './session-context';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { can } = useSession();
  const { pathname } = useLocation();
  const items = NAV_ITEMS.filter((item) => !item.permission || can(item.permission));
  const under = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  const isActive = (item: (typeof items)[number]) =>
    item.to === '/' ? pathname === '/' : under(item.to) || (item.also ?? []).some(under);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <UnstyledButton component={Link} to="/" onClick={close} aria-label="Quartermaster home">
              <Group gap={6} wrap="nowrap">
                <IconBox size={24} aria-hidden />
                <Text fw={700} size="lg" visibleFrom="md">
                  Quartermaster
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          {can('inventory.read') && <Omnibox onDone={close} />}
          <Group gap="xs" wrap="nowrap">
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Main navigation" component="nav">
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
            active={isActive(item)}
            aria-current={isActive(item) ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
