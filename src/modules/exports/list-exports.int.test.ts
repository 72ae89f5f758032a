import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import {
  makeCategory,
  makeField,
  makeLocation,
  makeManufacturer,
  makeModel,
  makePerson,
  makeSupplier,
} from '../../../test/helpers/factories.js';
import { assets, departments } from '../../platform/db/schema-all.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let manager: TestUser;
/** A technician whose role covers the NYC site only. */
let nycTech: TestUser;
let lon: LocationRow;
let lonStock: LocationRow;
let nyc: LocationRow;
let nycStock: LocationRow;
let cablesId: string;

const get = (url: string, headers: Record<string, string> = manager.auth) =>
  env.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

beforeAll(async () => {
  env = await createTestEnv();
  const db = env.db;
  manager = await makeUser(env.services, { role: 'asset_manager' });
  lon = await makeLocation(db, { code: 'X-LON', name: 'London' });
  lonStock = await makeLocation(db, { parent: lon, code: 'X-LON-STOCK', name: 'London stockroom' });
  nyc = await makeLocation(db, { code: 'X-NYC', name: 'New York' });
  nycStock = await makeLocation(db, { parent: nyc, code: 'X-NYC-STOCK', name: 'New York stockroom' });
  nycTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: nyc.id }] });

  const laptops = await makeCategory(db, { name: 'X Laptops' });
  await makeField(db, laptops.id, { key: 'ram_gb', label: 'RAM (GB)', type: 'number', required: true });
  await makeField(db, laptops.id, {
    key: 'colour',
    label: 'Colour',
    type: 'select',
    options: ['red', 'blue'],
    position: 1,
  });
  const cablesCategory = await makeCategory(db, { name: 'X Cables', kind: 'accessory' });
  const dell = await makeManufacturer(db, { name: 'X Dell', website: 'https://dell.example' });
  await makeManufacturer(db, { name: 'X Apple' });
  const insight = await makeSupplier(db, { name: 'X Insight', email: 'sales@insight.example' });
  await makeSupplier(db, { name: 'X CDW' });
  const latitude = await makeModel(db, { name: 'X Latitude', categoryId: laptops.id, manufacturerId: dell.id });
  await makeModel(db, { name: 'X MacBook', categoryId: laptops.id });
  const cables = await makeModel(db, {
    name: 'X USB-C cable',
    categoryId: cablesCategory.id,
    tracking: 'quantity',
    manufacturerId: null,
  });
  cablesId = cables.id;

  const [it] = await db.insert(departments).values({ name: 'X IT', code: 'XIT' }).returning();
  const boss = await makePerson(db, { name: 'X Boss', departmentId: it!.id, locationId: lon.id });
  await makePerson(db, { name: 'X Anna', departmentId: it!.id, locationId: lonStock.id, managerId: boss.id });
  await makePerson(db, { name: 'X Nora', locationId: nyc.id, managerId: boss.id, remote: true });
  await makePerson(db, { name: 'X Nobody' });

  for (const [i, location] of [lon, lon, nyc].entries()) {
    await db.insert(assets).values({
      tag: `X-${i}`,
      modelId: latitude.id,
      categoryId: laptops.id,
      supplierId: insight.id,
      status: 'in_stock',
      locationId: location.id,
      purchaseCost: '1299.50',
      customFields: { ram_gb: 16 },
    });
  }

  for (const [location, quantity] of [
    [lonStock, 10],
    [nycStock, 4],
  ] as const) {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/stock/movements',
      headers: manager.auth,
      payload: { kind: 'receive', modelId: cables.id, locationId: location.id, quantity },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const issue = await env.app.inject({
    method: 'POST',
    url: '/api/v1/stock/movements',
    headers: manager.auth,
    payload: {
      kind: 'issue',
      modelId: cables.id,
      locationId: lonStock.id,
      quantity: 3,
      issuedTo: { type: 'person', id: boss.id },
    },
  });
  expect(issue.statusCode, issue.body).toBe(201);
  await env.app.inject({
    method: 'PUT',
    url: `/api/v1/stock/policies/${cables.id}/${nycStock.id}`,
    headers: manager.auth,
    payload: { minQuantity: 5 },
  });
});
afterAll(() => env?.close());

/** The rows of a CSV export, header first. */
async function exportCsv(path: string, headers = manager.auth): Promise<string[][]> {
  const res = await get(`/exports/${path}`, headers);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('text/csv');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.csv"$/);
  return parse(res.body.replace(/^\ufeff/, ''), { relax_column_count: false }) as string[][];
}

