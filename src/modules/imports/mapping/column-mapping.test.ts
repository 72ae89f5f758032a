import { createReadStream } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHeaders } from '../reading/headers.js';
import { readSpreadsheet } from '../reading/read-spreadsheet.js';
import {
  applySavedMapping,
  assignColumn,
  autoMap,
  parseMapping,
  serialiseMapping,
  type ColumnMapping,
} from './column-mapping.js';
import { IMPORT_TYPES, type ImportTypeKey } from './import-types.js';

const SNIPE = path.resolve(
  process.env.QM_FIXTURES ?? path.resolve(import.meta.dirname, '../../../../../shared/fixtures'),
  'snipe-it',
);

const headersOf = (...names: string[]) => buildHeaders(names, []);
const targets = (mapping: ColumnMapping) => Object.fromEntries(mapping.columns.map((c) => [c.header, c.target]));

async function fixtureMapping(name: string, type: ImportTypeKey) {
  const sheet = await readSpreadsheet(createReadStream(path.join(SNIPE, name)));
  for await (const _ of sheet.batches) break;
  return autoMap(type, sheet.headers, { preset: 'snipe-it' });
}

describe('import types', () => {
  it('declare licences, not importable yet, saying why; every other type importable', () => {
    expect(IMPORT_TYPES.licences).toMatchObject({
      importable: false,
      notImportable: 'not importable yet: licences arrive with the licence module',
    });
    for (const key of ['assets', 'locations', 'models', 'people', 'suppliers', 'stock'] as const)
      expect(IMPORT_TYPES[key].importable).toBe(true);
  });

  it('give each field of a type a distinct key', () => {
    for (const type of Object.values(IMPORT_TYPES)) {
      const keys = type.fields.map((f) => f.key);
      expect(new Set(keys).size, type.key).toBe(keys.length);
    }
  });
});

describe('automatic mapping', () => {
  it('maps by name and alias, ignoring case, spacing and punctuation', () => {
    const mapping = autoMap(
      'assets',
      headersOf('ASSET_TAG', 'Serial No.', 'Purchase Cost (€)', 'e-mail', 'AssetNotes', 'Colour'),
    );
    expect(targets(mapping)).toEqual({
      ASSET_TAG: 'tag',
      'Serial No.': 'serial',
      'Purchase Cost (€)': 'purchaseCost',
      'e-mail': 'assigneeEmail',
      AssetNotes: 'notes',
      Colour: null,
    });
    expect(mapping.columns.find((c) => c.header === 'Colour')!.note).toMatch(/No field has this name/);
  });

  it('fills a target from one column only, saying which took it', () => {
    const mapping = autoMap('assets', headersOf('Company', 'Category', 'Model', 'Category'));
    expect(mapping.columns[3]).toMatchObject({ target: null, note: 'Column B already fills Category.' });
  });

  it('maps custom fields of the category by key or label', () => {
    const mapping = autoMap('assets', headersOf('Asset Tag', 'Warranty provider', 'ram_gb'), {
      customFields: [
        { key: 'warranty_provider', label: 'Warranty provider' },
        { key: 'ram_gb', label: 'Memory (GB)' },
      ],
    });
    expect(targets(mapping)).toMatchObject({
      'Warranty provider': 'custom:warranty_provider',
      ram_gb: 'custom:ram_gb',
    });
  });

  it('maps assets-sample.csv with the Snipe-IT preset, saying why columns are left out', async () => {
    const mapping = await fixtureMapping('assets-sample.csv', 'assets');
    expect(targets(mapping)).toEqual({
      Company: null,
      Name: 'name',
      'Asset Tag': 'tag',
      Category: 'category',
      Supplier: 'supplier',
      Manufacturer: 'manufacturer',
      Location: 'location',
      'Order Number': 'orderReference',
      Model: 'modelName',
      'Model Notes': 'modelNotes',
      'Model Number': 'modelNumber',
      'Asset Notes': 'notes',
      'Purchase Date': 'purchaseDate',
      'Purchase Cost': 'purchaseCost',
      'Checkout Type': 'checkoutType',
      'Checked Out To: Username': 'assigneeUsername',
      'Checked Out To: First Name': 'assigneeFirstName',
      'Checked Out To: Last Name': 'assigneeLastName',
      'Checked Out To: Email': 'assigneeEmail',
      'Checked Out To: Location': 'assigneeLocation',
      'Asset EOL Date': null,
    });
    expect(mapping.columns[0]!.note).toMatch(/companies have no equivalent/);
  });

  it('maps the BAD file: the user columns are the assignee, Warranty is months, the second Company is ignored', async () => {
    const mapping = await fixtureMapping('assets-sample-BAD.csv', 'assets');
    expect(mapping.columns.map((c) => c.target)).toEqual([
      'assigneeName',
      'assigneeEmail',
      'assigneeUsername',
      null,
      'name',
      'category',
      'modelName',
      'manufacturer',
      'modelNumber',
      'serial',
      'tag',
      'location',
      null,
      'notes',
      'purchaseDate',
      'purchaseCost',
      null,
      'status',
      'warrantyMonths',
      'supplier',
    ]);
    expect(mapping.columns[12]!.note).toBe('Column F already fills Category.');
  });

  it('maps the other Snipe-IT files to their types', async () => {
    const expectations: [string, ImportTypeKey, Record<string, string | null>][] = [
      [
        'users-sample.csv',
        'people',
        {
          'First Name': 'firstName',
          Email: 'email',
          'Employee Number': 'employeeNumber',
          Manager: 'manager',
          Remote: 'remote',
          Activated: null,
        },
      ],
      [
        'locations-sample.csv',
        'locations',
        { name: 'name', address2: 'address2', zip: 'postcode', 'manager username': 'managerUsername', currency: null },
      ],
      [
        'models-sample.csv',
        'models',
        { Name: 'name', EOL: 'expectedLifeMonths', 'Min Qty': 'minStock', 'Model Notes': 'notes', Fieldset: null },
      ],
      [
        'licenses-sample.csv',
        'licences',
        {
          'serial number': 'productKey',
          'purchase cost': 'purchaseCost',
          reassignable: 'reassignable',
          seats: 'seats',
        },
      ],
      ['accessories-sample.csv', 'stock', { QTY: 'quantity', 'Min Amount': 'minQuantity' }],
      ['consumables-sample.csv', 'stock', { 'Item Number': 'itemNumber' }],
      ['components-sample.csv', 'stock', { 'Serial number': 'serial', Quantity: 'quantity' }],
    ];
    for (const [file, type, expected] of expectations) {
      expect(targets(await fixtureMapping(file, type)), file).toMatchObject(expected);
    }
  });
});

