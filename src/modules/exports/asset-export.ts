/**
 * The asset list as a file: the same filters and scope as `GET /assets`, every matching asset,
 * read page by page (keyset, 1,000 at a time) and written as it is read, so a million assets never
 * sit in memory. The columns are the import's own field names (with the custom fields of the
 * assets, by key), so an export imports back as it is: the same assets, nothing to change.
 */
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { assets } from '../../platform/db/schema-all.js';
import { scopeCondition } from '../locations/location-scope.js';
import { assetCursor, listAssets, type AssetDetailRow, type AssetListFilter } from '../assets/assets-repository.js';
import { STATUS_LABELS } from '../../domain/asset-lifecycle.js';
import { csvField } from '../imports/problems-csv.js';

const PAGE = 1000;

type Cell = string | null;

const COLUMNS: { header: string; value: (r: AssetDetailRow) => Cell }[] = [
  { header: 'Asset tag', value: (r) => r.asset.tag },
  { header: 'Serial number', value: (r) => r.asset.serial },
  { header: 'Asset name', value: (r) => r.asset.name },
  { header: 'Model', value: (r) => r.modelName },
  { header: 'Manufacturer', value: (r) => r.manufacturerName },
  { header: 'Category', value: (r) => r.categoryName },
  { header: 'Status', value: (r) => STATUS_LABELS[r.asset.status] },
  { header: 'Location code', value: (r) => r.locationCode },
  { header: 'Supplier', value: (r) => r.supplierName },
  { header: 'Order reference', value: (r) => r.asset.orderReference },
  { header: 'Purchase date', value: (r) => r.asset.purchaseDate },
  { header: 'Purchase cost', value: (r) => r.asset.purchaseCost },
  { header: 'Currency', value: (r) => r.asset.currency },
  { header: 'Warranty end', value: (r) => r.asset.warrantyEnd },
  { header: 'Notes', value: (r) => r.asset.notes },
  {
    header: 'Checked out to (type)',
    value: (r) =>
      r.asset.assignedPersonId
        ? 'user'
        : r.asset.assignedLocationId
          ? 'location'
          : r.asset.assignedAssetId
            ? 'asset'
            : null,
  },
  { header: 'Checked out to: name', value: (r) => r.personName },
  { header: 'Checked out to: location', value: (r) => r.assignedLocationName },
  { header: 'Checked out to: asset', value: (r) => r.parentAssetTag },
];

export type ExportFilter = Omit<AssetListFilter, 'sort' | 'cursor' | 'limit' | 'scope'>;

/** Every asset matching the filters, within the caller's scope, in tag order. */
async function* pages(s: Services, ctx: ActionContext, filter: ExportFilter): AsyncGenerator<AssetDetailRow[]> {
  const sort = { field: 'tag', descending: false };
  let cursor: unknown[] | undefined;
  for (;;) {
    const rows = await listAssets(s.db, {
      ...filter,
      scope: scopeCondition(ctx, 'inventory.read', assets.locationId),
      sort,
      cursor,
      limit: PAGE,
    });
    const page = rows.slice(0, PAGE);
    if (page.length > 0) yield page;
    if (rows.length <= PAGE) return;
    cursor = assetCursor(page.at(-1)!.asset, 'tag');
  }
}

/** The custom field keys of the exported assets, found on the first pages (they are columns). */
function customKeys(rows: AssetDetailRow[]): string[] {
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.asset.customFields ?? {})) keys.add(k);
  return [...keys].sort();
}

function rowValues(r: AssetDetailRow, custom: string[]): Cell[] {
  const values = COLUMNS.map((c) => c.value(r));
  for (const k of custom) {
    const v = (r.asset.customFields ?? {})[k];
    values.push(v === undefined || v === null ? null : String(v));
  }
  return values;
}

async function withHeader(
  s: Services,
  ctx: ActionContext,
  filter: ExportFilter,
): Promise<{ custom: string[]; rest: AsyncGenerator<AssetDetailRow[]>; first: AssetDetailRow[] }> {
  const rest = pages(s, ctx, filter);
  const first = (await rest.next()).value ?? [];
  return { custom: customKeys(first), rest, first };
}

export async function exportAssetsCsv(s: Services, ctx: ActionContext, filter: ExportFilter): Promise<Readable> {
  const { custom, rest, first } = await withHeader(s, ctx, filter);
  async function* lines(): AsyncGenerator<string> {
    yield '\ufeff' + [...COLUMNS.map((c) => c.header), ...custom].map(csvField).join(',') + '\r\n';
    const write = (rows: AssetDetailRow[]) =>
      rows.map((r) => rowValues(r, custom).map(csvField).join(',') + '\r\n').join('');
    if (first.length > 0) yield write(first);
    for await (const page of rest) yield write(page);
  }
  return Readable.from(lines());
}

export async function exportAssetsXlsx(s: Services, ctx: ActionContext, filter: ExportFilter): Promise<Readable> {
  const { custom, rest, first } = await withHeader(s, ctx, filter);
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = wb.addWorksheet('Assets', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [...COLUMNS.map((c) => c.header), ...custom].map((header) => ({
    header,
    width: Math.max(12, header.length + 2),
  }));
  void (async () => {
    try {
      const write = (rows: AssetDetailRow[]) => {
        for (const r of rows) sheet.addRow(rowValues(r, custom)).commit();
      };
      write(first);
      for await (const page of rest) write(page);
      sheet.commit();
      await wb.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}
