import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../domain/custom-fields.js';
import { buildHeaders } from '../reading/headers.js';
import type { RawRow } from '../reading/raw-row.js';
import { readSpreadsheet } from '../reading/read-spreadsheet.js';
import { autoMap, type ImportSettings } from './column-mapping.js';
import type { ImportTypeKey } from './import-types.js';
import { centsToMoney, moneyToCents } from './parse-values.js';
import { RowKeyIndex } from './row-key-index.js';
import { validateRows, type ValidateOptions, type ValidatedRow } from './validate-rows.js';

const SNIPE = path.resolve(
  process.env.QM_FIXTURES ?? path.resolve(import.meta.dirname, '../../../../../shared/fixtures'),
  'snipe-it',
);

async function validateFixture(name: string, type: ImportTypeKey, settings?: ImportSettings) {
  const sheet = await readSpreadsheet(createReadStream(path.join(SNIPE, name)));
  const mapping = autoMap(type, sheet.headers, { preset: 'snipe-it' });
  const run = validateRows(sheet.rows, { headers: sheet.headers, mapping, format: sheet.format, settings });
  const rows: ValidatedRow[] = [];
  for await (const row of run.rows) rows.push(row);
  return { rows, report: run.report, sheet };
}

/** Validates rows given as arrays, the first being the header. */
async function validateTable(type: ImportTypeKey, table: string[][], options: Partial<ValidateOptions> = {}) {
  const headers = buildHeaders(table[0]!, []);
  const raw: RawRow[] = table.slice(1).map((cells, i) => ({ rowNumber: i + 2, cells }));
  const run = validateRows(Readable.from(raw), {
    headers,
    mapping: autoMap(type, headers, { customFields: options.customFields }),
    ...options,
  });
  const rows: ValidatedRow[] = [];
  for await (const row of run.rows) rows.push(row);
  return { rows, report: run.report };
}

const codes = (row: ValidatedRow) => row.problems.map((p) => p.code);

