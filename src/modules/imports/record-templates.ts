/**
 * Spreadsheet templates for the other importable types: locations, models, people, suppliers and
 * quantity-tracked stock. Their columns are exactly the fields the importer writes (a field that
 * can be mapped but is not stored, such as a person's user name, has no column), in the same
 * workbook layout as the asset template: a data sheet with drop-downs of location codes, examples
 * and instructions.
 */
import { isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { locations } from '../../platform/db/schema-all.js';
import { LOCATION_KINDS } from '../locations/locations-repository.js';
import { IMPORT_TYPES, type ImportTypeKey } from './mapping/import-types.js';
import type { AssetTemplate } from './templates.js';

export type RecordTemplateType = Exclude<ImportTypeKey, 'assets' | 'licences'>;
export const RECORD_TEMPLATE_TYPES: readonly RecordTemplateType[] = [
  'locations',
  'models',
  'people',
  'suppliers',
  'stock',
];

/** Per type: the columns (field keys) in order, with two example rows. */
const COLUMNS: Record<RecordTemplateType, [string, string, string][]> = {
  locations: [
    ['code', 'HQ', 'HQ-2F'],
    ['name', 'Headquarters', 'Second floor'],
    ['parent', '', 'HQ'],
    ['kind', 'site', 'floor'],
    ['address', '1 Main Street', ''],
    ['address2', '', ''],
    ['city', 'Leeds', ''],
    ['state', 'West Yorkshire', ''],
    ['postcode', 'LS1 1AA', ''],
    ['country', 'United Kingdom', ''],
    ['managerName', 'Anna Meyer', ''],
    ['managerEmail', '', ''],
    ['notes', '', 'Open plan'],
  ],
  models: [
    ['name', 'Latitude 5440', 'USB-C cable 1 m'],
    ['category', 'Laptops', 'Cables'],
    ['manufacturer', 'Dell', 'Anker'],
    ['modelNumber', 'LAT5440', 'A8482'],
    ['gtin', '', '0848061073409'],
    ['expectedLifeMonths', '48', ''],
    ['minStock', '5', '20'],
    ['defaultUnitCost', '1299.00', '9.99'],
    ['currency', 'EUR', 'EUR'],
    ['notes', '', ''],
  ],
  people: [
    ['name', 'Anna Meyer', ''],
    ['firstName', '', 'Tom'],
    ['lastName', '', 'Baker'],
    ['email', 'anna.meyer@example.com', 'tom.baker@example.com'],
    ['employeeNumber', 'E1001', 'E1002'],
    ['jobTitle', 'IT manager', 'Developer'],
    ['department', 'IT', 'Engineering'],
    ['costCentre', 'CC-100', ''],
    ['location', 'HQ', 'HQ-2F'],
    ['manager', '', 'anna.meyer@example.com'],
    ['remote', 'no', 'yes'],
    ['startDate', '2021-04-01', '2024-09-02'],
    ['endDate', '', ''],
    ['notes', '', ''],
  ],
  suppliers: [
    ['name', 'Insight', 'Bechtle'],
    ['contactName', 'Sam Green', ''],
    ['email', 'orders@insight.example', ''],
    ['phone', '+44 113 496 0000', ''],
    ['website', 'https://www.insight.example', ''],
    ['accountNumber', 'C-88120', ''],
    ['leadTimeDays', '5', '10'],
    ['address', '', ''],
    ['notes', '', ''],
  ],
  stock: [
    ['name', 'USB-C cable 1 m', 'Toner TN-2420'],
    ['category', 'Cables', 'Toner'],
    ['manufacturer', 'Anker', 'Brother'],
    ['modelNumber', 'A8482', 'TN2420'],
    ['itemNumber', '', ''],
    ['quantity', '120', '8'],
    ['minQuantity', '20', '2'],
    ['location', 'HQ-STOCK', 'HQ-2F'],
    ['orderReference', 'PO-2024-118', ''],
    ['purchaseCost', '9.99', '54.90'],
    ['notes', '', ''],
  ],
};

const SHEETS: Record<RecordTemplateType, { sheet: string; row: string }> = {
  locations: { sheet: 'Locations', row: 'location' },
  models: { sheet: 'Models', row: 'model' },
  people: { sheet: 'People', row: 'person' },
  suppliers: { sheet: 'Suppliers', row: 'supplier' },
  stock: { sheet: 'Stock', row: 'item and location (the quantity on hand there)' },
};

/** The columns of a type's template, as field keys (tests compare them with the importer). */
export function templateFields(type: RecordTemplateType): string[] {
  return COLUMNS[type].map(([key]) => key);
}

export async function recordTemplate(db: Db, type: RecordTemplateType): Promise<AssetTemplate> {
  const importType = IMPORT_TYPES[type];
  const locationRows = await db
    .select({ code: locations.code })
    .from(locations)
    .where(isNull(locations.archivedAt))
    .orderBy(sql`lower(${locations.code})`)
    .limit(5001);
  const locationColumns = new Set(['parent', 'location']);
  return {
    fileName: `import-template-${type}`,
    sheetName: SHEETS[type].sheet,
    rowMeaning: SHEETS[type].row,
    columns: COLUMNS[type].map(([key, a, b]) => {
      const field = importType.fields.find((f) => f.key === key)!;
      return {
        header: field.label,
        help: field.help,
        example: [a, b] as [string, string],
        ...(locationColumns.has(key) ? { list: 'location' as const } : {}),
        ...(key === 'kind' ? { list: 'options' as const, options: [...LOCATION_KINDS] } : {}),
      };
    }),
    lists: { status: [], model: [], location: locationRows.length > 5000 ? [] : locationRows.map((l) => l.code) },
  };
}