/** How many rows the list itself shows with these filters, every page read. */
async function listTotal(path: string, headers = manager.auth): Promise<number> {
  let total = 0;
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res = await get(`${path}${cursor ? `${sep}cursor=${cursor}` : ''}`, headers);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: unknown[]; nextCursor?: string | null; total?: number };
    if (body.total !== undefined) return body.total;
    total += body.items.length;
    cursor = body.nextCursor ?? null;
  } while (cursor);
  return total;
}

interface Case {
  /** The export's name (exports/<name>.csv). */
  name: string;
  /** The list it mirrors, with a page size and the filter's query string appended. */
  list: (query: string) => string;
  /** The first columns of the file. */
  headers: string[];
  /** A filter of the list, and the rows it leaves. */
  filter: { query: string; rows: number };
  /** A column of each row the NYC technician gets, when the list is scoped by location. */
  scoped?: { column: string; values: string[] };
}

const with_ = (path: string, limit: number) => (q: string) => `${path}?limit=${limit}${q ? `&${q}` : ''}`;

const CASES: Case[] = [
  {
    name: 'assets',
    list: with_('/assets', 200),
    headers: ['Asset tag', 'Serial number', 'Asset name', 'Model', 'Manufacturer', 'Category', 'Status'],
    filter: { query: `locationId=${'LON'}`, rows: 2 },
    scoped: { column: 'Asset tag', values: ['X-2'] },
  },
  {
    name: 'locations',
    list: () => '/locations/search?q=X-&limit=50',
    headers: ['Code', 'Name', 'Parent location', 'Kind', 'Address', 'Manager', 'Manager: e-mail', 'Notes'],
    filter: { query: 'parentId=NYC', rows: 2 },
    scoped: { column: 'Code', values: ['X-NYC', 'X-NYC-STOCK'] },
  },
  {
    name: 'models',
    list: with_('/models', 1),
    headers: ['Name', 'Category', 'Manufacturer', 'Model number', 'GTIN / EAN'],
    filter: { query: 'tracking=quantity', rows: 1 },
  },
  {
    name: 'categories',
    list: with_('/categories', 1),
    headers: ['Name', 'Kind', 'Custom fields'],
    filter: { query: 'kind=accessory', rows: 1 },
  },
  {
    name: 'manufacturers',
    list: with_('/manufacturers', 1),
    headers: ['Name', 'Website', 'Support URL'],
    filter: { query: 'q=x%20de', rows: 1 },
  },
  {
    name: 'suppliers',
    list: with_('/suppliers', 1),
    headers: ['Name', 'Contact', 'E-mail', 'Phone', 'Website', 'Account number', 'Lead time (days)'],
    filter: { query: 'q=insight', rows: 1 },
  },
  {
    name: 'departments',
    list: with_('/departments', 1),
    headers: ['Name', 'Code', 'Cost centre', 'Manager', 'People'],
    filter: { query: 'q=xit', rows: 1 },
  },
  {
    name: 'people',
    list: with_('/people', 2),
    headers: ['Full name', 'E-mail', 'Employee number', 'Job title', 'Department', 'Cost centre', 'Location'],
    filter: { query: 'remote=true', rows: 1 },
    scoped: { column: 'Full name', values: ['X Nora'] },
  },
  {
    name: 'stock',
    list: with_('/stock', 2000),
    headers: ['Name', 'Category', 'Location', 'Location name', 'Quantity', 'Minimum quantity'],
    filter: { query: 'belowMinimum=true', rows: 1 },
    scoped: { column: 'Location', values: ['X-NYC-STOCK'] },
  },
  {
    name: 'stock-movements',
    list: with_('/stock/movements', 1),
    headers: ['Date', 'Kind', 'Model', 'Location code', 'Location', 'Quantity', 'Balance after'],
    filter: { query: 'kind=issue', rows: 1 },
    scoped: { column: 'Location code', values: ['X-NYC-STOCK'] },
  },
  {
    name: 'planning',
    list: with_('/planning', 2000),
    headers: ['Model', 'Tracking', 'Location code', 'Location', 'On hand'],
    filter: { query: `modelId=CABLES`, rows: 2 },
    scoped: { column: 'Location code', values: ['X-NYC', 'X-NYC-STOCK'] },
  },
];

