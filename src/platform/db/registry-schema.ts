/**
 * The asset registry's tables: reference data (categories with custom fields, manufacturers,
 * suppliers, models, departments, people), assets, their events, and maintained stock counts.
 * Re-exported from schema.ts, so one schema and one migrations folder serve everything.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { locations, users } from './schema.js';
import { ASSET_STATUSES } from '../../domain/asset-lifecycle.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);
const archivedAt = () => timestamp('archived_at', { withTimezone: true });

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['hardware', 'accessory', 'consumable', 'component', 'software'] }).notNull(),
    notes: text('notes'),
    archivedAt: archivedAt(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('categories_name_key').on(sql`lower(${t.name})`)],
);

export const customFieldDefinitions = pgTable(
  'custom_field_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type', {
      enum: ['text', 'number', 'date', 'boolean', 'select', 'url', 'email', 'ip', 'mac'],
    }).notNull(),
    required: boolean('required').notNull().default(false),
    unique: boolean('unique').notNull().default(false),
    options: jsonb('options').$type<string[]>(),
    helpText: text('help_text'),
    position: integer('position').notNull().default(0),
    archivedAt: archivedAt(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('custom_field_definitions_key').on(t.categoryId, t.key)],
);

export const manufacturers = pgTable(
  'manufacturers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    website: text('website'),
    supportUrl: text('support_url'),
    supportEmail: text('support_email'),
    supportPhone: text('support_phone'),
    notes: text('notes'),
    archivedAt: archivedAt(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('manufacturers_name_key').on(sql`lower(${t.name})`)],
);

export const suppliers = pgTable(
  'suppliers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    contactName: text('contact_name'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    accountNumber: text('account_number'),
    defaultLeadTimeDays: integer('default_lead_time_days'),
    address: text('address'),
    notes: text('notes'),
    archivedAt: archivedAt(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('suppliers_name_key').on(sql`lower(${t.name})`)],
);

export const models = pgTable(
  'models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    manufacturerId: uuid('manufacturer_id').references(() => manufacturers.id),
    name: text('name').notNull(),
    modelNumber: text('model_number'),
    tracking: text('tracking', { enum: ['individual', 'quantity'] }).notNull(),
    expectedLifeMonths: integer('expected_life_months'),
    defaultUnitCost: numeric('default_unit_cost', { precision: 14, scale: 2 }),
    currency: text('currency'),
    minStock: integer('min_stock'),
    imageUrl: text('image_url'),
    notes: text('notes'),
    archivedAt: archivedAt(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('models_name_key').on(
      sql`coalesce(${t.manufacturerId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`lower(${t.name})`,
    ),
    index('models_category_idx').on(t.categoryId),
    index('models_manufacturer_idx').on(t.manufacturerId),
    index('models_name_trgm').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

/** GTINs/EANs from vendor labels: one model per code, so a scan finds exactly one model. */
export const modelGtins = pgTable('model_gtins', {
  gtin: text('gtin').primaryKey(),
  modelId: uuid('model_id')
    .notNull()
    .references(() => models.id, { onDelete: 'cascade' }),
});

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    code: text('code'),
    costCentre: text('cost_centre'),
    managerId: uuid('manager_id'),
    archivedAt: archivedAt(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('departments_name_key').on(sql`lower(${t.name})`),
    uniqueIndex('departments_code_key')
      .on(sql`lower(${t.code})`)
      .where(sql`${t.code} is not null`),
  ],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeNumber: text('employee_number'),
    name: text('name').notNull(),
    email: text('email'),
    jobTitle: text('job_title'),
    departmentId: uuid('department_id').references(() => departments.id),
    costCentre: text('cost_centre'),
    managerId: uuid('manager_id'),
    locationId: uuid('location_id').references(() => locations.id),
    remote: boolean('remote').notNull().default(false),
    startDate: date('start_date'),
    endDate: date('end_date'),
    status: text('status', { enum: ['active', 'leaving', 'left'] })
      .notNull()
      .default('active'),
    userId: uuid('user_id').references(() => users.id),
    notes: text('notes'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('people_employee_number_key')
      .on(sql`lower(${t.employeeNumber})`)
      .where(sql`${t.employeeNumber} is not null`),
    uniqueIndex('people_email_key')
      .on(sql`lower(${t.email})`)
      .where(sql`${t.email} is not null`),
    uniqueIndex('people_user_key')
      .on(t.userId)
      .where(sql`${t.userId} is not null`),
    index('people_department_idx').on(t.departmentId),
    index('people_location_idx').on(t.locationId),
    index('people_name_trgm').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('people_ids_trgm').using(
      'gin',
      sql`lower(coalesce(${t.email}, '') || ' ' || coalesce(${t.employeeNumber}, '')) gin_trgm_ops`,
    ),
  ],
);

