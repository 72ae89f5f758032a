/**
 * An asset's financial figures: cost, age, expected end of life, and per book the profile that
 * applies (and where it comes from), book value and accumulated depreciation at a date, and the
 * schedule by month and fiscal year. Disposed assets show what the disposal wrote off.
 */
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/errors.js';
import { assets, models } from '../../platform/db/registry-schema.js';
import { assetDisposals } from '../../platform/db/finance-schema.js';
import { scopeCondition } from '../locations/location-scope.js';
import { formatCents } from '../../domain/depreciation/index.js';
import { profilesForAsset } from './books-repository.js';
import { presentProfile, depreciationProfileSchema, currentParameters } from './books-presenter.js';
import { prepareForAsset } from './book-figures.js';
import { readFinanceSettings } from './finance-settings.js';
import { addMonthsToDate, monthsBetween, todayUtc } from './dates.js';
import { assetCostsAndTco } from './asset-costs.js';
import { tcoSchema } from './asset-costs-presenter.js';

const money = z.string().describe('Decimal amount, two decimals.');

const periodSchema = z.object({
  start: z.string(),
  end: z.string(),
  fiscalYear: z.number().int(),
  fiscalPeriod: z.number().int(),
  expense: money,
  accumulated: money,
  bookValue: money,
});

const fiscalYearSchema = z.object({
  fiscalYear: z.number().int(),
  start: z.string(),
  end: z.string(),
  openingBookValue: money,
  expense: money,
  accumulated: money,
  bookValue: money,
});

const bookFiguresSchema = z.object({
  bookId: z.uuid(),
  code: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  source: z
    .enum(['asset', 'model', 'category', 'book', 'none'])
    .describe('Where the profile comes from: the asset itself, its model, its category, the book, or nowhere.'),
  profile: depreciationProfileSchema.nullable(),
  problem: z.string().nullable().describe('Why there are no figures (no cost, no date, no profile).'),
  salvage: money.nullable(),
  depreciable: money.nullable(),
  accumulated: money.nullable(),
  bookValue: money.nullable(),
  fullyDepreciatedOn: z.string().nullable().describe('The last day of the last period with depreciation.'),
  periods: z.array(periodSchema),
  fiscalYears: z.array(fiscalYearSchema),
  disposal: z
    .object({ disposedOn: z.string(), bookValue: money, proceeds: money, gainLoss: money })
    .nullable()
    .describe('What the disposal wrote off in this book.'),
});

export const assetFinancialsSchema = z
  .object({
    assetId: z.uuid(),
    tag: z.string(),
    status: z.string(),
    date: z.string().describe('The date the book values are at (end of that day).'),
    cost: money.nullable(),
    currency: z.string().nullable(),
    purchaseDate: z.string().nullable(),
    ageMonths: z.number().int().nullable().describe('Whole months from the purchase date to the date.'),
    expectedLifeMonths: z.number().int().nullable().describe("The model's expected life, else the default book's."),
    expectedEndOfLife: z.string().nullable(),
    fiscalYearStartMonth: z.number().int(),
    costCentre: z.string().nullable().describe("The asset's own cost centre."),
    tco: tcoSchema.describe('Total cost of ownership: purchase + recorded costs − disposal proceeds.'),
    books: z.array(bookFiguresSchema),
  })
  .meta({ id: 'AssetFinancials' });
export type AssetFinancials = z.infer<typeof assetFinancialsSchema>;

export const assetFinancialsQuery = z.object({
  date: z.iso.date('A date as YYYY-MM-DD.').optional().describe('Book values at the end of this day (default: today).'),
});

export async function getAssetFinancials(
  s: Services,
  ctx: ActionContext,
  assetId: string,
  query: z.input<typeof assetFinancialsQuery>,
): Promise<AssetFinancials> {
  const date = assetFinancialsQuery.parse(query).date ?? todayUtc();
  const [row] = await s.db
    .select({ asset: assets, expectedLifeMonths: models.expectedLifeMonths })
    .from(assets)
    .innerJoin(models, eq(models.id, assets.modelId))
    .where(and(eq(assets.id, assetId), scopeCondition(ctx, 'inventory.read', assets.locationId)));
  if (!row) throw notFound('The asset');
  const { asset } = row;
  const { fiscalYearStartMonth } = await readFinanceSettings(s.db);
  const books = await profilesForAsset(s.db, asset);
  const disposals = await s.db.select().from(assetDisposals).where(eq(assetDisposals.assetId, assetId));

  const figures = books.map(({ book, source, profile }) => {
    const disposal = disposals.find((d) => d.bookId === book.id) ?? null;
    const base = {
      bookId: book.id,
      code: book.code,
      name: book.name,
      isDefault: book.isDefault,
      source,
      profile: profile ? presentProfile(profile) : null,
      disposal: disposal
        ? {
            disposedOn: disposal.disposedOn,
            bookValue: disposal.bookValue,
            proceeds: disposal.proceeds,
            gainLoss: disposal.gainLoss,
          }
        : null,
    };
    const ready = prepareForAsset(profile, asset, fiscalYearStartMonth);
    if (!ready.ok) {
      return {
        ...base,
        problem: ready.problem,
        salvage: null,
        depreciable: null,
        accumulated: null,
        bookValue: null,
        fullyDepreciatedOn: null,
        periods: [],
        fiscalYears: [],
      };
    }
    const schedule = ready.prepared.schedule();
    // After a disposal the asset is out of the books: figures stop at the disposal date.
    const at = disposal && disposal.disposedOn < date ? disposal.disposedOn : date;
    const value = ready.prepared.valueAt(at);
    const last = schedule.periods[schedule.periods.length - 1];
    return {
      ...base,
      problem: null,
      salvage: formatCents(schedule.salvage),
      depreciable: formatCents(schedule.depreciable),
      accumulated: formatCents(value.accumulated),
      bookValue: formatCents(value.bookValue),
      fullyDepreciatedOn: last?.end ?? null,
      periods: schedule.periods.map((p) => ({
        ...p,
        expense: formatCents(p.expense),
        accumulated: formatCents(p.accumulated),
        bookValue: formatCents(p.bookValue),
      })),
      fiscalYears: schedule.byFiscalYear.map((y) => ({
        ...y,
        openingBookValue: formatCents(y.openingBookValue),
        expense: formatCents(y.expense),
        accumulated: formatCents(y.accumulated),
        bookValue: formatCents(y.bookValue),
      })),
    };
  });

  const defaultBook = books.find((b) => b.book.isDefault) ?? books[0];
  const defaultParameters = defaultBook?.profile ? currentParameters(defaultBook.profile) : null;
  const bookLife =
    defaultParameters?.lifeMonths ?? (defaultParameters?.macrsClass ? defaultParameters.macrsClass * 12 : null);
  const expectedLifeMonths = row.expectedLifeMonths ?? bookLife;
  return {
    assetId: asset.id,
    tag: asset.tag,
    status: asset.status,
    date,
    cost: asset.purchaseCost,
    currency: asset.currency,
    purchaseDate: asset.purchaseDate,
    ageMonths: asset.purchaseDate ? Math.max(0, monthsBetween(asset.purchaseDate, date)) : null,
    expectedLifeMonths,
    expectedEndOfLife:
      asset.purchaseDate && expectedLifeMonths ? addMonthsToDate(asset.purchaseDate, expectedLifeMonths) : null,
    fiscalYearStartMonth,
    costCentre: asset.costCentre,
    tco: (await assetCostsAndTco(s.db, asset)).tco,
    books: figures,
  };
}
