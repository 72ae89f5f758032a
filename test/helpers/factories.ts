/**
 * Test data factories: a valid graph by default, with overrides. They insert directly (the
 * modules' own tests cover their use cases), so any test can set up what it needs in one line.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/platform/db/database.js';
import {
  categories,
  customFieldDefinitions,
  manufacturers,
  models,
  people,
  suppliers,
} from '../../src/platform/db/schema-all.js';
import {
  insertLocation,
  type LocationKind,
  type LocationRow,
} from '../../src/modules/locations/locations-repository.js';

const unique = () => randomUUID().slice(0, 8);

export async function makeCategory(db: Db, overrides: Partial<typeof categories.$inferInsert> = {}) {
  const [row] = await db
    .insert(categories)
    .values({ name: `Laptops ${unique()}`, kind: 'hardware', ...overrides })
    .returning();
  return row!;
}

export async function makeField(
  db: Db,
  categoryId: string,
  overrides: Partial<typeof customFieldDefinitions.$inferInsert> = {},
) {
  const [row] = await db
    .insert(customFieldDefinitions)
    .values({ categoryId, key: `field_${unique()}`, label: 'Field', type: 'text', ...overrides })
    .returning();
  return row!;
}

export async function makeManufacturer(db: Db, overrides: Partial<typeof manufacturers.$inferInsert> = {}) {
  const [row] = await db
    .insert(manufacturers)
    .values({ name: `Maker ${unique()}`, ...overrides })
    .returning();
  return row!;
}

export async function makeSupplier(db: Db, overrides: Partial<typeof suppliers.$inferInsert> = {}) {
  const [row] = await db
    .insert(suppliers)
    .values({ name: `Supplier ${unique()}`, defaultLeadTimeDays: 7, ...overrides })
    .returning();
  return row!;
}

export async function makeModel(db: Db, overrides: Partial<typeof models.$inferInsert> = {}) {
  const categoryId = overrides.categoryId ?? (await makeCategory(db)).id;
  const manufacturerId =
    overrides.manufacturerId === undefined ? (await makeManufacturer(db)).id : overrides.manufacturerId;
  const [row] = await db
    .insert(models)
    .values({
      name: `Model ${unique()}`,
      tracking: 'individual',
      defaultUnitCost: '1000.00',
      currency: 'EUR',
      expectedLifeMonths: 36,
      ...overrides,
      categoryId,
      manufacturerId,
    })
    .returning();
  return row!;
}

export async function makeLocation(
  db: Db,
  overrides: { parent?: LocationRow | null; kind?: LocationKind; code?: string; name?: string } = {},
) {
  const code = overrides.code ?? `LOC-${unique()}`;
  return insertLocation(db, {
    parent: overrides.parent ?? null,
    kind: overrides.kind ?? (overrides.parent ? 'stockroom' : 'site'),
    code,
    name: overrides.name ?? code,
  });
}

export async function makePerson(db: Db, overrides: Partial<typeof people.$inferInsert> = {}) {
  const [row] = await db
    .insert(people)
    .values({ name: `Person ${unique()}`, email: `${unique()}@example.com`, ...overrides })
    .returning();
  return row!;
}
