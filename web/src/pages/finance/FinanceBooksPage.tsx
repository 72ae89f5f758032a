/**
 * Finance settings for administrators: the fiscal year, the depreciation books, each book's
 * profiles and which profile each category and model uses. Every change goes through the same API
 * (and so the same validation and audit) as integrations use.
 */
import { useState } from 'react';
import { Badge, Button, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import type { DepreciationBook } from '../../api/finance';
import {
  useAllBooks,
  useBookProfiles,
  useFinanceSettings,
  useUpdateFinanceSettings,
  type DepreciationProfile,
} from '../../api/finance-books';
import { BackLink, SaveError, SectionCard } from '../../components/kit';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { BookDefaults } from '../../components/finance/BookDefaults';
import { BookFormModal } from '../../components/finance/BookFormModal';
import { ProfileFormModal } from '../../components/finance/ProfileFormModal';
import { describeProfile } from '../../components/finance/finance-format';
import { currentParameters } from '../../components/finance/profile-form';
import { notifySuccess } from '../../components/notify';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: new Date(2000, i, 1).toLocaleString(undefined, { month: 'long' }),
}));

function FiscalYearCard() {
  const settings = useFinanceSettings();
  const update = useUpdateFinanceSettings();
  const [month, setMonth] = useState<string | null>(null);
  const current = settings.data ? String(settings.data.fiscalYearStartMonth) : null;
  const chosen = month ?? current;
  return (
    <SectionCard title="Fiscal year">
      <Group align="flex-end">
        <Select label="Starts in" data={MONTHS} value={chosen} onChange={setMonth} allowDeselect={false} w={200} />
        <Button
          variant="light"
          disabled={!chosen || chosen === current}
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { fiscalYearStartMonth: Number(chosen) },
              { onSuccess: () => notifySuccess('Fiscal year changed: every book is restated.') },
            )
          }
        >
          Change
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        Changing it restates every book's fiscal years (monthly figures do not change).
      </Text>
      <SaveError error={update.error} what="the settings" />
    </SectionCard>
  );
}

function ProfilesCard({ book }: { book: DepreciationBook }) {
  const profiles = useBookProfiles(book.id);
  const [editing, setEditing] = useState<DepreciationProfile | 'new' | null>(null);
  const items = profiles.data?.items ?? [];
  return (
    <>
      <SectionCard
        title={`Profiles in ${book.name}`}
        actions={
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
            New profile
          </Button>
        }
      >
        {profiles.isPending ? (
          <Loader size="sm" aria-label="Loading profiles" />
        ) : profiles.isError ? (
          <QueryError error={profiles.error} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No profile yet: create one (for example straight line over 36 months), then set it as the book's default or
            for a category.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table fz="sm" striped aria-label={`Profiles in ${book.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Parameters now</Table.Th>
                  <Table.Th>Changes</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      {p.name}{' '}
                      {p.id === book.fallbackProfileId && (
                        <Badge size="xs" variant="light">
                          book default
                        </Badge>
                      )}
                      {p.archivedAt && (
                        <Badge size="xs" color="gray">
                          archived
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{describeProfile({ ...p, ...currentParameters(p) })}</Table.Td>
                    <Table.Td>
                      {p.changes.length === 0 ? '—' : p.changes.map((c) => `from ${c.effective}`).join(', ')}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconPencil size={12} />}
                        onClick={() => setEditing(p)}
                        aria-label={`Edit ${p.name}`}
                      >
                        Edit
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionCard>
      <SectionCard title="Profiles per category and model">
        <BookDefaults bookId={book.id} profiles={items} />
      </SectionCard>
      {editing && (
        <ProfileFormModal
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          bookId={book.id}
          profile={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onReload={() => {
            void profiles.refetch();
            setEditing(null);
          }}
        />
      )}
    </>
  );
}

export function FinanceBooksPage() {
  const books = useAllBooks();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<DepreciationBook | 'new' | null>(null);
  const items = books.data?.items ?? [];
  const selected = items.find((b) => b.id === params.get('book')) ?? items.find((b) => b.isDefault) ?? items[0];
  return (
    <>
      <BackLink to="/finance">Finance</BackLink>
      <PageHeader
        title="Books and depreciation"
        description="The fiscal year, the books assets are depreciated in, their profiles and which profile each category and model uses"
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New book
          </Button>
        }
      />
      <Stack>
        <FiscalYearCard />
        <SectionCard title="Books">
          {books.isPending ? (
            <Loader size="sm" aria-label="Loading books" />
          ) : books.isError ? (
            <QueryError error={books.error} />
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table fz="sm" highlightOnHover aria-label="Books">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Code</Table.Th>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Description</Table.Th>
                    <Table.Th aria-label="Actions" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((b) => (
                    <Table.Tr
                      key={b.id}
                      bg={b.id === selected?.id ? 'var(--mantine-primary-color-light)' : undefined}
                      style={{ cursor: 'pointer' }}
                      onClick={() => setParams({ book: b.id }, { replace: true })}
                      aria-selected={b.id === selected?.id}
                    >
                      <Table.Td>{b.code}</Table.Td>
                      <Table.Td>
                        {b.name}{' '}
                        {b.isDefault && (
                          <Badge size="xs" variant="light">
                            default
                          </Badge>
                        )}
                        {b.archivedAt && (
                          <Badge size="xs" color="gray">
                            archived
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{b.description ?? ''}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconPencil size={12} />}
                          aria-label={`Edit ${b.name}`}
                          onClick={(e) => {
                            e.stopPropagation();
                            setEditing(b);
                          }}
                        >
                          Edit
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </SectionCard>
        {selected && <ProfilesCard key={selected.id} book={selected} />}
      </Stack>
      {editing && (
        <BookFormModal
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          book={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onReload={() => {
            void books.refetch();
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
