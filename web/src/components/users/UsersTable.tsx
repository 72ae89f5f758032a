import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useRoleLabel } from '../../api/roles';
import type { User } from '../../api/types';
import { UserStatusBadge } from '../Badges';
import { formatDateTime } from '../format';

export function UsersTable({ users }: { users: User[] }) {
  const roleLabel = useRoleLabel();
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
                <Anchor component={Link} to={`/users/${user.id}`} fw={500}>
                  {user.email}
                </Anchor>
              </Table.Td>
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>
                {user.grants.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    None
                  </Text>
                ) : (
                  <Group gap={4}>
                    {user.grants.map((g) => (
                      <Badge key={`${g.role}:${g.locationId ?? 'org'}`} variant="light" size="sm">
                        {roleLabel(g.role)}
                        {g.locationId ? ' (location)' : ''}
                      </Badge>
                    ))}
                  </Group>
                )}
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
