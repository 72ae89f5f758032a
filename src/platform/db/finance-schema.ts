/**
 * Financials: depreciation books (ledgers such as "financial" and "tax"), their profiles (method,
 * life, salvage, convention), which profile applies to a category, a model or one asset in each
 * book, and what each disposal wrote off. The engine (src/domain/depreciation) computes the figures;
 * nothing here stores a computed schedule, so a change of profile can never leave stale figures.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { assets, categories, models, suppliers } from './registry-schema.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);

/** A later change of a profile's parameters (a change of estimate), applied from `effective` on. */
export interface StoredProfileChange {
  effective: string;
  parameters: Record<string, unknown>;
}

export const depreciationBooks = pgTable(
  'depreciation_books',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** The book reports and the asset page open on; exactly one book is the default. */
    isDefault: boolean('is_default').notNull().default(false),
    /** The profile for assets whose model and category have none in this book (none: not depreciated). */
    fallbackProfileId: uuid('fallback_profile_id'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('depreciation_books_code_key').on(sql`lower(${t.code})`),
    uniqueIndex('depreciation_books_one_default')
      .on(t.isDefault)
      .where(sql`${t.isDefault}`),
  ],
);

export const depreciationProfiles = pgTable(
  'depreciation_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookId: uuid('book_id')
      .notNull()
      .references(() => depreciationBooks.id),
    name: text('name').notNull(),
    method: text('method').notNull(),
    lifeMonths: integer('life_months'),
    salvagePercent: numeric('salvage_percent', { precision: 7, scale: 4 }),
    salvageAmount: numeric('salvage_amount', { precision: 14, scale: 2 }),
    convention: text('convention'),
    decliningFactor: numeric('declining_factor', { precision: 6, scale: 4 }),
    /** A fixed annual rate ("0.319") or "from_salvage". */
    rate: text('rate'),
    switchToStraightLine: boolean('switch_to_straight_line').notNull().default(false),
    endOfLife: text('end_of_life'),
    macrsClass: integer('macrs_class'),
    macrsConvention: text('macrs_convention'),
    /** Prospective changes, in date order. */
    changes: jsonb('changes').$type<StoredProfileChange[]>().notNull().default([]),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('depreciation_profiles_name_key').on(t.bookId, sql`lower(${t.name})`),
    check('depreciation_profiles_one_salvage', sql`num_nonnulls(${t.salvagePercent}, ${t.salvageAmount}) <= 1`),
  ],
);

/** The profile a book uses for a category's or a model's assets (a model's wins over its category's). */
export const depreciationDefaults = pgTable(
  'depreciation_defaults',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookId: uuid('book_id')
      .notNull()
      .references(() => depreciationBooks.id),
    categoryId: uuid('category_id').references(() => categories.id),
    modelId: uuid('model_id').references(() => models.id),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => depreciationProfiles.id),
  },
  (t) => [
    check('depreciation_defaults_one_target', sql`num_nonnulls(${t.categoryId}, ${t.modelId}) = 1`),
    uniqueIndex('depreciation_defaults_category_key')
      .on(t.bookId, t.categoryId)
      .where(sql`${t.categoryId} is not null`),
    uniqueIndex('depreciation_defaults_model_key')
      .on(t.bookId, t.modelId)
      .where(sql`${t.modelId} is not null`),
    index('depreciation_defaults_profile_idx').on(t.profileId),
  ],
);

/** One asset's own profile in a book (overrides the model's and the category's). */
export const assetDepreciationOverrides = pgTable(
  'asset_depreciation_overrides',
  {
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id),
    bookId: uuid('book_id')
      .notNull()
      .references(() => depreciationBooks.id),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => depreciationProfiles.id),
  },
  (t) => [
    primaryKey({ columns: [t.assetId, t.bookId] }),
    index('asset_depreciation_overrides_profile_idx').on(t.profileId),
  ],
);

/**
 * What a disposal wrote off in each book: the book value at the disposal date against the
 * proceeds. Written in the dispose action's transaction; the register leaves the asset out from then.
 */
export const assetDisposals = pgTable(
  'asset_disposals',
  {
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id),
    bookId: uuid('book_id')
      .notNull()
      .references(() => depreciationBooks.id),
    disposedOn: date('disposed_on').notNull(),
    cost: numeric('cost', { precision: 14, scale: 2 }).notNull(),
    accumulated: numeric('accumulated', { precision: 14, scale: 2 }).notNull(),
    bookValue: numeric('book_value', { precision: 14, scale: 2 }).notNull(),
    proceeds: numeric('proceeds', { precision: 14, scale: 2 }).notNull(),
    /** Proceeds − book value: positive is a gain. */
    gainLoss: numeric('gain_loss', { precision: 14, scale: 2 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.assetId, t.bookId] }), index('asset_disposals_date_idx').on(t.disposedOn)],
);

export const ASSET_COST_KINDS = ['repair', 'upgrade', 'licence', 'support', 'other'] as const;

/**
 * Money spent on an asset after its purchase (a repair, an upgrade, a licence, a support
 * contract). Part of its total cost of ownership; not capitalised, so depreciation is unchanged.
 */
export const assetCosts = pgTable(
  'asset_costs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id),
    incurredOn: date('incurred_on').notNull(),
    kind: text('kind', { enum: ASSET_COST_KINDS }).notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    /** The asset's currency when it has one (costs are never converted). */
    currency: text('currency'),
    supplierId: uuid('supplier_id').references(() => suppliers.id),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    index('asset_costs_asset_idx').on(t.assetId, t.incurredOn),
    check('asset_costs_amount_positive', sql`${t.amount} > 0`),
  ],
);
