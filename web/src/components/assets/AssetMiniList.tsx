import type { ReactNode } from 'react';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Asset } from '../../api/types';
import { CardList, CardListItem, Field } from '../CardList';
import { StatusBadge } from '../StatusBadge';
import { useIsPhone } from '../useIsPhone';

export function AssetLink({ asset }: { asset: Pick<Asset, 'id' | 'tag'> }) {
  return (
    <Anchor component={Link} to={`/assets/${asset.id}`} fw={500} ff="monospace" size="sm">
      {asset.tag}
    </Anchor>
  );
}

export function AssigneeText({ asset }: { asset: Pick<Asset, 'assignee'> }): ReactNode {
  const a = asset.assignee;
  if (!a) return null;
  if (a.type === 'person')
    return (
      <Anchor component={Link} to={`/people/${a.id}`} size="sm">
        {a.label}
      </Anchor>
    );
  if (a.type === 'location')
    return (
      <Anchor component={Link} to={`/locations/${a.id}`} size="sm">
        {a.label}
      </Anchor>
    );
  return (
    <Anchor component={Link} to={`/assets/${a.id}`} size="sm" ff="monospace">
      {a.label}
    </Anchor>
  );
}

/** A short list of assets (on a location's or a person's page): tag, model, status, where and who. */
type MiniColumn = 'model' | 'serial' | 'location' | 'assignee';

export function AssetMiniList({
  assets,
  label,
  hide = [],
}: {
  assets: Asset[];
  label: string;
  /** Columns that would repeat the page's subject (the model on a model's page, ...). */
  hide?: MiniColumn[];
}) {
  const show = (column: MiniColumn) => !hide.includes(column);
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <CardList label={label}>
        {assets.map((asset) => (
          <CardListItem
            key={asset.id}
            title={<AssetLink asset={asset} />}
            badge={<StatusBadge status={asset.status} />}
          >
            {show('model') && <Field label="Model">{asset.model.name}</Field>}
            {asset.serial && <Field label="Serial">{asset.serial}</Field>}
            {show('location') && <Field label="Location">{asset.location?.name ?? '—'}</Field>}
            {show('assignee') && asset.assignee && (
              <Field label="Assigned to">
                <AssigneeText asset={asset} />
              </Field>
            )}
          </CardListItem>
        ))}
      </CardList>
    );
  }
  return (
    <Table.ScrollContainer
      minWidth={340 + (show('model') ? 180 : 0) + (show('location') ? 140 : 0) + (show('assignee') ? 140 : 0)}
    >
      <Table striped verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tag</Table.Th>
            {show('model') && <Table.Th>Model</Table.Th>}
            <Table.Th>Serial</Table.Th>
            <Table.Th>Status</Table.Th>
            {show('location') && <Table.Th>Location</Table.Th>}
            {show('assignee') && <Table.Th>Assigned to</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assets.map((asset) => (
            <Table.Tr key={asset.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AssetLink asset={asset} />
              </Table.Td>
              {show('model') && <Table.Td>{asset.model.name}</Table.Td>}
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {asset.serial ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={asset.status} />
              </Table.Td>
              {show('location') && <Table.Td>{asset.location?.name ?? '—'}</Table.Td>}
              {show('assignee') && (
                <Table.Td>
                  <AssigneeText asset={asset} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
