/**
 * What model imports and stock imports share: the models a file names, found by manufacturer and
 * name (whatever the case), else by model number (one model of that manufacturer with it); and the
 * categories and manufacturers the registry lacks, created when the rows are written.
 */
import { sql } from 'drizzle-orm';
import { models } from '../../../../platform/db/schema-all.js';
import { queryRows } from '../../../../platform/db/database.js';
import type { ModelRow } from '../../../catalog/models-repository.js';
import type { CategoryKind } from '../../../catalog/categories-repository.js';
import type { ValidatedRow } from '../../mapping/validate-rows.js';
import {
  createNamed,
  distinctNames,
  idsByName,
  inChunks,
  jsonArray,
  lower,
  text,
  type PlanEnv,
  type Problems,
} from '../record-kit.js';

/** Placeholder id for a category or manufacturer created with the rows (the use case's schema wants an id). */
export const PENDING_ID = '00000000-0000-4000-8000-000000000000';

export interface NamedRef {
  id?: string;
  name: string;
}

export interface ModelLookup {
  category(row: ValidatedRow): NamedRef | undefined;
  manufacturer(row: ValidatedRow): NamedRef | undefined;
  /** The existing model a row names, if any. */
  model(row: ValidatedRow): ModelRow | undefined;
  /** Category kinds by id, for the tracking a new model gets. */
  categoryKind(id: string | undefined): CategoryKind | undefined;
  /** Creates the categories and manufacturers of the kept rows; returns the ids by lower-case name. */
  createMissing(
    rows: readonly ValidatedRow[],
    categoryKind: CategoryKind,
  ): Promise<{ categories: Map<string, string>; manufacturers: Map<string, string> }>;
  missingNames(rows: readonly ValidatedRow[]): { categories: string[]; manufacturers: string[] };
}

export async function lookupModels(
  env: PlanEnv,
  rows: readonly ValidatedRow[],
  problems: Problems,
): Promise<ModelLookup> {
  const categories = await idsByName(
    env.tx,
    'categories',
    rows.map((r) => text(r.values.category)).filter((t): t is string => !!t),
  );
  const manufacturers = await idsByName(
    env.tx,
    'manufacturers',
    rows.map((r) => text(r.values.manufacturer)).filter((t): t is string => !!t),
  );
  const kinds = new Map<string, CategoryKind>();
  const ids = [...categories.values()].map((c) => c.id);
  if (ids.length > 0) {
    const found = await queryRows<{ id: string; kind: CategoryKind }>(
      env.tx,
      sql`select id, kind from categories where id::text = any(${jsonArray(ids)})`,
    );
    for (const r of found) kinds.set(r.id, r.kind);
  }
  const names = rows.map((r) => text(r.values.name)).filter((t): t is string => !!t);
  const numbers = rows.map((r) => text(r.values.modelNumber)).filter((t): t is string => !!t);
  const found = [
    ...(await inChunks(names.map(lower), (chunk) =>
      env.tx
        .select()
        .from(models)
        .where(sql`lower(${models.name}) = any(${jsonArray(chunk)})`),
    )),
    ...(await inChunks(numbers.map(lower), (chunk) =>
      env.tx
        .select()
        .from(models)
        .where(sql`lower(${models.modelNumber}) = any(${jsonArray(chunk)})`),
    )),
  ];
  const key = (manufacturerId: string | null | undefined, value: string) =>
    `${manufacturerId ?? ''}\u001f${value.toLowerCase()}`;
  const byName = new Map<string, ModelRow>();
  const byNumber = new Map<string, ModelRow | 'ambiguous'>();
  for (const m of found) {
    byName.set(key(m.manufacturerId, m.name), m);
    if (m.modelNumber) {
      const k = key(m.manufacturerId, m.modelNumber);
      const prev = byNumber.get(k);
      byNumber.set(k, prev && prev !== 'ambiguous' && prev.id !== m.id ? 'ambiguous' : m);
    }
  }
  const ref = (map: typeof categories, value: unknown): NamedRef | undefined => {
    const name = text(value);
    if (!name) return undefined;
    const hit = map.get(name.toLowerCase());
    return hit ? { id: hit.id, name: hit.name } : { name };
  };
  const lookup: ModelLookup = {
    category: (r) => ref(categories, r.values.category),
    manufacturer: (r) => ref(manufacturers, r.values.manufacturer),
    categoryKind: (id) => (id ? kinds.get(id) : undefined),
    model(r) {
      const manufacturer = lookup.manufacturer(r);
      if (manufacturer && !manufacturer.id) return undefined; // a new manufacturer has no models yet
      const name = text(r.values.name);
      const number = text(r.values.modelNumber);
      const named = name ? byName.get(key(manufacturer?.id, name)) : undefined;
      if (named) return named;
      const numbered = number ? byNumber.get(key(manufacturer?.id, number)) : undefined;
      if (numbered === 'ambiguous') {
        problems.add(r.rowNumber, 'modelNumber', 'ambiguous_model', `Several models have the model number ${number}.`);
        return undefined;
      }
      return numbered;
    },
    missingNames(kept) {
      return {
        categories: distinctNames(
          kept
            .map((r) => lookup.category(r))
            .filter((c) => c && !c.id)
            .map((c) => c!.name),
        ),
        manufacturers: distinctNames(
          kept
            .map((r) => lookup.manufacturer(r))
            .filter((c) => c && !c.id)
            .map((c) => c!.name),
        ),
      };
    },
    async createMissing(kept, categoryKind) {
      const missing = lookup.missingNames(kept);
      return {
        categories: await createNamed(
          env.s,
          env.tx,
          env.ctx,
          env.importId,
          { table: 'categories', entity: 'category', extra: { kind: categoryKind } },
          missing.categories,
        ),
        manufacturers: await createNamed(
          env.s,
          env.tx,
          env.ctx,
          env.importId,
          { table: 'manufacturers', entity: 'manufacturer' },
          missing.manufacturers,
        ),
      };
    },
  };
  for (const r of rows) {
    const c = lookup.category(r);
    if (c?.id && categories.get(c.name.toLowerCase())?.archived) {
      problems.add(
        r.rowNumber,
        'category',
        'archived',
        `The category ${c.name} is archived: restore it or choose another.`,
      );
    }
    const m = lookup.manufacturer(r);
    if (m?.id && manufacturers.get(m.name.toLowerCase())?.archived) {
      problems.add(
        r.rowNumber,
        'manufacturer',
        'archived',
        `The manufacturer ${m.name} is archived: restore it or choose another.`,
      );
    }
  }
  return lookup;
}
