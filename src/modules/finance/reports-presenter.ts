/** The finance reports' answers (JSON) and the same reports as tables for CSV and XLSX. */
import { z } from 'zod';
import type { expenseReport, forecastReport } from './summaries.js';
import type { replacementBudget } from './replacement-budget.js';
import type { tcoByModel, writeOffsReport } from './tco-writeoffs.js';

const money = z.string().describe('Decimal amount, two decimals.');
const bookRef = z.object({ id: z.uuid(), name: z.string() });

export const registerSchema = z
  .object({
    date: z.string(),
    book: bookRef,
    totals: z.object({ assets: z.number().int(), cost: money, accumulated: money, bookValue: money }),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string().nullable())).describe('The first rows; the export has them all.'),
  })
  .meta({ id: 'BookValueRegister' });

export const expenseSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    groupBy: z.string(),
    book: bookRef.nullable(),
    rows: z.array(z.object({ group: z.string(), expense: money })),
    total: money,
  })
  .meta({ id: 'DepreciationExpenseReport' });

export const forecastSchema = z
  .object({
    book: bookRef,
    groupBy: z.string(),
    years: z.array(z.object({ fiscalYear: z.number().int(), start: z.string(), end: z.string() })),
    rows: z.array(z.object({ group: z.string(), expenses: z.array(money), total: money })),
    totals: z.array(money),
  })
  .meta({ id: 'DepreciationForecast' });

export const budgetSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    expectedLifeFallbackMonths: z.number().int().nullable(),
    quarters: z.array(
      z.object({
        quarter: z.string(),
        label: z.string(),
        assets: z.number().int(),
        amount: money,
        byCategory: z.record(z.string(), money),
      }),
    ),
    categories: z.array(z.string()),
    rows: z.array(
      z.object({
        quarter: z.string(),
        costCentre: z.string(),
        category: z.string(),
        assets: z.number().int(),
        amount: money,
        overdueAssets: z.number().int(),
      }),
    ),
    overdue: z.object({ assets: z.number().int() }),
  })
  .meta({ id: 'ReplacementBudget' });

export const tcoSchema = z
  .object({
    groupBy: z.enum(['model', 'category']),
    rows: z.array(
      z.object({
        model: z.string().nullable().describe('null when grouped by category.'),
        category: z.string(),
        assets: z.number().int(),
        purchase: money,
        recordedCosts: money.describe('Repairs, upgrades, licences, support recorded against the assets.'),
        disposalProceeds: money,
        totalCost: money,
        perAsset: money,
      }),
    ),
  })
  .meta({ id: 'TotalCostOfOwnership' });

export const writeOffsSchema = z
  .object({
    book: bookRef,
    from: z.string(),
    to: z.string(),
    disposals: z.array(
      z.object({
        tag: z.string(),
        model: z.string(),
        disposedOn: z.string(),
        cost: money,
        accumulated: money,
        bookValue: money,
        proceeds: money,
        gainLoss: money,
      }),
    ),
    disposalTotals: z.object({ assets: z.number().int(), bookValue: money, proceeds: money, gainLoss: money }),
    losses: z.array(
      z.object({ tag: z.string(), model: z.string(), status: z.string(), cost: money, bookValue: money }),
    ),
    lossTotals: z.object({ assets: z.number().int(), bookValue: money }),
  })
  .meta({ id: 'WriteOffs' });

type Table = { columns: string[]; money: number[]; rows: (string | number | null)[][] };

export const tables = {
  expense(r: Awaited<ReturnType<typeof expenseReport>>): Table {
    return {
      columns: [
        r.groupBy === 'costCentre' ? 'Cost centre' : r.groupBy[0]!.toUpperCase() + r.groupBy.slice(1),
        'Expense',
      ],
      money: [1],
      rows: [...r.rows.map((x) => [x.group, x.expense]), ['Total', r.total]],
    };
  },
  forecast(r: Awaited<ReturnType<typeof forecastReport>>): Table {
    return {
      columns: ['Group', ...r.years.map((y) => `FY ${y.fiscalYear}`), 'Total'],
      money: r.years.map((_, i) => i + 1).concat(r.years.length + 1),
      rows: [...r.rows.map((x) => [x.group, ...x.expenses, x.total]), ['Total', ...r.totals, null]],
    };
  },
  budget(r: Awaited<ReturnType<typeof replacementBudget>>): Table {
    return {
      columns: ['Quarter', 'Cost centre', 'Category', 'Assets', 'Replacement cost', 'Of which overdue'],
      money: [4],
      rows: r.rows.map((x) => [x.quarter, x.costCentre, x.category, x.assets, x.amount, x.overdueAssets]),
    };
  },
  tco(r: Awaited<ReturnType<typeof tcoByModel>>): Table {
    return {
      columns: [
        'Model',
        'Category',
        'Assets',
        'Purchase',
        'Recorded costs',
        'Disposal proceeds',
        'Total cost',
        'Per asset',
      ],
      money: [3, 4, 5, 6, 7],
      rows: r.rows.map((x) => [
        x.model,
        x.category,
        x.assets,
        x.purchase,
        x.recordedCosts,
        x.disposalProceeds,
        x.totalCost,
        x.perAsset,
      ]),
    };
  },
  writeOffs(r: Awaited<ReturnType<typeof writeOffsReport>>): Table {
    return {
      columns: ['Kind', 'Tag', 'Model', 'Date or status', 'Cost', 'Book value', 'Proceeds', 'Gain or loss'],
      money: [4, 5, 6, 7],
      rows: [
        ...r.disposals.map((d) => [
          'Disposal',
          d.tag,
          d.model,
          d.disposedOn,
          d.cost,
          d.bookValue,
          d.proceeds,
          d.gainLoss,
        ]),
        ...r.losses.map((l) => [
          l.status[0]!.toUpperCase() + l.status.slice(1),
          l.tag,
          l.model,
          l.status,
          l.cost,
          l.bookValue,
          null,
          null,
        ]),
      ],
    };
  },
};