describe('adjusting and saving a mapping', () => {
  it('moves a target to the column it is assigned to', () => {
    const mapping = autoMap('assets', headersOf('Asset Tag', 'Old Tag'));
    const adjusted = assignColumn(mapping, 1, 'tag');
    expect(adjusted.columns.map((c) => c.target)).toEqual([null, 'tag']);
    expect(adjusted.columns[0]!.note).toBe('Column B fills it now.');
    expect(() => assignColumn(mapping, 0, 'colour')).toThrow(/not a field/);
  });

  it('round-trips through JSON and refuses unknown fields by name', () => {
    const mapping = autoMap('assets', headersOf('Asset Tag', 'Model'), {
      preset: 'snipe-it',
      settings: { dateOrder: 'DMY', decimalSeparator: ',' },
    });
    const parsed = parseMapping(serialiseMapping(mapping));
    expect(parsed).toEqual({ ok: true, mapping });
    expect(
      parseMapping({ ...mapping, columns: [{ index: 0, header: 'Asset Tag', target: 'colour', source: 'manual' }] }),
    ).toEqual({
      ok: false,
      errors: ['Column A (Asset Tag): "colour" is not a field of assets.'],
    });
    expect(parseMapping('{').ok).toBe(false);
    expect(parseMapping({ version: 2 }).ok).toBe(false);
  });

  it('applies a saved mapping to a file whose columns moved, by header', () => {
    const saved = assignColumn(autoMap('assets', headersOf('Tag number', 'Model', 'Colour')), 0, 'tag');
    const { mapping, missing } = applySavedMapping(saved, headersOf('Model', 'Tag Number', 'Location'));
    expect(mapping.columns.map((c) => [c.header, c.target, c.source])).toEqual([
      ['Model', 'modelName', 'saved'],
      ['Tag Number', 'tag', 'saved'],
      ['Location', 'location', 'name'],
    ]);
    expect(missing).toEqual([]);
    expect(applySavedMapping(saved, headersOf('Model')).missing).toEqual(['Tag number']);
  });
});
