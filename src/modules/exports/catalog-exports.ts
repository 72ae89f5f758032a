/**
 * The catalogue's lists as tables: models, categories (with their custom fields), manufacturers
 * and suppliers, each with the filters and sort of its list. Models and suppliers take the
 * import's column names, so they import back.
 */
import type { z } from 'zod';
import type { Services } from '../../platform/services.js';
import { parseSort } from '../../platform/http/pagination.js';
import { gtinsOfMany, listModels, type ModelNames, type ModelRow } from '../catalog/models-repository.js';
import { listCategories, type CategoryRow } from '../catalog/categories-repository.js';
import { listManufacturers, type ManufacturerRow } from '../catalog/manufacturers-repository.js';
import { listSuppliers, type SupplierRow } from '../catalog/suppliers-repository.js';
import type { listModelsQuery } from '../catalog/models-routes.js';
import type { listCategoriesQuery } from '../catalog/categories-routes.js';
import type { listManufacturersQuery } from '../catalog/manufacturers-routes.js';
import type { listSuppliersQuery } from '../catalog/suppliers-routes.js';
import { fieldsOfCategories, type FieldDefinitionRow } from './export-repository.js';
import { importHeader } from './import-headers.js';
import { keysetPages, type Column, type ExportTable } from './tabular-export.js';

type Query<T extends z.ZodType> = Omit<z.output<T>, 'limit' | 'cursor'>;

const archived = <R>(at: (r: R) => Date | null): Column<R> => ({
  header: 'Archived',
  value: (r) => (at(r) ? 'yes' : null),
});

// ---------------------------------------------------------------------------------------------
// Models

interface ModelLine {
  row: ModelRow;
  names: ModelNames;
  key: unknown;
  gtins: string[];
}

const MODEL_COLUMNS: Column<ModelLine>[] = [
  { header: importHeader('models', 'name'), value: (m) => m.row.name },
  { header: importHeader('models', 'category'), value: (m) => m.names.categoryName },
  { header: importHeader('models', 'manufacturer'), value: (m) => m.names.manufacturerName },
  { header: importHeader('models', 'modelNumber'), value: (m) => m.row.modelNumber },
  { header: importHeader('models', 'gtin'), value: (m) => m.gtins[0] ?? null },
  { header: 'Other GTINs', value: (m) => (m.gtins.length > 1 ? m.gtins.slice(1).join(' ') : null) },
  { header: 'Tracking', value: (m) => m.row.tracking },
  { header: importHeader('models', 'expectedLifeMonths'), value: (m) => m.row.expectedLifeMonths },
  { header: importHeader('models', 'minStock'), value: (m) => m.row.minStock },
  { header: importHeader('models', 'defaultUnitCost'), value: (m) => m.row.defaultUnitCost, money: true },
  { header: importHeader('models', 'currency'), value: (m) => m.row.currency },
  { header: importHeader('models', 'notes'), value: (m) => m.row.notes },
  archived((m) => m.row.archivedAt),
];

