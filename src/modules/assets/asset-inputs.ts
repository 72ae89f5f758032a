/** Input pieces and reference checks shared by every asset write (create, receive, edit, actions). */
import { z } from 'zod';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { locations, models, people, suppliers, assets } from '../../platform/db/schema-all.js';
import { AppError, invalidInput } from '../../platform/http/errors.js';

export const moneySchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'An amount like 1299.00 (at most two decimals, no currency sign).');
export const currencySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'A three-letter ISO 4217 code such as EUR.')
  .transform((c) => c.toUpperCase());
/** An asset's own cost centre: reports use it before its holder's and their department's. */
export const costCentreSchema = z
  .string()
  .trim()
  .max(100)
  .transform((c) => (c === '' ? null : c));
export const isoDateSchema = z.iso.date('A date as YYYY-MM-DD.');
export const tagSchema = z.string().trim().min(1).max(64).regex(/^\S+$/, 'A tag cannot contain spaces.');
export const serialSchema = z
  .string()
  .trim()
  .max(128)
  .transform((s) => (s === '' ? null : s));

export type ModelRow = typeof models.$inferSelect;
export type LocationRow = typeof locations.$inferSelect;

export async function loadModelForAssets(db: Db, modelId: string, pointer: string): Promise<ModelRow> {
  const [model] = await db.select().from(models).where(eq(models.id, modelId));
  if (!model) throw invalidInput(pointer, 'No model with this id.');
  if (model.archivedAt) throw invalidInput(pointer, `The model ${model.name} is archived.`);
  if (model.tracking !== 'individual') {
    throw invalidInput(pointer, `${model.name} is tracked by quantity, not as individual assets: receive it as stock.`);
  }
  return model;
}

export async function loadLocation(db: Db, locationId: string, pointer: string): Promise<LocationRow> {
  const [location] = await db.select().from(locations).where(eq(locations.id, locationId));
  if (!location) throw invalidInput(pointer, 'No location with this id.');
  if (location.archivedAt) throw invalidInput(pointer, `The location ${location.code} is archived.`);
  return location;
}

export async function checkSupplier(db: Db, supplierId: string | null | undefined, pointer: string): Promise<void> {
  if (!supplierId) return;
  const [row] = await db
    .select({ id: suppliers.id })
    .from(suppliers)
    .where(and(eq(suppliers.id, supplierId), isNull(suppliers.archivedAt)));
  if (!row) throw invalidInput(pointer, 'No active supplier with this id.');
}

export async function loadPerson(db: Db, personId: string, pointer: string) {
  const [person] = await db.select().from(people).where(eq(people.id, personId));
  if (!person) throw invalidInput(pointer, 'No person with this id.');
  if (person.status === 'left') throw invalidInput(pointer, `${person.name} has left the organisation.`);
  return person;
}

/** Tags already used, case-insensitively, by assets other than `exceptId`. */
export async function takenTags(db: Db, tags: string[], exceptId?: string): Promise<Set<string>> {
  if (tags.length === 0) return new Set();
  const rows = await db
    .select({ tag: assets.tag })
    .from(assets)
    .where(
      and(
        sql`lower(${assets.tag}) in ${tags.map((t) => t.toLowerCase())}`,
        exceptId ? sql`${assets.id} <> ${exceptId}` : undefined,
      ),
    );
  return new Set(rows.map((r) => r.tag.toLowerCase()));
}

/** Serials already used for this manufacturer, case-insensitively, by assets other than `exceptId`. */
export async function takenSerials(
  db: Db,
  manufacturerId: string | null,
  serials: string[],
  exceptId?: string,
): Promise<Map<string, string>> {
  if (serials.length === 0) return new Map();
  const rows = await db
    .select({ serial: assets.serial, tag: assets.tag })
    .from(assets)
    .where(
      and(
        sql`coalesce(${assets.manufacturerId}, '00000000-0000-0000-0000-000000000000'::uuid) = coalesce(${manufacturerId}::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`,
        sql`lower(${assets.serial}) in ${serials.map((s) => s.toLowerCase())}`,
        exceptId ? sql`${assets.id} <> ${exceptId}` : undefined,
      ),
    );
  return new Map(rows.map((r) => [r.serial!.toLowerCase(), r.tag]));
}

export function duplicateTag(tag: string, pointer: string) {
  return new AppError('tag_taken', 409, `The tag ${tag} is already used by another asset.`, [
    { pointer, message: 'Already used by another asset.' },
  ]);
}

export function duplicateSerial(serial: string, otherTag: string, pointer: string) {
  return new AppError(
    'serial_taken',
    409,
    `The serial ${serial} is already recorded for ${otherTag} (same manufacturer).`,
    [{ pointer, message: `Already used by ${otherTag}.` }],
  );
}
