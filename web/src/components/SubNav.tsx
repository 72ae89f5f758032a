import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';

/** Sections of one area (the catalogue, people): links that look like tabs, the current one marked. */
export function SubNav({ label, items }: { label: string; items: { to: string; label: string }[] }) {
  const { pathname } = useLocation();
  return (
    <Group
      component="nav"
      aria-label={label}
      gap={4}
      mb="lg"
      pb={4}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)', overflowX: 'auto', flexWrap: 'nowrap' }}
    >
      {items.map((item) => {
        const current = pathname === item.to || pathname.startsWith(`${item.to}/`);
        return (
          <Button
            key={item.to}
            component={Link}
            to={item.to}
            variant={current ? 'light' : 'subtle'}
            color={current ? undefined : 'gray'}
            aria-current={current ? 'page' : undefined}
            size="sm"
            style={{ flexShrink: 0 }}
          >
            {item.label}
          </Button>
        );
      })}
    </Group>
  );
}

export const CATALOGUE_NAV = [
  { to: '/catalogue/models', label: 'Models' },
  { to: '/catalogue/categories', label: 'Categories' },
  { to: '/catalogue/manufacturers', label: 'Manufacturers' },
  { to: '/catalogue/suppliers', label: 'Suppliers' },
];

export const PEOPLE_NAV = [
  { to: '/people', label: 'People' },
  { to: '/departments', label: 'Departments' },
];