export { ASSET_STATUSES };

export const assets = pgTable(
  'assets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tag: text('tag').notNull(),
    serial: text('serial'),
    modelId: uuid('model_id')
      .notNull()
      .references(() => models.id),
    /** Copied from the model so that "serial unique per manufacturer" is one unique index. */
    manufacturerId: uuid('manufacturer_id').references(() => manufacturers.id),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    name: text('name'),
    status: text('status', { enum: ASSET_STATUSES }).notNull(),
    locationId: uuid('location_id').references(() => locations.id),
    assignedPersonId: uuid('assigned_person_id').references(() => people.id),
    assignedLocationId: uuid('assigned_location_id').references(() => locations.id),
    assignedAssetId: uuid('assigned_asset_id'),
    requestReference: text('request_reference'),
    expectedReturnDate: date('expected_return_date'),
    supplierId: uuid('supplier_id').references(() => suppliers.id),
    orderReference: text('order_reference'),
    purchaseDate: date('purchase_date'),
    purchaseCost: numeric('purchase_cost', { precision: 14, scale: 2 }),
    currency: text('currency'),
    warrantyEnd: date('warranty_end'),
    /** The asset's own cost centre; reports fall back to its holder's, then the department's. */
    costCentre: text('cost_centre'),
    customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default({}),
    notes: text('notes'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('assets_tag_key').on(sql`lower(${t.tag})`),
    uniqueIndex('assets_serial_key')
      .on(sql`coalesce(${t.manufacturerId}, '00000000-0000-0000-0000-000000000000'::uuid)`, sql`lower(${t.serial})`)
      .where(sql`${t.serial} is not null`),
    index('assets_serial_idx').on(sql`lower(${t.serial})`),
    index('assets_model_idx').on(t.modelId, t.status),
    index('assets_location_idx').on(t.locationId, t.status),
    index('assets_status_idx').on(t.status, t.id),
    // What a person holds, in tag order: the search's "holder's name" branch reads the first page
    // of each matching person's assets from here without sorting.
    index('assets_person_idx')
      .on(t.assignedPersonId, sql`lower(${t.tag})`, t.id)
      .where(sql`${t.assignedPersonId} is not null`),
    index('assets_assigned_location_idx')
      .on(t.assignedLocationId)
      .where(sql`${t.assignedLocationId} is not null`),
    index('assets_parent_idx')
      .on(t.assignedAssetId)
      .where(sql`${t.assignedAssetId} is not null`),
    index('assets_category_idx').on(t.categoryId, t.status, t.id),
    // A model's assets in tag order, for the search's "model name" branch.
    index('assets_model_tag_idx').on(t.modelId, sql`lower(${t.tag})`, t.id),
    index('assets_supplier_idx').on(t.supplierId),
    index('assets_purchase_date_idx').on(t.purchaseDate),
    index('assets_warranty_idx').on(t.warrantyEnd),
    // Keyset pages sort on (key, id): one index per sortable key lets a filtered list read 50 rows
    // in order instead of sorting every match.
    index('assets_tag_sort_idx').on(sql`lower(${t.tag})`, t.id),
    index('assets_created_sort_idx').on(t.createdAt, t.id),
    index('assets_updated_sort_idx').on(t.updatedAt, t.id),
    index('assets_purchase_sort_idx').on(sql`coalesce(${t.purchaseDate}, '0001-01-01'::date)`, t.id),
    index('assets_warranty_sort_idx').on(sql`coalesce(${t.warrantyEnd}, '0001-01-01'::date)`, t.id),
    index('assets_custom_fields_idx').using('gin', t.customFields.op('jsonb_path_ops')),
    index('assets_search_trgm').using(
      'gin',
      sql`lower(${t.tag} || ' ' || coalesce(${t.serial}, '') || ' ' || coalesce(${t.name}, '') || ' ' || coalesce(${t.notes}, '')) gin_trgm_ops`,
    ),
    check(
      'assets_one_assignee',
      sql`num_nonnulls(${t.assignedPersonId}, ${t.assignedLocationId}, ${t.assignedAssetId}) <= 1`,
    ),
  ],
);

