/**
 * Quantity-tracked stock: an append-only movement ledger, the balance it sums to (kept in the same
 * transaction as each movement, under a row lock), stock policies per model and location, each
 * model's supply (supplier and lead time) and the standard kits that turn new hires into demand.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { locations, users } from './schema.js';
import { assets, departments, models, people, suppliers } from './registry-schema.js';

export const MOVEMENT_KINDS = [
  'receive',
  'issue',
  'return',
  'transfer_out',
  'transfer_in',
  'adjust',
  'loss',
  'damage',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/**
 * One row per change of the quantity of one model at one location; `quantity` is signed (a transfer
 * is two rows sharing `group_id`). Never updated: on hand is the sum of these rows.
 */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    groupId: uuid('group_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind', { enum: MOVEMENT_KINDS }).notNull(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => models.id),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id),
    quantity: integer('quantity').notNull(),
    /** On hand at this location right after the movement. */
    balanceAfter: integer('balance_after').notNull(),
    /** Issued to (or returned by) one of a person, a location or an asset. */
    personId: uuid('person_id').references(() => people.id),
    assignedLocationId: uuid('assigned_location_id').references(() => locations.id),
    assetId: uuid('asset_id').references(() => assets.id),
    /** The other end of a transfer. */
    counterpartLocationId: uuid('counterpart_location_id').references(() => locations.id),
    reason: text('reason'),
    reference: text('reference'),
    notes: text('notes'),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    source: text('source').notNull(),
  },
  (t) => [
    index('stock_movements_model_location_idx').on(t.modelId, t.locationId, t.occurredAt),
    index('stock_movements_location_idx').on(t.locationId, t.id),
    index('stock_movements_occurred_idx').on(t.occurredAt),
    index('stock_movements_group_idx').on(t.groupId),
    check('stock_movements_nonzero', sql`${t.quantity} <> 0`),
  ],
);

/** On hand per model and location: the sum of the movements, maintained with each one. */
export const stockBalances = pgTable(
  'stock_balances',
  {
    modelId: uuid('model_id')
      .notNull()
      .references(() => models.id),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id),
    onHand: integer('on_hand').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.modelId, t.locationId] }),
    index('stock_balances_location_idx').on(t.locationId),
    check('stock_balances_not_negative', sql`${t.onHand} >= 0`),
  ],
);

/** Minimum, maximum and reorder quantity of one model at one location. */
export const stockPolicies = pgTable(
  'stock_policies',
  {
    modelId: uuid('model_id')
      .notNull()
      .references(() => models.id),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id),
    minQuantity: integer('min_quantity'),
    maxQuantity: integer('max_quantity'),
    reorderQuantity: integer('reorder_quantity'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.modelId, t.locationId] }),
    check(
      'stock_policies_min_max',
      sql`${t.maxQuantity} is null or ${t.minQuantity} is null or ${t.maxQuantity} >= ${t.minQuantity}`,
    ),
  ],
);

/** Where a model is bought and how long it takes to arrive (planning reads the lead time here). */
export const modelSupply = pgTable('model_supply', {
  modelId: uuid('model_id')
    .primaryKey()
    .references(() => models.id),
  supplierId: uuid('supplier_id').references(() => suppliers.id),
  /** Overrides the supplier's default lead time for this model. */
  leadTimeDays: integer('lead_time_days'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The standard kit of a department or a job title: what a new hire receives. People with a future
 * start date times their kit is planned demand.
 */
export const kitItems = pgTable(
  'kit_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    departmentId: uuid('department_id').references(() => departments.id),
    jobTitle: text('job_title'),
    modelId: uuid('model_id')
      .notNull()
      .references(() => models.id),
    quantity: integer('quantity').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('kit_items_key').on(
      sql`coalesce(${t.departmentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`lower(coalesce(${t.jobTitle}, ''))`,
      t.modelId,
    ),
    check('kit_items_one_owner', sql`num_nonnulls(${t.departmentId}, ${t.jobTitle}) = 1`),
    check('kit_items_quantity', sql`${t.quantity} > 0`),
  ],
);

/**
 * Demand per model, location and month (`demand_months`) or ISO week starting Monday
 * (`demand_weeks`), kept by statement triggers in the same transaction as every ledger movement and
 * every asset event that planning counts (check-outs from stock, check-ins and receipts into stock),
 * so planning reads a small table instead of aggregating the ledger. A row exists for every period
 * with any activity (a receipt too, at zero demand): that is where a pair's history starts. Asset
 * events land on one of 16 shards chosen at random, so concurrent check-outs of one model at one
 * stockroom do not queue on one row; readers sum the shards.
 */
const demandTable = (name: string) =>
  pgTable(
    name,
    {
      modelId: uuid('model_id').notNull(),
      locationId: uuid('location_id').notNull(),
      /** First day of the month or of the week, in UTC. */
      bucket: date('bucket').notNull(),
      shard: smallint('shard').notNull().default(0),
      /** How many movements and events fall in this bucket (0 once all were moved to another model). */
      activity: integer('activity').notNull().default(0),
      issued: integer('issued').notNull().default(0),
      writtenOff: integer('written_off').notNull().default(0),
      deployed: integer('deployed').notNull().default(0),
      returned: integer('returned').notNull().default(0),
    },
    (t) => [primaryKey({ columns: [t.modelId, t.locationId, t.bucket, t.shard] })],
  );

export const demandMonths = demandTable('demand_months');
export const demandWeeks = demandTable('demand_weeks');

/**
 * A line of stock scanned at the scanning station (receive, issue, transfer, count, adjust), kept by
 * the station's client id: a line sent again (an offline queue retried after a lost answer) is
 * answered as it was the first time and moves nothing more.
 */
export const stockScans = pgTable(
  'stock_scans',
  {
    clientId: uuid('client_id').primaryKey(),
    userId: uuid('user_id').references(() => users.id),
    deviceId: text('device_id'),
    scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    modelCode: text('model_code').notNull(),
    locationCode: text('location_code').notNull(),
    toCode: text('to_code'),
    quantity: integer('quantity').notNull(),
    outcome: text('outcome', { enum: ['applied', 'rejected'] }).notNull(),
    message: text('message').notNull(),
    modelId: uuid('model_id'),
    locationId: uuid('location_id'),
    toLocationId: uuid('to_location_id'),
    /** On hand at the location (and at the transfer's destination) right after this line. */
    onHand: integer('on_hand'),
    toOnHand: integer('to_on_hand'),
    movementGroupId: uuid('movement_group_id'),
  },
  (t) => [index('stock_scans_user_idx').on(t.userId, t.receivedAt)],
);
