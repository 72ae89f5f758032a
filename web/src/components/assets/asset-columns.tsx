import { Text } from '@mantine/core';
import type { Asset, CustomField } from '../../api/types';
import type { Column } from '../DataTable';
import { formatDate, formatDay, formatMoney } from '../format';
import { StatusBadge } from '../StatusBadge';
import { AssetLink, AssigneeText } from './AssetMiniList';
import { customValueText } from './custom-values';

/** Every column the asset list can show; `sortKey` where the API sorts by it. */
export const ASSET_COLUMNS: (Column<Asset> & { chooserLabel?: string })[] = [
  {
    key: 'tag',
    header: 'Tag',
    render: (a) => <AssetLink asset={a} />,
    sortKey: 'tag',
    nowrap: true,
    hideOnPhone: true,
  },
  { key: 'name', header: 'Name', render: (a) => a.name },
  { key: 'model', header: 'Model', render: (a) => a.model.name },
  { key: 'category', header: 'Category', render: (a) => a.category.name },
  { key: 'manufacturer', header: 'Manufacturer', render: (a) => a.manufacturer?.name },
  {
    key: 'serial',
    header: 'Serial',
    render: (a) =>
      a.serial && (
        <Text size="sm" ff="monospace">
          {a.serial}
        </Text>
      ),
  },
  {
    key: 'status',
    header: 'Status',
    render: (a) => <StatusBadge status={a.status} />,
    sortKey: 'status',
    hideOnPhone: true,
  },
  { key: 'location', header: 'Location', render: (a) => a.location && `${a.location.name}` },
  { key: 'assignee', header: 'Assigned to', render: (a) => a.assignee && <AssigneeText asset={a} /> },
  { key: 'requestReference', header: 'Request', render: (a) => a.requestReference },
  {
    key: 'expectedReturnDate',
    header: 'Return by',
    render: (a) => a.expectedReturnDate && formatDay(a.expectedReturnDate),
    nowrap: true,
  },
  { key: 'supplier', header: 'Supplier', render: (a) => a.supplier?.name },
  { key: 'orderReference', header: 'Order', render: (a) => a.orderReference },
  {
    key: 'purchaseDate',
    header: 'Purchased',
    render: (a) => a.purchaseDate && formatDay(a.purchaseDate),
    sortKey: 'purchaseDate',
    nowrap: true,
  },
  {
    key: 'purchaseCost',
    header: 'Cost',
    render: (a) => a.purchaseCost && formatMoney(a.purchaseCost, a.currency),
    nowrap: true,
  },
  {
    key: 'warrantyEnd',
    header: 'Warranty ends',
    render: (a) => a.warrantyEnd && formatDay(a.warrantyEnd),
    sortKey: 'warrantyEnd',
    nowrap: true,
  },
  { key: 'costCentre', header: 'Cost centre', render: (a) => a.costCentre, nowrap: true },
  { key: 'createdAt', header: 'Created', render: (a) => formatDate(a.createdAt), sortKey: 'createdAt', nowrap: true },
  { key: 'updatedAt', header: 'Updated', render: (a) => formatDate(a.updatedAt), sortKey: 'updatedAt', nowrap: true },
];

/** Columns for the custom fields of the category the list is filtered on: "cf.ram_gb". */
export function customFieldColumns(fields: CustomField[]): Column<Asset>[] {
  return fields.map((f) => ({
    key: `cf.${f.key}`,
    header: f.label,
    render: (a: Asset) => customValueText(f, a.customFields[f.key]),
  }));
}