describe('validating the Snipe-IT sample files', () => {
  it('assets-sample.csv: 22 assets, 22 unique tags, 9 to users and 8 to locations, 56,926.75 in all, M/D/Y dates', async () => {
    const { rows, report } = await validateFixture('assets-sample.csv', 'assets');
    expect(report).toMatchObject({ importable: true, rows: 22, rowsWithErrors: 0, errors: 0, problems: [] });
    expect(new Set(rows.map((r) => String(r.values.tag).toLowerCase())).size).toBe(22);
    expect(rows.filter((r) => r.values.checkoutType === 'person')).toHaveLength(9);
    expect(rows.filter((r) => r.values.checkoutType === 'location')).toHaveLength(8);
    const total = rows.reduce((sum, r) => sum + moneyToCents(String(r.values.purchaseCost)), 0n);
    expect(centsToMoney(total)).toBe('56926.75');
    expect(report.dateColumns).toEqual([
      expect.objectContaining({
        field: 'purchaseDate',
        order: 'MDY',
        how: 'data',
        message:
          'Column M (Purchase Date): dates read as month/day/year ("1/23/23" in row 2 can only be read that way).',
      }),
    ]);
    expect(rows[0]!.values.purchaseDate).toBe('2023-01-23');
  });

  it('assets-sample.csv: rows carry what to look up (model, location, the person or location checked out to)', async () => {
    const { rows } = await validateFixture('assets-sample.csv', 'assets');
    expect(rows[1]!.keys).toEqual({
      modelName: 'Macbook Pro 13"',
      modelNumber: '9351IS25A51',
      manufacturerName: 'Botsford, Boyle and Herzog',
      categoryName: 'Structural and Misc Steel (Fabrication)',
      supplierName: 'Krajcik LLC',
      location: { text: 'Lindgren-Marquardt' },
      assignee: {
        kind: 'person',
        person: { username: 'gmccrackem2a', email: 'gmccrackem2a@bing.com', name: 'Gage McCrackem' },
      },
    });
    expect(rows[2]!.keys.assignee).toEqual({ kind: 'location', location: { text: 'Pacocha-Kiehn' } });
  });

  it('assets-sample-BAD.csv: the mangled model number reported at its row and column, on every row', async () => {
    const { rows, report } = await validateFixture('assets-sample-BAD.csv', 'assets');
    expect(report.rows).toBe(200);
    const first = rows[0]!.problems.find((p) => p.code === 'scientific_notation')!;
    expect(first).toEqual({
      severity: 'error',
      code: 'scientific_notation',
      row: 2,
      column: { index: 8, letter: 'I', header: 'Model Number' },
      field: 'modelNumber',
      message:
        'Row 2, column I (Model Number): "6.37702E+15": Excel turned this into scientific notation: the original digits are lost; re-export the column as text.',
    });
    expect(report.counts.scientific_notation).toBe(200);
    expect(report.dateColumns[0]).toMatchObject({ order: 'MDY', how: 'data' });
    // Snipe-IT's status labels are understood through the preset.
    expect(report.counts.unknown_status).toBeUndefined();
    expect(rows[0]!.values).toMatchObject({
      status: 'in_repair',
      warrantyMonths: 14,
      warrantyEnd: '2017-06-05',
      checkoutType: 'person',
    });
    expect(rows[0]!.keys.assignee).toEqual({
      kind: 'person',
      person: { username: 'bnelson0', email: 'bnelson0@cdbaby.com', name: 'Bonnie Nelson' },
    });
  });

  it('assets-sample-BLANKS.csv: the same rows read past the blank-header columns', async () => {
    const { rows, report } = await validateFixture('assets-sample-BLANKS.csv', 'assets');
    expect(report.rows).toBe(200);
    expect(rows[0]!.problems.find((p) => p.code === 'scientific_notation')!.column).toEqual({
      index: 9,
      letter: 'J',
      header: 'Model Number',
    });
    expect(rows[0]!.values.tag).toBe('970882174-8');
  });

  it('licenses-sample.csv: $12.58 amounts read, "sometimes" reported, 2,282 seats, not importable yet', async () => {
    const { rows, report } = await validateFixture('licenses-sample.csv', 'licences');
    expect(report.importable).toBe(false);
    expect(report.problems[0]).toMatchObject({
      code: 'not_importable',
      message: 'Licences: not importable yet: licences arrive with the licence module',
    });
    expect(rows[0]!.values.purchaseCost).toBe('12.58');
    expect(rows.reduce((sum, r) => sum + Number(r.values.seats ?? 0), 0)).toBe(2282);
    const sometimes = rows.flatMap((r) => r.problems).filter((p) => p.code === 'invalid_boolean');
    expect(sometimes).toHaveLength(3);
    expect(sometimes[0]!.message).toMatch(/^Row \d+, column P \(reassignable\): "sometimes" is not yes or no/);
    expect(report.dateColumns.map((d) => d.order)).toEqual(['MDY', 'MDY']);
  });

  it('users-sample.csv: 100 people, 5 without an e-mail, 11 naming a manager', async () => {
    const { rows, report } = await validateFixture('users-sample.csv', 'people');
    expect(report.rowsWithErrors).toBe(0);
    expect(rows.filter((r) => r.values.email === undefined)).toHaveLength(5);
    expect(rows.filter((r) => r.keys.manager)).toHaveLength(11);
    expect(rows[0]!.values).toMatchObject({ name: 'Reagen Tenant', remote: true, startDate: '2022-03-18' });
  });

  it('accessories-sample.csv: read as stock, the model number Excel mangled in row 3 reported', async () => {
    const { rows, report } = await validateFixture('accessories-sample.csv', 'stock');
    expect(report).toMatchObject({ importable: true, rows: 3, rowsWithErrors: 1 });
    expect(rows[0]!.values).toMatchObject({ name: 'Dragline', quantity: 61, minQuantity: 59, location: 'Artashat' });
    expect(rows[1]!.problems.map((p) => p.code)).toEqual(['scientific_notation']);
  });
});

