/**
 * The rules every change to the location tree shares.
 *
 * Placement (a deliberate, light hierarchy): a **site** is always a root, and every other kind
 * (building, floor, room, stockroom, other) sits inside another location, so everything is below
 * exactly one site. Below a site the kinds may nest freely (a stockroom on a floor, in a building
 * or directly under the site; a room inside a room for a cage or a cabinet): real buildings do not
 * follow one neat order, and refusing odd but real layouts would push people into "other". The
 * tree is at most MAX_DEPTH levels deep.
 *
 * Codes are what the location's barcode carries: trimmed, 1 to 64 characters, no whitespace
 * inside, unique whatever the case (archived locations keep theirs: a printed label must never
 * point at a second place).
 */
import { z } from 'zod';
import type { Db } from '../../../platform/db/database.js';
import type { ActionContext } from '../../../platform/context.js';
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/http/errors.js';
import { findLocationByCode, lockLocation, type LocationKind, type LocationRow } from '../locations-repository.js';
import { pathAboveScope, pathInScope, resolveScope, type ResolvedScope } from '../location-scope.js';
import { findPersonRef, personVisible } from '../../people/people-repository.js';

/** Levels of the tree: a site is level 1. */
export const MAX_DEPTH = 12;

export const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^\S+$/, 'A code has no spaces inside: it is printed as a barcode.')
  .describe('Unique whatever the case; the location’s barcode. 1-64 characters, no spaces.');

export const nameSchema = z.string().trim().min(1).max(200);

/** Optional free text: trimmed, an empty string clears it (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

export function codeTaken(code: string) {
  return conflict('code_taken', `Another location already has the code ${code}.`, [
    { pointer: '/body/code', message: 'Already used by another location (codes are unique whatever the case).' },
  ]);
}

export async function ensureCodeFree(db: Db, code: string, exceptId?: string): Promise<void> {
  const existing = await findLocationByCode(db, code);
  if (existing && existing.id !== exceptId) throw codeTaken(code);
}

/** Refuses a kind where it cannot be (see the file comment). */
export function checkPlacement(kind: LocationKind, parent: LocationRow | null, pointer: string): void {
  if (kind === 'site' && parent) {
    throw invalidInput(pointer, `A site is always at the top of the tree, so it cannot be inside ${parent.code}.`);
  }
  if (kind !== 'site' && !parent) {
    throw invalidInput(pointer, `A ${kind} must be inside another location: only sites are at the top of the tree.`);
  }
}

/** Whether the caller can see a location at all (in scope, or above it as a breadcrumb). */
export function visibleTo(scope: ResolvedScope, path: string): boolean {
  return pathInScope(scope, path) || pathAboveScope(scope, path);
}

/**
 * Locks a location about to be changed and checks the caller may manage it: 404 when they cannot
 * even see it, 403 when they see it but it is outside their management scope.
 */
export async function lockForChange(
  tx: Db,
  ctx: ActionContext,
  id: string,
): Promise<{ row: LocationRow; scope: ResolvedScope }> {
  const row = await lockLocation(tx, id, 'update');
  if (!row) throw notFound('The location');
  const scope = await resolveScope(tx, ctx, 'inventory.manage');
  if (!pathInScope(scope, row.path)) {
    const readScope = await resolveScope(tx, ctx, 'inventory.read');
    if (!visibleTo(readScope, row.path)) throw notFound('The location');
    throw forbidden(`Location ${row.code} is outside the locations your role covers.`);
  }
  return { row, scope };
}

/**
 * Reads and share-locks the location something is being put under (so it cannot move or be
 * archived meanwhile): it must exist, be visible, not be archived, and lie in the caller's scope.
 */
export async function lockNewParent(
  tx: Db,
  ctx: ActionContext,
  scope: ResolvedScope,
  parentId: string,
  pointer: string,
): Promise<LocationRow> {
  const parent = await lockLocation(tx, parentId, 'share');
  const readScope = scope.kind === 'all' ? scope : await resolveScope(tx, ctx, 'inventory.read');
  if (!parent || !visibleTo(readScope, parent.path)) throw invalidInput(pointer, 'There is no location with this id.');
  if (parent.archivedAt) throw invalidInput(pointer, `Location ${parent.code} is archived.`);
  if (!pathInScope(scope, parent.path)) {
    throw forbidden(`Location ${parent.code} is outside the locations your role covers.`);
  }
  return parent;
}

/** A location's manager must be a person the caller can see who has not left. */
export async function checkManager(
  tx: Db,
  ctx: ActionContext,
  personId: string | null | undefined,
  pointer: string,
): Promise<void> {
  if (!personId) return;
  const person = await findPersonRef(tx, personId);
  const readScope = await resolveScope(tx, ctx, 'inventory.read');
  if (!person || !personVisible(readScope, person.locationPath)) {
    throw invalidInput(pointer, 'There is no person with this id.');
  }
  if (person.status === 'left') throw invalidInput(pointer, `${person.name} has left the organisation.`);
}

export function refuseArchived(row: LocationRow): void {
  if (row.archivedAt) {
    throw conflict('location_archived', `Location ${row.code} is archived: unarchive it first.`);
  }
}
