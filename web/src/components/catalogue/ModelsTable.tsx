import { Anchor, Badge, Group } from '@mantine/core';
import { Link } from 'react-router';
import type { Model } from '../../api/types';
import { DataTable } from '../DataTable';
import { formatCount, formatMoney } from '../format';

export function ModelLink({ model }: { model: Pick<Model, 'id' | 'name'> }) {
  return (
    <Anchor component={Link} to={`/catalogue/models/${model.id}`} fw={500} size="sm">
      {model.name}
    </Anchor>
  );
}

export function TrackingBadge({ tracking }: { tracking: Model['tracking'] }) {
  return (
    <Badge size="sm" variant="light" color={tracking === 'individual' ? 'indigo' : 'teal'}>
      {tracking === 'individual' ? 'Individual' : 'By quantity'}
    </Badge>
  );
}

export function ModelsTable({ models, compact = false }: { models: Model[]; compact?: boolean }) {
  const name = (m: Model) => (
    <Group gap="xs" wrap="nowrap">
      <ModelLink model={m} />
      {m.archivedAt && (
        <Badge size="xs" variant="outline" color="orange">
          Archived
        </Badge>
      )}
    </Group>
  );
  return (
    <DataTable
      rows={models}
      rowKey={(m) => m.id}
      label="Models"
      phoneTitle={name}
      phoneBadge={(m) => <TrackingBadge tracking={m.tracking} />}
      minWidth={compact ? 480 : 900}
      columns={[
        { key: 'name', header: 'Name', render: name, hideOnPhone: true },
        ...(compact
          ? []
          : [
              { key: 'manufacturer', header: 'Manufacturer', render: (m: Model) => m.manufacturerName },
              { key: 'category', header: 'Category', render: (m: Model) => m.categoryName },
            ]),
        { key: 'number', header: 'Model number', render: (m) => m.modelNumber },
        {
          key: 'tracking',
          header: 'Tracking',
          render: (m) => <TrackingBadge tracking={m.tracking} />,
          hideOnPhone: true,
        },
        ...(compact
          ? []
          : [
              {
                key: 'cost',
                header: 'Unit cost',
                render: (m: Model) => formatMoney(m.defaultUnitCost, m.currency),
                nowrap: true,
              },
              {
                key: 'min',
                header: 'Minimum stock',
                render: (m: Model) => (m.minStock === null ? null : formatCount(m.minStock)),
              },
            ]),
      ]}
    />
  );
}
