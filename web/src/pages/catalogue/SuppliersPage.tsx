import { useState } from 'react';
import { Anchor, Button, EmptyState, Group, Switch, TextInput } from '@mantine/core';
import { IconPlus, IconSearch, IconTruckDelivery } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useSuppliers } from '../../api/catalog';
import type { Supplier } from '../../api/types';
import { SupplierFormModal } from '../../components/catalogue/SupplierFormModal';
import { DataTable } from '../../components/DataTable';
import { plural } from '../../components/format';
import { useDebouncedUrlText } from '../../components/kit';
import { ListState } from '../../components/ListState';
import { PageHeader } from '../../components/PageHeader';
import { ListExport } from '../../components/ExportLinks';
import { useSession } from '../../components/session-context';
import { CATALOGUE_NAV, SubNav } from '../../components/SubNav';
import { useUrlFilters } from '../../components/useUrlFilters';
import { ArchivedBadge } from './ManufacturersPage';

const FILTERS = ['q', 'archived'] as const;

export function leadTime(days: number | null): string | null {
  return days === null ? null : plural(days, 'day', 'days');
}

export function SuppliersPage() {
  const { can } = useSession();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [text, setText] = useDebouncedUrlText(filters.q, (q) => setFilters({ q }));
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const includeArchived = filters.archived === '1';
  const list = useSuppliers({ q: filters.q, includeArchived }, 50);
  const link = (s: Supplier) => (
    <Anchor component={Link} to={`/catalogue/suppliers/${s.id}`} fw={500} size="sm">
      {s.name}
    </Anchor>
  );

  return (
    <>
      <PageHeader
        title="Suppliers"
        description="Who you buy from: contacts, your account numbers and how long deliveries take."
        actions={
          <>
            <ListExport
              list="suppliers"
              query={{ q: filters.q, includeArchived: includeArchived ? 'true' : undefined, sort: 'name' }}
            />
            {can('inventory.manage') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New supplier
              </Button>
            )}
          </>
        }
      />
      <SubNav label="Catalogue" items={CATALOGUE_NAV} />
      <Group mb="md" gap="lg" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name"
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
        loadingLabel="Loading suppliers"
        empty={
          <EmptyState
            icon={<IconTruckDelivery size={32} />}
            withIndicatorBackground
            title={filters.q ? 'No supplier matches' : 'No suppliers yet'}
            description={
              filters.q
                ? 'Try another name.'
                : 'Add the resellers and distributors you buy from, with your account numbers.'
            }
            mt="xl"
          />
        }
      >
        {(items) => (
          <DataTable
            rows={items}
            rowKey={(s) => s.id}
            label="Suppliers"
            phoneTitle={link}
            phoneBadge={(s) => <ArchivedBadge archivedAt={s.archivedAt} />}
            columns={[
              {
                key: 'name',
                header: 'Name',
                render: (s) => (
                  <Group gap="xs">
                    {link(s)}
                    <ArchivedBadge archivedAt={s.archivedAt} />
                  </Group>
                ),
                hideOnPhone: true,
              },
              { key: 'contact', header: 'Contact', render: (s) => s.contactName },
              { key: 'email', header: 'E-mail', render: (s) => s.email },
              { key: 'phone', header: 'Phone', render: (s) => s.phone, nowrap: true },
              { key: 'account', header: 'Account number', render: (s) => s.accountNumber },
              { key: 'lead', header: 'Lead time', render: (s) => leadTime(s.defaultLeadTimeDays), nowrap: true },
            ]}
          />
        )}
      </ListState>
      {creating && (
        <SupplierFormModal
          onClose={() => setCreating(false)}
          onSaved={(s) => void navigate(`/catalogue/suppliers/${s.id}`)}
        />
      )}
    </>
  );
}
