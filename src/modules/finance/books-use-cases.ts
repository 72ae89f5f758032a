/**
 * Books and their profiles. A book is a ledger (financial, tax); exactly one is the default (the
 * one reports and the asset page open on). A profile is one way of depreciating in a book.
 *
 * Changing a profile that assets already follow is never silent: the caller says either
 * `effective: 'YYYY-MM-01'` (a change of estimate: figures before that month stay as they were,
 * the book value then is depreciated by the new parameters over what is left of the new life) or
 * `restate: true` (the new parameters apply from each asset's start, restating past figures).
 * MACRS cannot change prospectively (a change of tax accounting method): the engine refuses it.
 */
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { Db } from '../../platform/db/database.js';
import type { ActionContext } from '../../platform/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import {
  AppError,
  conflict,
  invalidInput,
  notFound,
  staleVersion,
  uniqueViolation,
} from '../../platform/http/errors.js';
import { diffFields } from '../../domain/audit-chain.js';
import { validateProfile } from '../../domain/depreciation/index.js';
import {
  clearDefaultBook,
  findBook,
  findBookByCode,
  findProfile,
  insertBook,
  insertProfile,
  profileUses,
  updateBookVersioned,
  updateProfileVersioned,
  type ProfileRow,
} from './books-repository.js';
import {
  audited,
  currentParameters,
  parametersOf,
  presentBook,
  presentProfile,
  type DepreciationBookView,
  type DepreciationProfileView,
} from './books-presenter.js';
import {
  assertValidParameters,
  engineProfileWithChanges,
  normaliseParameters,
  profileParametersInput,
  profileProblem,
  type StoredParameters,
} from './profile-parameters.js';
import { readFinanceSettings } from './finance-settings.js';

const version = z.number().int().min(1).describe('The version you read; a stale version is refused with 409.');
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, 'A code is 1-40 letters, digits, "-" or "_".');
const name = z.string().trim().min(1).max(200);

export const createBookInput = z.object({
  code,
  name,
  description: z.string().trim().max(2000).nullish(),
  isDefault: z.boolean().optional().describe('Make this the default book (the previous default stops being it).'),
});

export const updateBookInput = z.object({
  version,
  name: name.optional(),
  description: z.string().trim().max(2000).nullish(),
  isDefault: z.literal(true).optional().describe('Make this the default book.'),
  fallbackProfileId: z
    .uuid()
    .nullish()
    .describe('Profile for assets whose model and category have none in this book; null: they are not depreciated.'),
  archived: z.boolean().optional().describe('true archives the book (not the default book), false restores it.'),
});

export const createProfileInput = profileParametersInput.extend({ name });

export const updateProfileInput = z.object({
  version,
  name: name.optional(),
  parameters: profileParametersInput.optional().describe('The new parameters (all of them).'),
  effective: z
    .string()
    .regex(/^\d{4}-\d{2}-01$/, 'A change takes effect on the first day of a month: YYYY-MM-01.')
    .optional()
    .describe('Apply the new parameters from this month on (a change of estimate); earlier figures stay.'),
  restate: z
    .boolean()
    .optional()
    .describe('Apply the new parameters from every asset’s start (restates past figures).'),
  archived: z.boolean().optional().describe('true archives the profile (refused while it is in use).'),
});

/** The current default book stops being the default (audited on that book). */
async function unsetDefault(s: Services, tx: Db, ctx: ActionContext): Promise<void> {
  const previous = await clearDefaultBook(tx);
  if (!previous) return;
  await s.audit.record(tx, ctx, {
    entityType: 'depreciation_book',
    entityId: previous,
    action: 'depreciation_book.updated',
    changes: { isDefault: { before: true, after: false } },
  });
}

function codeTaken(value: string) {
  return conflict('book_code_taken', `There is already a book with the code ${value}.`, [
    { pointer: '/body/code', message: 'Taken by another book.' },
  ]);
}

