import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel } from '../../../test/helpers/factories.js';
import type { LocationRow } from '../locations/locations-repository.js';
import { prepareDepreciation } from '../../domain/depreciation/index.js';

let env: TestEnv;
let admin: TestUser;
let stockroom: LocationRow;
let financial: Json;
const assetsMade: { id: string; cost: string; date: string; declining: boolean }[] = [];

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const get = (url: string) => env.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: admin.auth });
const send = (method: 'POST' | 'PUT', url: string, payload: object) =>
  env.app.inject({ method, url: `/api/v1${url}`, headers: admin.auth, payload });

const SL36 = { method: 'straight_line', lifeMonths: 36, convention: 'full_month', fiscalYearStartMonth: 1 } as const;
const DDB = {
  method: 'declining_balance',
  decliningFactor: '2',
  lifeMonths: 48,
  convention: 'full_month',
  switchToStraightLine: true,
  salvage: { percent: '10' },
  fiscalYearStartMonth: 1,
} as const;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.services, { role: 'admin' });
  stockroom = await makeLocation(env.db, { parent: await makeLocation(env.db, { code: 'RPT' }), code: 'RPT-STOCK' });
  financial = (await get('/depreciation-books')).json().items.find((b: Json) => b.code === 'financial');
  const ddb = await send('POST', `/depreciation-books/${financial.id}/profiles`, {
    name: 'DDB 48',
    method: 'declining_balance',
    decliningFactor: '2',
    lifeMonths: 48,
    convention: 'full_month',
    salvagePercent: '10',
    switchToStraightLine: true,
  });
  const laptops = await makeModel(env.db, { expectedLifeMonths: 36, defaultUnitCost: '1500.00' });
  const servers = await makeModel(env.db, { expectedLifeMonths: 48, defaultUnitCost: '9000.00' });
  await send('PUT', `/depreciation-books/${financial.id}/defaults`, { modelId: servers.id, profileId: ddb.json().id });
  const buys: [typeof laptops, string, string][] = [
    [laptops, '1234.56', '2023-03-15'],
    [laptops, '999.99', '2024-07-01'],
    [laptops, '1500.00', '2026-02-10'],
    [servers, '8000.00', '2023-11-20'],
    [servers, '12345.67', '2025-05-05'],
  ];
  for (const [model, cost, date] of buys) {
    const res = await send('POST', '/assets/receive', {
      modelId: model.id,
      locationId: stockroom.id,
      purchaseCost: cost,
      purchaseDate: date,
      items: [{}],
    });
    expect(res.statusCode, res.body).toBe(201);
    assetsMade.push({ id: res.json().items[0].id, cost, date, declining: model === servers });
  }
});
afterAll(() => env.close());

const engineAccumulated = (a: (typeof assetsMade)[number], date: string) =>
  a.date > date
    ? 0
    : prepareDepreciation(a.declining ? DDB : SL36, { cost: a.cost, inServiceDate: a.date }).valueAt(date).accumulated;

describe('finance reports', () => {
  it('gives the engine’s figures in the register, set-based and through the engine alike', async () => {
    const date = '2025-12-31';
    const res = await get(`/finance/reports/register?date=${date}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const held = assetsMade.filter((a) => a.date <= date);
    const expected = held.reduce((t, a) => t + engineAccumulated(a, date), 0);
    expect(body.totals.assets).toBe(held.length);
    expect(body.totals.accumulated).toBe((expected / 100).toFixed(2));
    expect(body.rows).toHaveLength(held.length);
  });

  it('exports the register as CSV and XLSX with a total line', async () => {
    const csv = await get('/finance/reports/register/export?date=2025-12-31&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Tag,Model,Category,Cost centre,Site,Status,Purchase date,Cost,Accumulated depreciation,Book value',
    );
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines.at(-1)).toMatch(/^Total,/);
    const xlsx = await get('/finance/reports/register/export?date=2025-12-31&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(1).getCell(10).value).toBe('Book value');
  });

  it('sums depreciation expense for a period, and splitting the period does not change it', async () => {
    const whole = (await get('/finance/reports/expense?from=2025-01-01&to=2025-12-31&groupBy=category')).json();
    const h1 = (await get('/finance/reports/expense?from=2025-01-01&to=2025-06-30&groupBy=category')).json();
    const h2 = (await get('/finance/reports/expense?from=2025-07-01&to=2025-12-31&groupBy=category')).json();
    const cents = (s: string) => Math.round(Number(s) * 100);
    expect(cents(h1.total) + cents(h2.total)).toBe(cents(whole.total));
    const expected = assetsMade.reduce(
      (t, a) => t + engineAccumulated(a, '2025-12-31') - engineAccumulated(a, '2024-12-31'),
      0,
    );
    expect(cents(whole.total)).toBe(expected);
    const byBook = (await get('/finance/reports/expense?from=2025-01-01&to=2025-12-31&groupBy=book')).json();
    expect(byBook.rows.map((r: Json) => r.group).sort()).toEqual(['Financial', 'Tax']);
  });

  it('forecasts expense per fiscal year for the assets still held', async () => {
    const res = await get('/finance/reports/forecast?years=3&groupBy=costCentre');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.years).toHaveLength(3);
    expect(body.totals).toHaveLength(3);
  });

  it('budgets replacements per quarter from the end of expected life, with overdue ones now', async () => {
    const res = await get('/finance/reports/replacement-budget');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.quarters).toHaveLength(12);
    // The 2023 laptop's three years ended in March 2026: overdue, at the model's current price.
    expect(body.overdue.assets).toBeGreaterThanOrEqual(1);
    const all = body.rows.reduce((t: number, r: Json) => t + r.assets, 0);
    expect(all).toBe(5);
    const csv = await get('/finance/reports/replacement-budget/export?format=csv');
    expect(csv.body).toContain('Quarter,Cost centre,Category,Assets,Replacement cost');
  });

  it('reports write-offs and total cost of ownership', async () => {
    const a = assetsMade[0]!;
    await send('POST', `/assets/${a.id}/actions/retire`, {});
    const disposed = await send('POST', `/assets/${a.id}/actions/dispose`, { reason: 'Sold', proceeds: '100.00' });
    expect(disposed.statusCode, disposed.body).toBe(200);
    await send('POST', `/assets/${assetsMade[1]!.id}/actions/mark_stolen`, {});
    const today = new Date().toISOString().slice(0, 10);
    const report = (await get(`/finance/reports/write-offs?from=2020-01-01&to=${today}`)).json();
    expect(report.disposals).toHaveLength(1);
    expect(report.disposals[0]).toMatchObject({ proceeds: '100.00' });
    expect(report.losses.map((l: Json) => l.status)).toEqual(['stolen']);
    const tco = (await get('/finance/reports/tco')).json();
    const laptopRow = tco.rows.find((r: Json) => r.assets === 3);
    expect(laptopRow).toMatchObject({ purchase: '3734.55', disposalProceeds: '100.00', totalCost: '3634.55' });
    const register = (await get(`/finance/reports/register?date=${today}`)).json();
    expect(register.totals.assets).toBe(4);
  });
});