/** The history of each asset, one row per action, written in the action's transaction. */
export const assetEvents = pgTable(
  'asset_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    source: text('source').notNull(),
    statusFrom: text('status_from'),
    statusTo: text('status_to'),
    locationFrom: uuid('location_from'),
    locationTo: uuid('location_to'),
    assigneeFrom: jsonb('assignee_from').$type<{ type: string; id: string; label?: string } | null>(),
    assigneeTo: jsonb('assignee_to').$type<{ type: string; id: string; label?: string } | null>(),
    requestReference: text('request_reference'),
    notes: text('notes'),
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('asset_events_asset_idx').on(t.assetId, t.id),
    index('asset_events_person_to_idx')
      .on(sql`(${t.assigneeTo} ->> 'id')`)
      .where(sql`${t.assigneeTo} is not null`),
    index('asset_events_occurred_idx').on(t.occurredAt),
  ],
);

/**
 * Counts of individually tracked assets per model, location and status, kept by a trigger on
 * `assets` in the same transaction as every change (whatever path writes the asset), so stock
 * levels answer from a small table instead of scanning assets.
 */
export const assetCounts = pgTable(
  'asset_counts',
  {
    modelId: uuid('model_id').notNull(),
    /** The nil UUID for assets without a location (on order). */
    locationId: uuid('location_id').notNull(),
    status: text('status').notNull(),
    /**
     * Each change lands on one of 16 rows per key, chosen at random, so that concurrent check-outs
     * of one model at one stockroom do not queue on a single counter row. Readers sum the shards.
     */
    shard: smallint('shard').notNull().default(0),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.modelId, t.locationId, t.status, t.shard] }),
    index('asset_counts_location_idx').on(t.locationId),
  ],
);

/**
 * The same counts rolled up the location tree: each change to `asset_counts` is also added under
 * every ancestor of its location (the location itself included) and under
 * `ORGANISATION_ROLLUP_ID` for the whole organisation (the only place assets without a location
 * count). Kept by the same triggers; a location move shifts its subtree's totals from the old
 * ancestors to the new ones. Stock levels and location pages read one key instead of summing a
 * subtree. Sharded like `asset_counts`; readers sum the shards.
 */
export const assetRollupCounts = pgTable(
  'asset_rollup_counts',
  {
    locationId: uuid('location_id').notNull(),
    modelId: uuid('model_id').notNull(),
    status: text('status').notNull(),
    shard: smallint('shard').notNull().default(0),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.locationId, t.modelId, t.status, t.shard] })],
);

/** The `asset_rollup_counts` key under which the whole organisation's counts are kept. */
export const ORGANISATION_ROLLUP_ID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/**
 * Scans received from scanning stations (online or synced from an offline queue), keyed by the
 * client's id for each scan, so that a scan sent twice is applied once and answered the same way.
 */
export const scans = pgTable(
  'scans',
  {
    clientId: uuid('client_id').primaryKey(),
    userId: uuid('user_id').references(() => users.id),
    deviceId: text('device_id'),
    scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    code: text('code').notNull(),
    targetCode: text('target_code'),
    outcome: text('outcome', { enum: ['applied', 'conflict', 'rejected'] }).notNull(),
    message: text('message').notNull(),
    assetId: uuid('asset_id'),
  },
  (t) => [index('scans_user_idx').on(t.userId, t.receivedAt), index('scans_asset_idx').on(t.assetId)],
);