describe('row rules', () => {
  const header = ['Asset Tag', 'Model', 'Location', 'Serial', 'Manufacturer', 'Status', 'Purchase Date'];

  it('reports a tag repeated in the file with both row numbers', async () => {
    const { rows, report } = await validateTable('assets', [
      header,
      ['QM-1', 'X1', 'HQ', '', '', '', ''],
      ['QM-2', 'X1', 'HQ', '', '', '', ''],
      ['qm-1', 'X1', 'HQ', '', '', '', ''],
    ]);
    expect(codes(rows[2]!)).toEqual(['duplicate_tag']);
    expect(rows[2]!.problems[0]!.message).toBe(
      'Row 4: the tag "qm-1" is also in row 2; it must be unique (rows 2 and 4).',
    );
    expect(report.rowsWithErrors).toBe(1);
  });

  it('reports a serial repeated for the same manufacturer only', async () => {
    const { rows } = await validateTable('assets', [
      header,
      ['QM-1', 'X1', 'HQ', 'SN1', 'Dell', '', ''],
      ['QM-2', 'X1', 'HQ', 'SN1', 'HP', '', ''],
      ['QM-3', 'X1', 'HQ', 'sn1', 'dell', '', ''],
    ]);
    expect(codes(rows[1]!)).toEqual([]);
    expect(rows[2]!.problems[0]).toMatchObject({ code: 'duplicate_serial', column: { letter: 'D' } });
    expect(rows[2]!.problems[0]!.message).toMatch(/also in row 2/);
  });

  it('requires a tag (unless generated), a model, and a location unless on order', async () => {
    const { rows, report } = await validateTable('assets', [
      header,
      ['', '', '', '', '', '', ''],
      ['QM-2', 'X1', '', '', '', 'on order', ''],
    ]);
    expect(codes(rows[0]!)).toEqual(['missing_tag', 'missing_model', 'missing_location']);
    expect(rows[0]!.problems[2]).toMatchObject({ column: { letter: 'C', header: 'Location' }, field: 'location' });
    expect(codes(rows[1]!)).toEqual([]);
    expect(report.problems).toEqual([]);
    const generated = await validateTable('assets', [header, ['', 'X1', 'HQ', '', '', '', '']], {
      settings: { autoTag: true },
    });
    expect(codes(generated.rows[0]!)).toEqual([]);
  });

  it('says once for the file when no column holds a required field', async () => {
    const { report } = await validateTable('assets', [['Name'], ['Laptop']]);
    expect(report.problems.map((p) => p.message)).toEqual([
      'No column is mapped to the asset tag: map the tag column, or let tags be generated.',
      'No column is mapped to the model: map the model name (or model number) column.',
      'No column is mapped to the location: only assets on order can do without one.',
    ]);
  });

  it('requires a name of a person, joining first and last names', async () => {
    const { rows } = await validateTable('people', [
      ['First Name', 'Last Name', 'Email', 'Start Date', 'End Date'],
      ['Ada', 'Lovelace', 'ada@example.com', '2020-01-01', '2019-01-01'],
      ['', '', 'nobody@example.com', '', ''],
      ['Grace', '', 'ADA@example.com', '', ''],
    ]);
    expect(rows[0]!.values.name).toBe('Ada Lovelace');
    expect(codes(rows[0]!)).toEqual(['end_before_start']);
    expect(codes(rows[1]!)).toEqual(['missing_name']);
    expect(codes(rows[2]!)).toEqual(['duplicate_email']);
  });
});

describe('date order', () => {
  const header = ['Asset Tag', 'Model', 'Location', 'Purchase Date', 'Warranty End'];

  it('decides each column from its unambiguous values, even after ambiguous ones', async () => {
    const { rows, report } = await validateTable('assets', [
      header,
      ['QM-1', 'X', 'HQ', '03/04/23', '5/6/26'],
      ['QM-2', 'X', 'HQ', '13/04/23', '5/16/26'],
    ]);
    expect(report.dateColumns.map((d) => [d.field, d.order])).toEqual([
      ['purchaseDate', 'DMY'],
      ['warrantyEnd', 'MDY'],
    ]);
    expect(rows[0]!.values).toMatchObject({ purchaseDate: '2023-04-03', warrantyEnd: '2026-05-06' });
  });

  it('reports ambiguous values when a column proves no order, and reads them once it is chosen', async () => {
    const table = [header, ['QM-1', 'X', 'HQ', '03/04/23', '2026-01-01'], ['QM-2', 'X', 'HQ', '05/06/23', '']];
    const { rows, report } = await validateTable('assets', table);
    expect(rows[0]!.problems[0]).toMatchObject({
      code: 'ambiguous_date',
      column: { letter: 'D' },
      field: 'purchaseDate',
    });
    expect(rows[0]!.problems[0]!.message).toBe(
      'Row 2, column D (Purchase Date): ambiguous: "03/04/23" could be 3 April or 4 March; choose the date order (day/month or month/day).',
    );
    expect(report.problems[0]).toMatchObject({ code: 'date_order_undecided', severity: 'error' });
    const chosen = await validateTable('assets', table, { settings: { dateOrder: 'DMY' } });
    expect(chosen.rows.map((r) => r.values.purchaseDate)).toEqual(['2023-04-03', '2023-06-05']);
    const perColumn = await validateTable('assets', table, { settings: { dateOrders: { purchaseDate: 'MDY' } } });
    expect(perColumn.rows[0]!.values.purchaseDate).toBe('2023-03-04');
  });

  it('says when the chosen order contradicts a value of the column', async () => {
    // The other date column is undecided, so rows are looked at ahead and the contradiction is seen.
    const { rows, report } = await validateTable('assets', [header, ['QM-1', 'X', 'HQ', '1/23/23', '5/6/26']], {
      settings: { dateOrders: { purchaseDate: 'DMY' } },
    });
    expect(report.problems[0]).toMatchObject({ code: 'date_order_conflict', severity: 'error' });
    expect(report.problems[0]!.message).toMatch(/as chosen\. But "1\/23\/23" in row 2 cannot be read that way/);
    expect(codes(rows[0]!)).toEqual(['date_order_mismatch', 'ambiguous_date']);
    // Without look-ahead (every order chosen), the row says it all the same.
    const chosen = await validateTable('assets', [header, ['QM-1', 'X', 'HQ', '1/23/23', '']], {
      settings: { dateOrder: 'DMY' },
    });
    expect(codes(chosen.rows[0]!)).toEqual(['date_order_mismatch']);
  });

  it('reports a column that mixes orders, and values against the decided order after the look-ahead', async () => {
    const mixed = await validateTable('assets', [
      header,
      ['QM-1', 'X', 'HQ', '1/23/23', ''],
      ['QM-2', 'X', 'HQ', '23/1/23', ''],
    ]);
    expect(mixed.report.problems[0]).toMatchObject({ code: 'date_order_mixed', severity: 'error' });

    const late = await validateTable(
      'assets',
      [
        header,
        ['QM-1', 'X', 'HQ', '1/23/23', ''],
        ['QM-2', 'X', 'HQ', '3/4/23', ''],
        ['QM-3', 'X', 'HQ', '23/1/23', ''],
      ],
      { lookahead: 1 },
    );
    expect(late.rows[1]!.values.purchaseDate).toBe('2023-03-04');
    expect(codes(late.rows[2]!)).toEqual(['date_order_mismatch']);
  });
});