/** Placeholders in the filters, known once the data exists. */
const fill = (query: string) =>
  query
    .replace('locationId=LON', `locationId=${lon.id}`)
    .replace('parentId=NYC', `parentId=${nyc.id}`)
    .replace('modelId=CABLES', `modelId=${cablesId}`);

describe.each(CASES)('exporting $name', (c) => {
  it('answers every row of the list, with the import’s column names, in CSV and in XLSX', async () => {
    const rows = await exportCsv(`${c.name}.csv`);
    expect(rows[0]!.slice(0, c.headers.length)).toEqual(c.headers);
    if (c.name === 'locations') {
      // The tree's list browses one level at a time: compare with search, which finds them all.
      expect(rows.slice(1).filter((r) => r[0]!.startsWith('X-'))).toHaveLength(await listTotal(c.list('')));
    } else {
      expect(rows.length - 1).toBe(await listTotal(c.list('')));
    }

    const xlsx = await get(`/exports/${c.name}.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(rows.length);
    expect((sheet.getRow(1).values as unknown[]).slice(1, c.headers.length + 1)).toEqual(c.headers);
  });

  it('honours a filter of the list', async () => {
    const rows = await exportCsv(`${c.name}.csv?${fill(c.filter.query)}`);
    expect(rows.length - 1).toBe(c.filter.rows);
    if (c.name !== 'locations') expect(rows.length - 1).toBe(await listTotal(c.list(fill(c.filter.query))));
  });

  it.runIf(c.scoped)('keeps a location-scoped user to their locations', async () => {
    const rows = await exportCsv(`${c.name}.csv`, nycTech.auth);
    const column = rows[0]!.indexOf(c.scoped!.column);
    expect(
      rows
        .slice(1)
        .map((r) => r[column])
        .sort(),
    ).toEqual([...c.scoped!.values].sort());
  });

  it('refuses without authentication', async () => {
    const res = await env.app.inject({ method: 'GET', url: `/api/v1/exports/${c.name}.csv` });
    expect(res.statusCode).toBe(401);
  });
});

describe('what the exports say', () => {
  it('follows the list’s sort', async () => {
    const byName = await exportCsv('models.csv?q=x%20&sort=name');
    const reversed = await exportCsv('models.csv?q=x%20&sort=-name');
    expect(reversed.slice(1).map((r) => r[0])).toEqual(
      byName
        .slice(1)
        .map((r) => r[0])
        .reverse(),
    );
  });

  it('lists each category’s custom fields', async () => {
    const rows = await exportCsv('categories.csv?q=x%20laptops');
    expect(rows[1]).toEqual(
      expect.arrayContaining(['RAM (GB) [ram_gb]: number, required; Colour [colour]: select (red | blue)']),
    );
  });

  it('writes locations parents first, each with its parent’s code', async () => {
    const rows = await exportCsv(`locations.csv?parentId=${lon.id}`);
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['X-LON', ''],
      ['X-LON-STOCK', 'X-LON'],
    ]);
  });

  it('finds locations by part of their name or code, as the page’s search does', async () => {
    const rows = await exportCsv('locations.csv?q=new%20york');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['X-NYC', 'X-NYC-STOCK']);
  });

  it('writes a manager the scoped user cannot see as blank', async () => {
    const rows = await exportCsv('people.csv', nycTech.auth);
    const manager = rows[0]!.indexOf('Manager');
    expect(rows[1]![manager]).toBe('');
    const all = await exportCsv('people.csv?q=x%20nora');
    expect(all[1]![manager]).toMatch(/@example\.com$/);
  });

  it('refuses a location outside the caller’s scope as the list does', async () => {
    const res = await get(`/exports/stock.csv?locationId=${lon.id}`, nycTech.auth);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('writes money and quantities as numbers in XLSX', async () => {
    const res = await get('/exports/stock.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const quantity = (sheet.getRow(1).values as unknown[]).indexOf('Quantity');
    expect(typeof sheet.getRow(2).getCell(quantity).value).toBe('number');
    const assetsFile = await get('/exports/assets.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(assetsFile.rawPayload as unknown as ArrayBuffer);
    const assetSheet = book.worksheets[0]!;
    const cost = (assetSheet.getRow(1).values as unknown[]).indexOf('Purchase cost');
    expect(assetSheet.getRow(2).getCell(cost).value).toBe(1299.5);
  });
});
