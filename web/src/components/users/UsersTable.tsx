import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useRoleLabel } from '../../api/roles';
import type { User } from '../../api/types';
import { UserStatusBadge } from '../Badges';
import { CardList, CardListItem, Field } from '../CardList';
import { formatDateTime } from '../format';
import { useIsPhone } from '../useIsPhone';

function Roles({ user }: { user: User }) {
  const roleLabel = useRoleLabel();
  if (user.grants.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {user.grants.map((g) => (
        <Badge key={`${g.role}:${g.locationId ?? 'org'}`} variant="light" size="sm">
          {roleLabel(g.role)}
          {g.locationId ? ' (location)' : ''}
        </Badge>
      ))}
    </Group>
  );
}

function UserLink({ user }: { user: User }) {
  return (
    <Anchor component={Link} to={`/users/${user.id}`} fw={500}>
      {user.email}
    </Anchor>
  );
}

export function UsersTable({ users }: { users: User[] }) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <CardList label="Users">
        {users.map((user) => (
          <CardListItem key={user.id} title={<UserLink user={user} />} badge={<UserStatusBadge status={user.status} />}>
            <Field label="Name">{user.name}</Field>
            <Field label="Roles">
              <Roles user={user} />
            </Field>
            <Field label="Last sign-in">{formatDateTime(user.lastLoginAt)}</Field>
          </CardListItem>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>E-mail</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Roles</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Last sign-in</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <UserLink user={user} />
              </Table.Td>
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>
                <Roles user={user} />
              </Table.Td>
              <Table.Td>
                <UserStatusBadge status={user.status} />
              </Table.Td>
              <Table.Td>{formatDateTime(user.lastLoginAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
