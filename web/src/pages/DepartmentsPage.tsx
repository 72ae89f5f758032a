import { useState, type FormEvent } from 'react';
import { Anchor, Button, EmptyState, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { IconBuildingCommunity, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { fieldErrors } from '../api/client';
import { useDepartments, useSaveDepartment } from '../api/people';
import type { Department } from '../api/types';
import { DataTable } from '../components/DataTable';
import { formatCount } from '../components/format';
import { SaveError, textOrNull, useDebouncedUrlText } from '../components/kit';
import { ListState } from '../components/ListState';
import { notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { ListExport } from '../components/ExportLinks';
import { PersonPicker } from '../components/pickers/pickers';
import { useSession } from '../components/session-context';
import { PEOPLE_NAV, SubNav } from '../components/SubNav';
import { useUrlFilters } from '../components/useUrlFilters';
import { ArchivedBadge } from './catalogue/ManufacturersPage';

const FILTERS = ['q', 'archived'] as const;
const FIELDS = ['name', 'code', 'costCentre', 'managerId'] as const;

export function DepartmentFormModal({
  department,
  onClose,
  onSaved,
}: {
  department?: Department;
  onClose: () => void;
  onSaved?: (saved: Department) => void;
}) {
  const [name, setName] = useState(department?.name ?? '');
  const [code, setCode] = useState(department?.code ?? '');
  const [costCentre, setCostCentre] = useState(department?.costCentre ?? '');
  const [managerId, setManagerId] = useState<string | null>(department?.managerId ?? null);
  const save = useSaveDepartment(department?.id);
  const errors = fieldErrors(save.error, FIELDS);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        name: name.trim(),
        code: textOrNull(code),
        costCentre: textOrNull(costCentre),
        managerId,
        ...(department ? { version: department.version } : {}),
      },
      {
        onSuccess: (saved) => {
          notifySuccess(`Department ${saved.name} ${department ? 'saved' : 'created'}.`);
          onSaved?.(saved);
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={department ? `Edit ${department.name}` : 'New department'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SaveError error={save.error} what="this department" hide={Object.keys(errors).length > 0} />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <Group grow align="flex-start">
            <TextInput label="Code" value={code} onChange={(e) => setCode(e.currentTarget.value)} error={errors.code} />
            <TextInput
              label="Cost centre"
              value={costCentre}
              onChange={(e) => setCostCentre(e.currentTarget.value)}
              error={errors.costCentre}
            />
          </Group>
          <PersonPicker label="Head of department" value={managerId} onChange={setManagerId} error={errors.managerId} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
              {department ? 'Save department' : 'Create department'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function DepartmentsPage() {
  const { can } = useSession();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [text, setText] = useDebouncedUrlText(filters.q, (q) => setFilters({ q }));
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const includeArchived = filters.archived === '1';
  const list = useDepartments({ q: filters.q, includeArchived }, 50);
  const link = (d: Department) => (
    <Anchor component={Link} to={`/departments/${d.id}`} fw={500} size="sm">
      {d.name}
    </Anchor>
  );
  return (
    <>
      <PageHeader
        title="Departments"
        description="Where people work, with the cost centre their equipment is charged to."
        actions={
          <>
            <ListExport
              list="departments"
              query={{ q: filters.q, includeArchived: includeArchived ? 'true' : undefined }}
            />
            {can('inventory.manage') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New department
              </Button>
            )}
          </>
        }
      />
      <SubNav label="People and departments" items={PEOPLE_NAV} />
      <Group mb="md" gap="lg" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name or code"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
          maw={360}
        />
        <Switch
          label="Show archived"
          checked={includeArchived}
          onChange={(e) => setFilters({ archived: e.currentTarget.checked ? '1' : null })}
          mb={8}
        />
      </Group>
      <ListState
        query={list}
        loadingLabel="Loading departments"
        empty={
          <EmptyState
            icon={<IconBuildingCommunity size={32} />}
            withIndicatorBackground
            title={filters.q ? 'No department matches' : 'No departments yet'}
            description={filters.q ? 'Try another name or code.' : 'Create departments, then put people in them.'}
            mt="xl"
          />
        }
      >
        {(items) => (
          <DataTable
            rows={items}
            rowKey={(d) => d.id}
            label="Departments"
            phoneTitle={link}
            phoneBadge={(d) => <ArchivedBadge archivedAt={d.archivedAt} />}
            minWidth={620}
            columns={[
              {
                key: 'name',
                header: 'Name',
                render: (d) => (
                  <Group gap="xs">
                    {link(d)}
                    <ArchivedBadge archivedAt={d.archivedAt} />
                  </Group>
                ),
                hideOnPhone: true,
              },
              { key: 'code', header: 'Code', render: (d) => d.code },
              { key: 'cc', header: 'Cost centre', render: (d) => d.costCentre },
              {
                key: 'manager',
                header: 'Head',
                render: (d) =>
                  d.manager && (
                    <Anchor component={Link} to={`/people/${d.manager.id}`} size="sm">
                      {d.manager.name}
                    </Anchor>
                  ),
              },
              { key: 'people', header: 'People', render: (d) => formatCount(d.peopleCount) },
            ]}
          />
        )}
      </ListState>
      {creating && (
        <DepartmentFormModal
          onClose={() => setCreating(false)}
          onSaved={(d) => void navigate(`/departments/${d.id}`)}
        />
      )}
    </>
  );
}