describe('custom fields and settings', () => {
  const definitions: FieldDefinition[] = [
    { key: 'ram_gb', label: 'Memory (GB)', type: 'number', required: false, unique: false },
    { key: 'leased', label: 'Leased', type: 'boolean', required: false, unique: false },
    { key: 'lease_end', label: 'Lease end', type: 'date', required: false, unique: false },
    { key: 'os', label: 'OS', type: 'select', required: false, unique: false, options: ['Windows', 'macOS'] },
  ];

  it('reads custom fields by their type, naming the field in problems', async () => {
    const { rows } = await validateTable(
      'assets',
      [
        ['Asset Tag', 'Model', 'Location', 'Memory (GB)', 'Leased', 'Lease end', 'OS'],
        ['QM-1', 'X', 'HQ', '16', 'yes', '1/31/2026', 'macos'],
        ['QM-2', 'X', 'HQ', '1.6E+01', 'sometimes', '', 'Linux'],
      ],
      { customFields: definitions },
    );
    expect(rows[0]!.custom).toEqual({ ram_gb: 16, leased: true, lease_end: '2026-01-31', os: 'macOS' });
    expect(codes(rows[1]!)).toEqual(['invalid_custom_value', 'invalid_custom_value', 'invalid_custom_value']);
    expect(rows[1]!.problems[2]!.message).toMatch(/^Row 3, column G \(OS\): OS \(os\) must be one of: Windows, macOS/);
  });

  it('reads amounts with a decimal comma and fills the default currency', async () => {
    const { rows } = await validateTable(
      'assets',
      [
        ['Asset Tag', 'Model', 'Location', 'Purchase Cost'],
        ['QM-1', 'X', 'HQ', '1.299,50'],
      ],
      { settings: { decimalSeparator: ',', currency: 'EUR' } },
    );
    expect(rows[0]!.values).toMatchObject({ purchaseCost: '1299.50', currency: 'EUR' });
  });

  it("carries the reader's row problems with the header named", async () => {
    const headers = buildHeaders(['Asset Tag', 'Model', 'Location'], []);
    const run = validateRows(
      Readable.from([
        {
          rowNumber: 2,
          cells: ['QM-1', 'X', 'HQ'],
          problems: [
            {
              severity: 'warning' as const,
              code: 'invalid_bytes',
              row: 2,
              column: { index: 1, letter: 'B' },
              message: 'bytes',
            },
          ],
        },
      ]),
      { headers, mapping: autoMap('assets', headers) },
    );
    for await (const row of run.rows) {
      expect(row.ok).toBe(true);
      expect(row.problems[0]).toMatchObject({ code: 'invalid_bytes', column: { letter: 'B', header: 'Model' } });
    }
    expect(run.report.warnings).toBe(1);
  });
});

describe('row key index', () => {
  it('returns the first row of a key, and grows past its first capacity', () => {
    const index = new RowKeyIndex(16);
    for (let i = 0; i < 10_000; i++) expect(index.add(`qm-${i}`, i + 2)).toBeUndefined();
    expect(index.add('qm-0', 50_000)).toBe(2);
    expect(index.add('qm-9999', 50_001)).toBe(10_001);
    expect(index.size).toBe(10_000);
  });
});
