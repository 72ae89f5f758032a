import type { ReactNode } from 'react';
import { Checkbox, Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { CardList, CardListItem, Field } from './CardList';
import { useIsPhone } from './useIsPhone';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The API can sort by this column under this name. */
  sortKey?: string;
  nowrap?: boolean;
  /** Left out of the phone card (already its title or badge). */
  hideOnPhone?: boolean;
}

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  /** Select every listed row, or none when all are selected. */
  toggleAll: () => void;
}

export interface SortState {
  /** "tag" or "-tag". */
  value: string;
  onChange: (value: string) => void;
}

function SortHeader<T>({ column, sort }: { column: Column<T>; sort: SortState }) {
  const field = sort.value.replace(/^-/, '');
  const active = field === column.sortKey;
  const descending = sort.value.startsWith('-');
  const Icon = !active ? IconArrowsSort : descending ? IconArrowDown : IconArrowUp;
  return (
    <UnstyledButton
      onClick={() => sort.onChange(active && !descending ? `-${column.sortKey}` : column.sortKey!)}
      fw={700}
      fz="sm"
      aria-label={`Sort by ${column.header}${active ? (descending ? ', now descending' : ', now ascending') : ''}`}
    >
      <Group gap={4} wrap="nowrap">
        {column.header}
        <Icon size={14} aria-hidden style={{ opacity: active ? 1 : 0.5 }} />
      </Group>
    </UnstyledButton>
  );
}

/**
 * The dense table of every list page, with optional row selection and server-side sorting on the
 * columns the API sorts by; on phones each row becomes a card.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  rowLabel,
  label,
  phoneTitle,
  phoneBadge,
  selection,
  sort,
  minWidth = 760,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** Names the row for its checkbox ("Select QM-000123"). */
  rowLabel?: (row: T) => string;
  label: string;
  phoneTitle: (row: T) => ReactNode;
  phoneBadge?: (row: T) => ReactNode;
  selection?: Selection;
  sort?: SortState;
  minWidth?: number;
}) {
  const isPhone = useIsPhone();
  const allSelected =
    selection !== undefined && rows.length > 0 && rows.every((r) => selection.selected.has(rowKey(r)));
  const someSelected = selection !== undefined && rows.some((r) => selection.selected.has(rowKey(r)));

  if (isPhone) {
    return (
      <CardList label={label}>
        {rows.map((row) => (
          <CardListItem
            key={rowKey(row)}
            title={
              selection ? (
                <Group gap="xs" wrap="nowrap">
                  <Checkbox
                    aria-label={`Select ${rowLabel?.(row) ?? rowKey(row)}`}
                    checked={selection.selected.has(rowKey(row))}
                    onChange={() => selection.toggle(rowKey(row))}
                  />
                  {phoneTitle(row)}
                </Group>
              ) : (
                phoneTitle(row)
              )
            }
            badge={phoneBadge?.(row)}
          >
            {columns
              .filter((c) => !c.hideOnPhone)
              .map((c) => ({ column: c, value: c.render(row) }))
              // A card is short: empty fields are left out (the table shows a dash instead).
              .filter(({ value }) => value !== null && value !== undefined && value !== '' && value !== false)
              .map(({ column, value }) => (
                <Field key={column.key} label={column.header}>
                  {value}
                </Field>
              ))}
          </CardListItem>
        ))}
      </CardList>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="xs" fz="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select all listed"
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={selection.toggleAll}
                />
              </Table.Th>
            )}
            {columns.map((c) => {
              const active = sort && c.sortKey && sort.value.replace(/^-/, '') === c.sortKey;
              return (
                <Table.Th
                  key={c.key}
                  style={{ whiteSpace: 'nowrap' }}
                  aria-sort={active ? (sort.value.startsWith('-') ? 'descending' : 'ascending') : undefined}
                >
                  {sort && c.sortKey ? <SortHeader column={c} sort={sort} /> : c.header}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            return (
              <Table.Tr key={key} bg={selection?.selected.has(key) ? 'var(--mantine-primary-color-light)' : undefined}>
                {selection && (
                  <Table.Td>
                    <Checkbox
                      aria-label={`Select ${rowLabel?.(row) ?? key}`}
                      checked={selection.selected.has(key)}
                      onChange={() => selection.toggle(key)}
                    />
                  </Table.Td>
                )}
                {columns.map((c) => (
                  <Table.Td key={c.key} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                    {c.render(row) ?? '—'}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
