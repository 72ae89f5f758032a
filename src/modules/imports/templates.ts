/**
 * Spreadsheet templates for importing assets: the built-in asset fields plus the custom fields of
 * a category, as headers the importer maps by themselves. The XLSX has drop-down lists for
 * statuses, models and locations (from a hidden sheet, so long lists fit), a sheet of example
 * rows and one of instructions saying what each column accepts; the data sheet comes first and is
 * the one imported. The CSV has the header row only.
 */
import ExcelJS from 'exceljs';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Writable } from 'node:stream';
import type { Db } from '../../platform/db/database.js';
import { categories, customFieldDefinitions, locations, manufacturers, models } from '../../platform/db/schema-all.js';
import { CREATABLE_STATUSES, STATUS_LABELS } from '../../domain/asset-lifecycle.js';
import { notFound } from '../../platform/http/errors.js';
import { ASSET_FIELDS } from './mapping/import-types.js';
import { toFieldDefinition } from '../catalog/custom-field-values.js';
import { csvField } from './problems-csv.js';

/** The template's columns: the fields people fill in for assets, in this order. */
const TEMPLATE_FIELDS = [
  'tag',
  'serial',
  'name',
  'modelName',
  'manufacturer',
  'category',
  'status',
  'location',
  'supplier',
  'orderReference',
  'purchaseDate',
  'purchaseCost',
  'currency',
  'warrantyEnd',
  'notes',
  'checkoutType',
  'assigneeEmail',
  'assigneeName',
  'assigneeLocation',
] as const;

/** Lists longer than this are left out of the drop-downs (typing the name still works). */
const MAX_LIST = 5000;

interface TemplateColumn {
  header: string;
  help: string;
  list?: 'status' | 'model' | 'location' | 'checkout' | 'options';
  options?: string[];
  example: [string, string];
}

export interface AssetTemplate {
  fileName: string;
  /** The data sheet's name (Assets) and what one row is (asset), for the instructions. */
  sheetName?: string;
  rowMeaning?: string;
  columns: TemplateColumn[];
  lists: { status: string[]; model: string[]; location: string[] };
}

export async function assetTemplate(db: Db, categoryId: string | undefined): Promise<AssetTemplate> {
  let categoryName: string | null = null;
  const columns: TemplateColumn[] = TEMPLATE_FIELDS.map((key) => {
    const field = ASSET_FIELDS.find((f) => f.key === key)!;
    const list =
      key === 'status'
        ? 'status'
        : key === 'modelName'
          ? 'model'
          : key === 'location' || key === 'assigneeLocation'
            ? 'location'
            : key === 'checkoutType'
              ? 'checkout'
              : undefined;
    return { header: field.label, help: field.help, ...(list ? { list } : {}), example: EXAMPLES[key] ?? ['', ''] };
  });
  if (categoryId) {
    const [category] = await db.select().from(categories).where(eq(categories.id, categoryId));
    if (!category) throw notFound('The category');
    categoryName = category.name;
    const defs = await db
      .select()
      .from(customFieldDefinitions)
      .where(and(eq(customFieldDefinitions.categoryId, categoryId), isNull(customFieldDefinitions.archivedAt)))
      .orderBy(asc(customFieldDefinitions.position));
    for (const row of defs.map(toFieldDefinition)) {
      columns.push({
        header: row.label,
        help: `Custom field of ${category.name} (${row.type}${row.required ? ', required' : ''}${row.unique ? ', unique' : ''}).${row.options?.length ? ` One of: ${row.options.join(', ')}.` : ''}`,
        ...(row.options?.length ? { list: 'options' as const, options: row.options } : {}),
        example: ['', ''],
      });
    }
    const category0 = columns.find((c) => c.header === 'Category')!;
    category0.example = [category.name, category.name];
  }
  const modelRows = await db
    .select({ name: models.name, manufacturer: manufacturers.name })
    .from(models)
    .leftJoin(manufacturers, eq(manufacturers.id, models.manufacturerId))
    .where(
      and(
        isNull(models.archivedAt),
        eq(models.tracking, 'individual'),
        categoryId ? eq(models.categoryId, categoryId) : undefined,
      ),
    )
    .orderBy(sql`lower(${models.name})`)
    .limit(MAX_LIST + 1);
  const locationRows = await db
    .select({ code: locations.code })
    .from(locations)
    .where(isNull(locations.archivedAt))
    .orderBy(sql`lower(${locations.code})`)
    .limit(MAX_LIST + 1);
  const slug = (categoryName ?? 'assets')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    fileName: `import-template-${slug || 'assets'}`,
    columns,
    lists: {
      status: CREATABLE_STATUSES.map((s) => STATUS_LABELS[s]),
      model: modelRows.length > MAX_LIST ? [] : [...new Set(modelRows.map((m) => m.name))],
      location: locationRows.length > MAX_LIST ? [] : locationRows.map((l) => l.code),
    },
  };
}