export async function createBook(
  s: Services,
  ctx: ActionContext,
  raw: z.input<typeof createBookInput>,
): Promise<DepreciationBookView> {
  const input = createBookInput.parse(raw);
  try {
    return await inTransaction(s.db, async (tx) => {
      if (await findBookByCode(tx, input.code)) throw codeTaken(input.code);
      if (input.isDefault) await unsetDefault(s, tx, ctx);
      const row = await insertBook(tx, {
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        isDefault: input.isDefault ?? false,
      });
      await s.audit.record(tx, ctx, {
        entityType: 'depreciation_book',
        entityId: row.id,
        action: 'depreciation_book.created',
        changes: { after: audited(row) },
      });
      return presentBook(row);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'depreciation_books_code_key') throw codeTaken(input.code);
    throw err;
  }
}

export async function updateBook(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: z.input<typeof updateBookInput>,
): Promise<DepreciationBookView> {
  const input = updateBookInput.parse(raw);
  return inTransaction(s.db, async (tx) => {
    const before = await findBook(tx, id, 'update');
    if (!before) throw notFound('The book');
    if (before.version !== input.version) throw staleVersion(`Book ${before.name}`, before.version);
    if (input.fallbackProfileId) {
      const profile = await findProfile(tx, input.fallbackProfileId);
      if (!profile || profile.bookId !== id || profile.archivedAt) {
        throw invalidInput('/body/fallbackProfileId', 'Choose an active profile of this book.');
      }
    }
    let archivedAt = before.archivedAt;
    if (input.archived === true && !before.archivedAt) {
      if (before.isDefault) {
        throw conflict('default_book', `${before.name} is the default book: make another book the default first.`);
      }
      archivedAt = new Date();
    } else if (input.archived === false) archivedAt = null;
    if (input.isDefault && archivedAt) throw invalidInput('/body/isDefault', 'An archived book cannot be the default.');
    if (input.isDefault && !before.isDefault) await unsetDefault(s, tx, ctx);
    const values = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.fallbackProfileId !== undefined ? { fallbackProfileId: input.fallbackProfileId } : {}),
      ...(input.isDefault ? { isDefault: true } : {}),
      archivedAt,
    };
    // clearDefaultBook may have bumped this very row's version (it was not the default: it did not).
    const after = await updateBookVersioned(tx, id, input.version, values);
    if (!after) throw staleVersion(`Book ${before.name}`, before.version + 1);
    const diff = diffFields(audited(before), audited(after));
    await s.audit.record(tx, ctx, {
      entityType: 'depreciation_book',
      entityId: id,
      action: diff.archivedAt
        ? after.archivedAt
          ? 'depreciation_book.archived'
          : 'depreciation_book.restored'
        : 'depreciation_book.updated',
      changes: diff,
    });
    return presentBook(after);
  });
}

function profileNameTaken(value: string) {
  return conflict('profile_name_taken', `This book already has a profile named ${value}.`, [
    { pointer: '/body/name', message: 'Taken by another profile of the book.' },
  ]);
}

function parameterColumns(p: StoredParameters) {
  return {
    method: p.method,
    lifeMonths: p.lifeMonths,
    salvagePercent: p.salvagePercent,
    salvageAmount: p.salvageAmount,
    convention: p.convention,
    decliningFactor: p.decliningFactor,
    rate: p.rate,
    switchToStraightLine: p.switchToStraightLine ?? false,
    endOfLife: p.endOfLife,
    macrsClass: p.macrsClass,
    macrsConvention: p.macrsConvention,
  };
}

