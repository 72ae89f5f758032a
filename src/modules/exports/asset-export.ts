/**
 * The asset list as a table: the same filters, sort and scope as `GET /assets`, every matching
 * asset. The columns are the import's own field names (with the custom fields of the assets, by
 * key), so an export imports back as it is: the same assets, nothing to change.
 */
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { assets } from '../../platform/db/schema-all.js';
import type { Sort } from '../../platform/http/pagination.js';
import { scopeCondition } from '../locations/location-scope.js';
import {
  assetCursor,
  listAssets,
  type AssetDetailRow,
  type AssetListFilter,
  type AssetSortField,
} from '../assets/assets-repository.js';
import { STATUS_LABELS } from '../../domain/asset-lifecycle.js';
import { importHeader } from './import-headers.js';
import { keysetPages, type Column, type ExportTable } from './tabular-export.js';

const column = (key: string, value: Column<AssetDetailRow>['value'], money = false): Column<AssetDetailRow> => ({
  header: importHeader('assets', key),
  value,
  ...(money ? { money } : {}),
});

const COLUMNS: Column<AssetDetailRow>[] = [
  column('tag', (r) => r.asset.tag),
  column('serial', (r) => r.asset.serial),
  column('name', (r) => r.asset.name),
  column('modelName', (r) => r.modelName),
  column('manufacturer', (r) => r.manufacturerName),
  column('category', (r) => r.categoryName),
  column('status', (r) => STATUS_LABELS[r.asset.status]),
  column('locationCode', (r) => r.locationCode),
  column('supplier', (r) => r.supplierName),
  column('orderReference', (r) => r.asset.orderReference),
  column('purchaseDate', (r) => r.asset.purchaseDate),
  column('purchaseCost', (r) => r.asset.purchaseCost, true),
  column('currency', (r) => r.asset.currency),
  column('warrantyEnd', (r) => r.asset.warrantyEnd),
  column('notes', (r) => r.asset.notes),
  column('checkoutType', (r) =>
    r.asset.assignedPersonId
      ? 'user'
      : r.asset.assignedLocationId
        ? 'location'
        : r.asset.assignedAssetId
          ? 'asset'
          : null,
  ),
  column('assigneeName', (r) => r.personName),
  column('assigneeLocation', (r) => r.assignedLocationName),
  column('assigneeAssetTag', (r) => r.parentAssetTag),
];

export type AssetExportFilter = Omit<AssetListFilter, 'cursor' | 'limit' | 'scope'>;

/** The built-in columns, then one per custom field key found on the first page (sorted). */
function columnsFor(first: readonly AssetDetailRow[]): Column<AssetDetailRow>[] {
  const keys = new Set<string>();
  for (const r of first) for (const k of Object.keys(r.asset.customFields ?? {})) keys.add(k);
  const custom = [...keys].sort().map((key): Column<AssetDetailRow> => ({
    header: key,
    value: (r) => {
      const v = (r.asset.customFields ?? {})[key];
      return v === undefined || v === null ? null : String(v);
    },
  }));
  return [...COLUMNS, ...custom];
}

export function assetTable(s: Services, ctx: ActionContext, filter: AssetExportFilter): ExportTable<AssetDetailRow> {
  const sort: Sort = filter.sort;
  const scope = scopeCondition(ctx, 'inventory.read', assets.locationId);
  return {
    name: 'assets',
    sheet: 'Assets',
    columns: columnsFor,
    pages: keysetPages(
      (cursor, limit) => listAssets(s.db, { ...filter, scope, sort, cursor, limit }),
      (r) => assetCursor(r.asset, sort.field as AssetSortField),
    ),
  };
}
