/** What the API shows of depreciation books, profiles and defaults. */
import { z } from 'zod';
import { isoDate } from '../../platform/http/route-kit.js';
import type { BookRow, DefaultRow, ProfileRow } from './books-repository.js';
import type { StoredParameters } from './profile-parameters.js';
import type { StoredProfileChange } from '../../platform/db/finance-schema.js';

const parametersShape = {
  method: z.string(),
  lifeMonths: z.number().int().nullable(),
  salvagePercent: z.string().nullable(),
  salvageAmount: z.string().nullable(),
  convention: z.string().nullable(),
  decliningFactor: z.string().nullable(),
  rate: z.string().nullable(),
  switchToStraightLine: z.boolean().nullable(),
  endOfLife: z.string().nullable(),
  macrsClass: z.number().int().nullable(),
  macrsConvention: z.string().nullable(),
};

export const depreciationProfileSchema = z
  .object({
    id: z.uuid(),
    bookId: z.uuid(),
    name: z.string(),
    ...parametersShape,
    changes: z
      .array(z.object({ effective: z.string(), ...parametersShape }))
      .describe('Prospective changes (changes of estimate), each applied from its first day on.'),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DepreciationProfile' });
export type DepreciationProfileView = z.infer<typeof depreciationProfileSchema>;

export const depreciationBookSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    isDefault: z.boolean(),
    fallbackProfileId: z.uuid().nullable(),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DepreciationBook' });
export type DepreciationBookView = z.infer<typeof depreciationBookSchema>;

export const depreciationDefaultSchema = z
  .object({
    id: z.uuid(),
    bookId: z.uuid(),
    categoryId: z.uuid().nullable(),
    categoryName: z.string().nullable(),
    modelId: z.uuid().nullable(),
    modelName: z.string().nullable(),
    profileId: z.uuid(),
  })
  .meta({ id: 'DepreciationDefault' });

/** The parameters columns of a profile row. */
export function parametersOf(row: ProfileRow): StoredParameters {
  return {
    method: row.method as StoredParameters['method'],
    lifeMonths: row.lifeMonths,
    salvagePercent: row.salvagePercent,
    salvageAmount: row.salvageAmount,
    convention: row.convention as StoredParameters['convention'],
    decliningFactor: row.decliningFactor,
    rate: row.rate,
    switchToStraightLine: row.method === 'declining_balance' && row.switchToStraightLine ? true : null,
    endOfLife: row.endOfLife as StoredParameters['endOfLife'],
    macrsClass: row.macrsClass,
    macrsConvention: row.macrsConvention as StoredParameters['macrsConvention'],
  };
}

/** The profile's parameters as they are now (its last change, or its base). */
export function currentParameters(row: ProfileRow): StoredParameters {
  const last = row.changes[row.changes.length - 1];
  return last ? (last.parameters as StoredParameters) : parametersOf(row);
}

export function presentProfile(row: ProfileRow): DepreciationProfileView {
  return {
    id: row.id,
    bookId: row.bookId,
    name: row.name,
    ...parametersOf(row),
    changes: row.changes.map((c: StoredProfileChange) => ({
      effective: c.effective,
      ...(c.parameters as StoredParameters),
    })),
    archivedAt: isoDate(row.archivedAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentBook(row: BookRow): DepreciationBookView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    isDefault: row.isDefault,
    fallbackProfileId: row.fallbackProfileId,
    archivedAt: isoDate(row.archivedAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentDefault(row: DefaultRow): z.infer<typeof depreciationDefaultSchema> {
  return row;
}

/** Audited fields of a row: everything but bookkeeping columns. */
export function audited<T extends { version: number; createdAt: Date; updatedAt: Date }>(row: T | undefined | null) {
  if (!row) return null;
  const { version: _v, createdAt: _c, updatedAt: _u, ...fields } = row;
  return fields as Record<string, unknown>;
}