export function modelTable(s: Services, q: Query<typeof listModelsQuery>): ExportTable<ModelLine> {
  const sort = parseSort(q.sort);
  return {
    name: 'models',
    sheet: 'Models',
    columns: MODEL_COLUMNS,
    pages: keysetPages(
      async (cursor, limit) => {
        const rows = await listModels(s.db, { ...q, sort, cursor, limit });
        const gtins = await gtinsOfMany(
          s.db,
          rows.map((r) => r.row.id),
        );
        return rows.map((r) => ({ ...r, gtins: gtins.get(r.row.id) ?? [] }));
      },
      (m) => [m.key, m.row.id],
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Categories

interface CategoryLine {
  row: CategoryRow;
  key: unknown;
  fields: FieldDefinitionRow[];
}

/** "RAM (GB) [ram_gb]: number, required" or "Colour [colour]: select (red | blue)". */
export function describeField(f: FieldDefinitionRow): string {
  const flags = [f.type, f.required ? 'required' : null, f.unique ? 'unique' : null].filter(Boolean).join(', ');
  const options = f.options?.length ? ` (${f.options.join(' | ')})` : '';
  return `${f.label} [${f.key}]: ${flags}${options}`;
}

const CATEGORY_COLUMNS: Column<CategoryLine>[] = [
  { header: 'Name', value: (c) => c.row.name },
  { header: 'Kind', value: (c) => c.row.kind },
  { header: 'Custom fields', value: (c) => c.fields.map(describeField).join('; ') || null },
  { header: 'Custom field keys', value: (c) => c.fields.map((f) => f.key).join(' ') || null },
  { header: 'Notes', value: (c) => c.row.notes },
  archived((c) => c.row.archivedAt),
];

export function categoryTable(s: Services, q: Query<typeof listCategoriesQuery>): ExportTable<CategoryLine> {
  const sort = parseSort(q.sort);
  return {
    name: 'categories',
    sheet: 'Categories',
    columns: CATEGORY_COLUMNS,
    pages: keysetPages(
      async (cursor, limit) => {
        const rows = await listCategories(s.db, { ...q, sort, cursor, limit });
        const fields = await fieldsOfCategories(
          s.db,
          rows.map((r) => r.row.id),
        );
        return rows.map((r) => ({ ...r, fields: fields.get(r.row.id) ?? [] }));
      },
      (c) => [c.key, c.row.id],
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Manufacturers and suppliers

interface Keyed<R> {
  row: R;
  key: unknown;
}

const MANUFACTURER_COLUMNS: Column<Keyed<ManufacturerRow>>[] = [
  { header: 'Name', value: (m) => m.row.name },
  { header: 'Website', value: (m) => m.row.website },
  { header: 'Support URL', value: (m) => m.row.supportUrl },
  { header: 'Support e-mail', value: (m) => m.row.supportEmail },
  { header: 'Support phone', value: (m) => m.row.supportPhone },
  { header: 'Notes', value: (m) => m.row.notes },
  archived((m) => m.row.archivedAt),
];

export function manufacturerTable(
  s: Services,
  q: Query<typeof listManufacturersQuery>,
): ExportTable<Keyed<ManufacturerRow>> {
  const sort = parseSort(q.sort);
  return {
    name: 'manufacturers',
    sheet: 'Manufacturers',
    columns: MANUFACTURER_COLUMNS,
    pages: keysetPages(
      (cursor, limit) => listManufacturers(s.db, { ...q, sort, cursor, limit }),
      (m) => [m.key, m.row.id],
    ),
  };
}

const SUPPLIER_COLUMNS: Column<Keyed<SupplierRow>>[] = [
  { header: importHeader('suppliers', 'name'), value: (r) => r.row.name },
  { header: importHeader('suppliers', 'contactName'), value: (r) => r.row.contactName },
  { header: importHeader('suppliers', 'email'), value: (r) => r.row.email },
  { header: importHeader('suppliers', 'phone'), value: (r) => r.row.phone },
  { header: importHeader('suppliers', 'website'), value: (r) => r.row.website },
  { header: importHeader('suppliers', 'accountNumber'), value: (r) => r.row.accountNumber },
  { header: importHeader('suppliers', 'leadTimeDays'), value: (r) => r.row.defaultLeadTimeDays },
  { header: importHeader('suppliers', 'address'), value: (r) => r.row.address },
  { header: importHeader('suppliers', 'notes'), value: (r) => r.row.notes },
  archived((r) => r.row.archivedAt),
];

export function supplierTable(s: Services, q: Query<typeof listSuppliersQuery>): ExportTable<Keyed<SupplierRow>> {
  const sort = parseSort(q.sort);
  return {
    name: 'suppliers',
    sheet: 'Suppliers',
    columns: SUPPLIER_COLUMNS,
    pages: keysetPages(
      (cursor, limit) => listSuppliers(s.db, { ...q, sort, cursor, limit }),
      (r) => [r.key, r.row.id],
    ),
  };
}
