/**
 * Finance reports: JSON for the web app and integrations, and the same tables as CSV or XLSX files
 * (`/export?format=csv|xlsx`). The book value register streams: its export never holds the rows.
 */
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import type { Services } from '../../platform/services.js';
import { authProblems, problems } from '../../platform/http/route-kit.js';
import { CONTENT_TYPES, tableWriter, type ExportFormat } from './table-export.js';
import { REGISTER_COLUMNS, streamRegister } from './register.js';
import { GROUPINGS, expenseReport, forecastReport } from './summaries.js';
import { replacementBudget } from './replacement-budget.js';
import { tcoByModel, writeOffsReport } from './tco-writeoffs.js';
import { todayUtc } from './dates.js';
import { loadBookContext } from './book-context.js';
import {
  budgetSchema,
  expenseSchema,
  forecastSchema,
  registerSchema,
  tcoSchema,
  writeOffsSchema,
  tables,
} from './reports-presenter.js';

const read = { access: { permission: 'inventory.read' as const } };
const tags = ['finance reports'];
const date = z.iso.date('A date as YYYY-MM-DD.');
const bookId = z.uuid().optional().describe('The book (default: the default book).');
const format = z.enum(['csv', 'xlsx']).default('csv').describe('csv or xlsx.');
const fileResponse = {
  description: 'The report as a file (Content-Disposition: attachment).',
  content: {
    'text/csv': { schema: z.string().describe('CSV, UTF-8 with a BOM') },
    [CONTENT_TYPES.xlsx]: { schema: z.string().describe('XLSX workbook') },
  },
};

const registerQuery = z.object({
  date: date.optional().describe('Book values at the end of this day (default: today).'),
  bookId,
  limit: z.coerce.number().int().min(0).max(1000).default(100).describe('Rows in the answer (totals cover all).'),
});
const expenseQuery = z.object({
  from: date,
  to: date,
  groupBy: z.enum(GROUPINGS).default('category'),
  bookId,
});
const forecastQuery = z.object({
  years: z.coerce.number().int().min(1).max(30).default(5),
  groupBy: z.enum(['category', 'costCentre', 'site']).default('category'),
  bookId,
});
const writeOffsQuery = z.object({
  from: date,
  to: date,
  bookId,
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
const tcoQuery = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  groupBy: z.enum(['model', 'category']).default('model'),
});

function startFile(reply: FastifyReply, name: string, kind: ExportFormat): PassThrough {
  const out = new PassThrough();
  reply.header('content-disposition', `attachment; filename="${name}.${kind}"`).type(CONTENT_TYPES[kind]).send(out);
  return out;
}

async function sendTable(
  reply: FastifyReply,
  name: string,
  kind: ExportFormat,
  table: { columns: string[]; money: number[]; rows: (string | number | null)[][] },
) {
  const out = startFile(reply, name, kind);
  const writer = tableWriter(kind, out, name, table.columns, table.money);
  for (const row of table.rows) await writer.row(row);
  await writer.end();
  return reply;
}