const EXAMPLES: Partial<Record<(typeof TEMPLATE_FIELDS)[number], [string, string]>> = {
  tag: ['QM-000101', ''],
  serial: ['5CG1234XYZ', 'C02XK1ABJHD2'],
  name: ['LAPTOP-ANNA', ''],
  modelName: ['Latitude 5440', 'MacBook Air 13'],
  manufacturer: ['Dell', 'Apple'],
  category: ['Laptops', 'Laptops'],
  status: ['in use', 'in stock'],
  location: ['HQ-2F', 'HQ-STOCK'],
  supplier: ['Insight', ''],
  orderReference: ['PO-2024-118', ''],
  purchaseDate: ['2024-03-01', '2024-05-17'],
  purchaseCost: ['1299.00', '1149.00'],
  currency: ['EUR', 'EUR'],
  warrantyEnd: ['2027-03-01', ''],
  notes: ['', 'Spare for new starters'],
  checkoutType: ['user', ''],
  assigneeEmail: ['anna.meyer@example.com', ''],
  assigneeName: ['Anna Meyer', ''],
  assigneeLocation: ['', ''],
};

export function templateCsv(template: AssetTemplate): string {
  return '\ufeff' + template.columns.map((c) => csvField(c.header)).join(',') + '\r\n';
}

interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export async function writeTemplateXlsx(template: AssetTemplate, out: Writable): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Quartermaster';
  const sheetName = template.sheetName ?? 'Assets';
  const data = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = template.columns.map((c) => ({ header: c.header, width: Math.max(14, c.header.length + 4) }));
  data.getRow(1).font = { bold: true };
  // Tags, serials and references are text: Excel must not turn them into numbers.
  template.columns.forEach((_c, i) => (data.getColumn(i + 1).numFmt = '@'));

  const lists = wb.addWorksheet('Lists', { state: 'hidden' });
  const listColumns: Record<string, string> = {};
  const addList = (name: string, values: string[]) => {
    if (values.length === 0) return;
    const index = Object.keys(listColumns).length + 1;
    const letter = String.fromCharCode(64 + index);
    lists.getCell(`${letter}1`).value = name;
    values.forEach((v, i) => (lists.getCell(`${letter}${i + 2}`).value = v));
    listColumns[name] = `Lists!$${letter}$2:$${letter}$${values.length + 1}`;
  };
  addList('status', template.lists.status);
  addList('model', template.lists.model);
  addList('location', template.lists.location);
  if (!template.sheetName) addList('checkout', ['user', 'location', 'asset']);

  const validations = (data as unknown as WithValidations).dataValidations;
  template.columns.forEach((c, i) => {
    const letter = data.getColumn(i + 1).letter;
    const formula =
      c.list === 'options' ? `"${(c.options ?? []).join(',')}"` : c.list ? listColumns[c.list] : undefined;
    if (!formula) return;
    validations.add(`${letter}2:${letter}10000`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      // Models and locations not in the list yet are created by the import: warn, do not refuse.
      showErrorMessage: c.list === 'status' || c.list === 'checkout' || c.list === 'options',
      errorStyle: 'stop',
      errorTitle: c.header,
      error: `Choose one of the values in the list.`,
    });
  });

  const examples = wb.addWorksheet('Examples');
  examples.columns = template.columns.map((c) => ({ header: c.header, width: Math.max(14, c.header.length + 4) }));
  examples.getRow(1).font = { bold: true };
  examples.addRow(template.columns.map((c) => c.example[0]));
  examples.addRow(template.columns.map((c) => c.example[1]));

  const help = wb.addWorksheet('Instructions');
  help.columns = [
    { header: 'Column', width: 28 },
    { header: 'What it accepts', width: 110 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRow([
    'How to use',
    `Fill one row per ${template.rowMeaning ?? 'asset'} on the first sheet (${sheetName}), keep the header row, and upload the file under Import. A dry run lists every problem by row and column before anything is written. The Examples sheet shows filled rows; it is not imported.`,
  ]);
  for (const c of template.columns) help.addRow([c.header, c.help]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  await wb.xlsx.write(out);
}
