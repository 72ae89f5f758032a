import { useEffect, useState } from 'react';
import { EmptyState, Group, Loader, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsers } from '@tabler/icons-react';
import { useUsers, type UserFilters } from '../api/users';
import { LoadMore } from '../components/LoadMore';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { CreateUserButton } from '../components/users/CreateUserButton';
import { UsersTable } from '../components/users/UsersTable';
import { useUrlFilters } from '../components/useUrlFilters';

const FILTERS = ['q', 'status'] as const;
const STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'deactivated', label: 'Deactivated' },
];

export function UsersPage() {
  const [filters, setFilters] = useUrlFilters(FILTERS);
  // The box updates at every key; the URL (and the query) once typing pauses.
  const [search, setSearch] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    if ((filters.q ?? '') !== debounced.trim()) setFilters({ q: debounced.trim() });
  }, [debounced, filters.q, setFilters]);

  const status = filters.status === 'active' || filters.status === 'deactivated' ? filters.status : undefined;
  const query: UserFilters = { q: filters.q, status };
  const users = useUsers(query);
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.q || status);

  return (
    <>
      <PageHeader
        title="Users"
        description="People who sign in to Quartermaster, and what their roles let them do."
        actions={<CreateUserButton />}
      />
      <Group mb="md" gap="sm" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name or e-mail"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
          maw={360}
        />
        <Select
          label="Status"
          placeholder="Any status"
          data={STATUSES}
          value={status ?? null}
          onChange={(value) => setFilters({ status: value })}
          clearable
          w={180}
        />
      </Group>
      {users.isPending ? (
        <Loader aria-label="Loading users" />
      ) : users.error ? (
        <QueryError error={users.error} retry={users.refetch} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={32} />}
          withIndicatorBackground
          title={filtered ? 'No user matches these filters' : 'No users yet'}
          description={
            filtered
              ? 'Try another search, or clear the status filter.'
              : 'Invite the people who will work in Quartermaster and give them a role.'
          }
          mt="xl"
        />
      ) : (
        <>
          <UsersTable users={items} />
          <LoadMore {...users} />
        </>
      )}
    </>
  );
}