export async function createProfile(
  s: Services,
  ctx: ActionContext,
  bookId: string,
  raw: z.input<typeof createProfileInput>,
): Promise<DepreciationProfileView> {
  const { name: profileName, ...rest } = createProfileInput.parse(raw);
  const parameters = normaliseParameters(rest);
  const { fiscalYearStartMonth } = await readFinanceSettings(s.db);
  assertValidParameters(parameters, fiscalYearStartMonth);
  try {
    return await inTransaction(s.db, async (tx) => {
      const book = await findBook(tx, bookId);
      if (!book) throw notFound('The book');
      const row = await insertProfile(tx, { bookId, name: profileName, ...parameterColumns(parameters) });
      await s.audit.record(tx, ctx, {
        entityType: 'depreciation_profile',
        entityId: row.id,
        action: 'depreciation_profile.created',
        changes: { after: audited(row) },
      });
      return presentProfile(row);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'depreciation_profiles_name_key') throw profileNameTaken(profileName);
    throw err;
  }
}

const same = (a: StoredParameters, b: StoredParameters) => JSON.stringify(a) === JSON.stringify(b);

/** The row's new parameter columns and changes list, or a refusal saying what to choose. */
async function changedParameters(
  tx: Db,
  before: ProfileRow,
  next: StoredParameters,
  input: z.infer<typeof updateProfileInput>,
  fiscalYearStartMonth: number,
) {
  if (input.effective && input.restate) {
    throw invalidInput(
      '/body/restate',
      'Give either effective (from a month on) or restate (from the start), not both.',
    );
  }
  assertValidParameters(next, fiscalYearStartMonth, '/body/parameters');
  if (input.effective) {
    const changes = [...before.changes, { effective: input.effective, parameters: next }];
    const errors = validateProfile(engineProfileWithChanges(parametersOf(before), changes, fiscalYearStartMonth));
    if (errors.length > 0) throw profileProblem(errors, '/body', next);
    return { changes };
  }
  if (!input.restate) {
    const uses = await profileUses(tx, before.id);
    if (uses > 0) {
      throw conflict(
        'profile_in_use',
        `${before.name} is in use (${uses} book, category, model or asset setting${uses === 1 ? '' : 's'}). ` +
          'Say effective: the first day of the month from which the new parameters apply (earlier figures stay), ' +
          'or restate: true to apply them from every asset’s start.',
        [{ pointer: '/body/effective', message: 'Say from when the change applies, or restate.' }],
      );
    }
  }
  return { ...parameterColumns(next), changes: [] };
}

export async function updateProfile(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: z.input<typeof updateProfileInput>,
): Promise<DepreciationProfileView> {
  const input = updateProfileInput.parse(raw);
  const { fiscalYearStartMonth } = await readFinanceSettings(s.db);
  try {
    return await inTransaction(s.db, async (tx) => {
      const before = await findProfile(tx, id, 'update');
      if (!before) throw notFound('The profile');
      if (before.version !== input.version) throw staleVersion(`Profile ${before.name}`, before.version);
      let values: Record<string, unknown> = {};
      let action = 'depreciation_profile.updated';
      const next = input.parameters ? normaliseParameters(input.parameters) : undefined;
      if (next && !same(next, currentParameters(before))) {
        values = await changedParameters(tx, before, next, input, fiscalYearStartMonth);
        action = input.effective
          ? 'depreciation_profile.changed_prospectively'
          : input.restate
            ? 'depreciation_profile.restated'
            : action;
      } else if (input.effective || input.restate) {
        throw invalidInput('/body/parameters', 'Give the new parameters that take effect.');
      }
      if (input.name !== undefined) values.name = input.name;
      if (input.archived === true && !before.archivedAt) {
        const uses = await profileUses(tx, id);
        if (uses > 0) throw conflict('profile_in_use', `${before.name} is in use: choose other profiles first.`);
        values.archivedAt = new Date();
        action = 'depreciation_profile.archived';
      } else if (input.archived === false && before.archivedAt) {
        values.archivedAt = null;
        action = 'depreciation_profile.restored';
      }
      const after = await updateProfileVersioned(tx, id, input.version, values);
      if (!after) throw staleVersion(`Profile ${before.name}`, before.version + 1);
      const diff = diffFields(audited(before), audited(after));
      if (input.effective) diff.effective = { before: null, after: input.effective };
      await s.audit.record(tx, ctx, { entityType: 'depreciation_profile', entityId: id, action, changes: diff });
      return presentProfile(after);
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (uniqueViolation(err) === 'depreciation_profiles_name_key') throw profileNameTaken(input.name ?? '');
    throw err;
  }
}
