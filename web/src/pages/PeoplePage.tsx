import { useState } from 'react';
import { Anchor, Badge, Button, EmptyState, Group, Select, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { PERSON_STATUSES, usePeople, usePeopleCount, type PeopleSort } from '../api/people';
import type { Person, PersonStatus } from '../api/types';
import { DataTable } from '../components/DataTable';
import { FilterBar } from '../components/FilterBar';
import { formatCount, formatDay } from '../components/format';
import { useDebouncedUrlText } from '../components/kit';
import { ListState } from '../components/ListState';
import { PageHeader } from '../components/PageHeader';
import { ListExport } from '../components/ExportLinks';
import { PersonFormModal } from '../components/people/PersonFormModal';
import { PersonStatusBadge } from '../components/people/PersonStatusBadge';
import { LocationPicker } from '../components/pickers/LocationPicker';
import { DepartmentPicker } from '../components/pickers/pickers';
import { useSession } from '../components/session-context';
import { PEOPLE_NAV, SubNav } from '../components/SubNav';
import { useUrlFilters } from '../components/useUrlFilters';

const FILTERS = ['q', 'departmentId', 'locationId', 'status', 'remote', 'sort'] as const;
const SORTS: PeopleSort[] = ['name', '-name', 'employeeNumber', '-employeeNumber', 'startDate', '-startDate'];

export function PersonLink({ person }: { person: Pick<Person, 'id' | 'name'> }) {
  return (
    <Anchor component={Link} to={`/people/${person.id}`} fw={500} size="sm">
      {person.name}
    </Anchor>
  );
}

export function PeoplePage() {
  const { can } = useSession();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [text, setText] = useDebouncedUrlText(filters.q, (q) => setFilters({ q }));
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const status = PERSON_STATUSES.some((s) => s.value === filters.status) ? (filters.status as PersonStatus) : undefined;
  const remote = filters.remote === 'yes' ? true : filters.remote === 'no' ? false : undefined;
  const sort = SORTS.find((s) => s === filters.sort) ?? 'name';
  const listFilters = {
    q: filters.q,
    departmentId: filters.departmentId,
    locationId: filters.locationId,
    status,
    remote,
  };
  const people = usePeople(listFilters, 50, true, sort);
  const total = usePeopleCount(listFilters);
  const filtered = Object.entries(filters).some(([key, value]) => key !== 'sort' && Boolean(value));

  return (
    <>
      <PageHeader
        title="People"
        description="Employees and contractors who hold equipment. Not everyone here signs in."
        actions={
          <>
            <ListExport
              list="people"
              query={{ ...listFilters, remote: remote === undefined ? undefined : String(remote), sort }}
            />
            {can('inventory.manage') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New person
              </Button>
            )}
          </>
        }
      />
      <SubNav label="People and departments" items={PEOPLE_NAV} />
      <FilterBar
        active={[filters.departmentId, filters.locationId, status, filters.remote].filter(Boolean).length}
        search={
          <TextInput
            label="Search"
            placeholder="Name, e-mail or employee number"
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            w={{ base: '100%', xs: 280 }}
          />
        }
      >
        <DepartmentPicker
          value={filters.departmentId}
          onChange={(departmentId) => setFilters({ departmentId })}
          w={{ base: '100%', xs: 200 }}
        />
        <LocationPicker
          value={filters.locationId}
          onChange={(locationId) => setFilters({ locationId })}
          placeholder="Anywhere"
          description={undefined}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label="Status"
          placeholder="Any status"
          data={PERSON_STATUSES}
          value={status ?? null}
          onChange={(v) => setFilters({ status: v })}
          clearable
          w={{ base: '100%', xs: 150 }}
        />
        <Select
          label="Remote"
          placeholder="Either"
          data={[
            { value: 'yes', label: 'Remote' },
            { value: 'no', label: 'On site' },
          ]}
          value={filters.remote ?? null}
          onChange={(v) => setFilters({ remote: v })}
          clearable
          w={{ base: '100%', xs: 130 }}
        />
      </FilterBar>
      <ListState
        query={people}
        loadingLabel="Loading people"
        empty={
          <EmptyState
            icon={<IconUsersGroup size={32} />}
            withIndicatorBackground
            title={filtered ? 'Nobody matches these filters' : 'No people yet'}
            description={
              filtered
                ? 'Clear a filter or try another search.'
                : 'Add the people who receive equipment, or load the demo with `npx qm seed --demo`. An HR feed will fill this list later.'
            }
            mt="xl"
          />
        }
      >
        {(items) => (
          <>
            <Text size="sm" c="dimmed" mb={4} aria-live="polite">
              {total.data
                ? `${total.data.exact ? '' : 'More than '}${formatCount(total.data.count)} ${total.data.count === 1 && total.data.exact ? 'person' : 'people'} · `
                : ''}
              {formatCount(items.length)} shown{people.hasNextPage ? ', more below' : ''}
            </Text>
            <DataTable
              rows={items}
              rowKey={(p) => p.id}
              label="People"
              sort={{ value: sort, onChange: (value) => setFilters({ sort: value === 'name' ? undefined : value }) }}
              phoneTitle={(p) => <PersonLink person={p} />}
              phoneBadge={(p) => <PersonStatusBadge status={p.status} />}
              minWidth={960}
              columns={[
                {
                  key: 'name',
                  header: 'Name',
                  render: (p) => <PersonLink person={p} />,
                  hideOnPhone: true,
                  sortKey: 'name',
                },
                {
                  key: 'number',
                  header: 'Employee no.',
                  render: (p) => p.employeeNumber,
                  nowrap: true,
                  sortKey: 'employeeNumber',
                },
                { key: 'title', header: 'Job title', render: (p) => p.jobTitle },
                { key: 'department', header: 'Department', render: (p) => p.department?.name },
                {
                  key: 'location',
                  header: 'Location',
                  render: (p) => (
                    <Group gap={4}>
                      {p.location?.name ?? null}
                      {p.remote && (
                        <Badge size="xs" variant="light" color="teal">
                          Remote
                        </Badge>
                      )}
                    </Group>
                  ),
                },
                {
                  key: 'status',
                  header: 'Status',
                  render: (p) => <PersonStatusBadge status={p.status} />,
                  hideOnPhone: true,
                },
                {
                  key: 'start',
                  header: 'Started',
                  render: (p) => (p.startDate ? formatDay(p.startDate) : null),
                  nowrap: true,
                  sortKey: 'startDate',
                },
              ]}
            />
          </>
        )}
      </ListState>
      {creating && (
        <PersonFormModal onClose={() => setCreating(false)} onSaved={(p) => void navigate(`/people/${p.id}`)} />
      )}
    </>
  );
}