export const financeReportsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/finance/reports/register',
    {
      config: read,
      schema: {
        tags,
        summary: 'Book value register at a date: totals and the first rows (the export has every asset)',
        querystring: registerQuery,
        response: { 200: registerSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => {
      const q = request.query;
      const at = q.date ?? todayUtc();
      const rows: (string | null)[][] = [];
      const result = await streamRegister(s, request.actionContext(), { bookId: q.bookId, date: at }, (r) => {
        if (rows.length < q.limit) rows.push(r);
      });
      return {
        date: at,
        book: result.book,
        totals: result.totals,
        columns: [...REGISTER_COLUMNS],
        rows,
      };
    },
  );

  app.get(
    '/finance/reports/register/export',
    {
      config: read,
      schema: {
        tags,
        summary: 'Book value register at a date as CSV or XLSX, streamed (every asset held on that date)',
        querystring: registerQuery.omit({ limit: true }).extend({ format }),
        response: { 200: fileResponse, ...authProblems, ...problems(404) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const at = q.date ?? todayUtc();
      const ctx = request.actionContext();
      // Resolve the book first, so an unknown book is a 404 rather than a broken download.
      await loadBookContext(s.db, q.bookId);
      const out = startFile(reply, `book-value-register-${at}`, q.format);
      const writer = tableWriter(q.format, out, 'Register', REGISTER_COLUMNS, [7, 8, 9]);
      try {
        const result = await streamRegister(s, ctx, { bookId: q.bookId, date: at }, (r) => writer.row(r));
        await writer.row([
          'Total',
          null,
          null,
          null,
          null,
          `${result.totals.assets} assets`,
          null,
          result.totals.cost,
          result.totals.accumulated,
          result.totals.bookValue,
        ]);
        await writer.end();
      } catch (err) {
        out.destroy(err as Error);
      }
      return reply;
    },
  );

  app.get(
    '/finance/reports/expense',
    {
      config: read,
      schema: {
        tags,
        summary: 'Depreciation expense for a period by category, cost centre, site or book',
        querystring: expenseQuery,
        response: { 200: expenseSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => expenseReport(s, request.actionContext(), request.query),
  );

  app.get(
    '/finance/reports/expense/export',
    {
      config: read,
      schema: {
        tags,
        summary: 'Depreciation expense for a period as CSV or XLSX',
        querystring: expenseQuery.extend({ format }),
        response: { 200: fileResponse, ...authProblems, ...problems(404) },
      },
    },
    async (request, reply) => {
      const report = await expenseReport(s, request.actionContext(), request.query);
      return sendTable(
        reply,
        `depreciation-expense-${report.from}-${report.to}`,
        request.query.format,
        tables.expense(report),
      );
    },
  );

  app.get(
    '/finance/reports/forecast',
    {
      config: read,
      schema: {
        tags,
        summary: 'Depreciation expense forecast per fiscal year for the next N years',
        querystring: forecastQuery,
        response: { 200: forecastSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => forecastReport(s, request.actionContext(), { ...request.query, today: todayUtc() }),
  );

  app.get(
    '/finance/reports/forecast/export',
    {
      config: read,
      schema: {
        tags,
        summary: 'Depreciation expense forecast as CSV or XLSX',
        querystring: forecastQuery.extend({ format }),
        response: { 200: fileResponse, ...authProblems, ...problems(404) },
      },
    },
    async (request, reply) => {
      const report = await forecastReport(s, request.actionContext(), { ...request.query, today: todayUtc() });
      return sendTable(reply, 'depreciation-forecast', request.query.format, tables.forecast(report));
    },
  );

  app.get(
    '/finance/reports/replacement-budget',
    {
      config: read,
      schema: {
        tags,
        summary: 'End of life and replacement budget per quarter, cost centre and category for the next three years',
        response: { 200: budgetSchema, ...authProblems },
      },
    },
    async (request) => replacementBudget(s, request.actionContext(), { today: todayUtc() }),
  );

  app.get(
    '/finance/reports/replacement-budget/export',
    {
      config: read,
      schema: {
        tags,
        summary: 'Replacement budget as CSV or XLSX',
        querystring: z.object({ format }),
        response: { 200: fileResponse, ...authProblems },
      },
    },
    async (request, reply) => {
      const report = await replacementBudget(s, request.actionContext(), { today: todayUtc() });
      return sendTable(reply, 'replacement-budget', request.query.format, tables.budget(report));
    },
  );

  app.get(
    '/finance/reports/tco',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Total cost of ownership per model or category (purchase plus recorded costs, less disposal proceeds), highest first',
        querystring: tcoQuery,
        response: { 200: tcoSchema, ...authProblems },
      },
    },
    async (request) => tcoByModel(s, request.actionContext(), request.query),
  );

  app.get(
    '/finance/reports/tco/export',
    {
      config: read,
      schema: {
        tags,
        summary: 'Total cost of ownership per model as CSV or XLSX',
        querystring: tcoQuery.extend({ format }),
        response: { 200: fileResponse, ...authProblems },
      },
    },
    async (request, reply) =>
      sendTable(
        reply,
        'total-cost-of-ownership',
        request.query.format,
        tables.tco(await tcoByModel(s, request.actionContext(), request.query)),
      ),
  );

  app.get(
    '/finance/reports/write-offs',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Disposals in a period with gain or loss against book value, and lost, stolen or missing assets at book value',
        querystring: writeOffsQuery,
        response: { 200: writeOffsSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => writeOffsReport(s, request.actionContext(), request.query),
  );

  app.get(
    '/finance/reports/write-offs/export',
    {
      config: read,
      schema: {
        tags,
        summary: 'Write-offs as CSV or XLSX',
        querystring: writeOffsQuery.extend({ format }),
        response: { 200: fileResponse, ...authProblems, ...problems(404) },
      },
    },
    async (request, reply) => {
      const report = await writeOffsReport(s, request.actionContext(), request.query);
      return sendTable(reply, `write-offs-${report.from}-${report.to}`, request.query.format, tables.writeOffs(report));
    },
  );
};
