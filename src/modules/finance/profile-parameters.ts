/**
 * A stored depreciation profile (a row of depreciation_profiles, or one of its later changes) as
 * the API takes it and as the engine takes it. The engine's own validation names the wrong field;
 * here its names become JSON pointers into the request body.
 */
import { z } from 'zod';
import {
  CONVENTIONS,
  END_OF_LIFE,
  MACRS_CLASSES,
  MACRS_CONVENTIONS,
  METHODS,
  validateProfile,
  type DepreciationProfile,
  type FieldError,
} from '../../domain/depreciation/index.js';
import { AppError } from '../../platform/http/errors.js';
import type { StoredProfileChange } from '../../platform/db/finance-schema.js';

const decimal = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, 'A decimal number such as "10" or "12.5".');

/** The parameters of a profile, every one optional except the method (the engine says what a method needs). */
export const profileParametersInput = z.object({
  method: z.enum(METHODS).describe('straight_line, declining_balance, sum_of_years_digits, macrs_gds or none.'),
  lifeMonths: z.number().int().nullish().describe('Useful life in months (not for MACRS).'),
  salvagePercent: decimal.nullish().describe('Salvage value as a percentage of cost ("10" is 10%).'),
  salvageAmount: z
    .string()
    .trim()
    .regex(/^\d+(\.\d{1,2})?$/, 'An amount such as "150.00".')
    .nullish()
    .describe('Salvage value as an amount (give this or salvagePercent).'),
  convention: z
    .enum(CONVENTIONS)
    .nullish()
    .describe('full_month, mid_month, half_year or actual_days (not for MACRS).'),
  decliningFactor: decimal.nullish().describe('Declining balance: 2 is double declining, 1.5 is 150%.'),
  rate: z
    .string()
    .trim()
    .regex(/^(0?\.\d+|from_salvage)$/, 'A rate such as "0.319", or "from_salvage".')
    .nullish()
    .describe('Declining balance: a fixed annual rate, or "from_salvage" (the spreadsheet DB rate).'),
  switchToStraightLine: z
    .boolean()
    .nullish()
    .describe('Declining balance: switch to straight line when it gives more.'),
  endOfLife: z
    .enum(END_OF_LIFE)
    .nullish()
    .describe(
      "Declining balance: 'to_salvage' (default) closes the last year at salvage; 'as_computed' keeps the spreadsheet DB figure.",
    ),
  macrsClass: z
    .number()
    .int()
    .refine((v) => (MACRS_CLASSES as readonly number[]).includes(v), 'A MACRS class is 3, 5, 7, 10, 15 or 20.')
    .nullish(),
  macrsConvention: z.enum(MACRS_CONVENTIONS).nullish(),
});
export type ProfileParameters = z.infer<typeof profileParametersInput>;

export const PARAMETER_NAMES = Object.keys(profileParametersInput.shape) as (keyof ProfileParameters)[];

/** Parameters with every field present (null when not set), as stored and shown. */
export type StoredParameters = { [K in keyof ProfileParameters]-?: Exclude<ProfileParameters[K], undefined> };

export function normaliseParameters(p: ProfileParameters): StoredParameters {
  return {
    method: p.method,
    lifeMonths: p.lifeMonths ?? null,
    salvagePercent: p.salvagePercent ?? null,
    salvageAmount: p.salvageAmount ?? null,
    convention: p.convention ?? null,
    decliningFactor: p.decliningFactor ?? null,
    rate: p.rate ?? null,
    // false is the default: kept as null so that methods other than declining balance accept it.
    switchToStraightLine: p.switchToStraightLine === true ? true : null,
    endOfLife: p.endOfLife ?? null,
    macrsClass: p.macrsClass ?? null,
    macrsConvention: p.macrsConvention ?? null,
  };
}

/** The engine's profile for one set of parameters (without changes). */
export function engineProfile(p: StoredParameters, fiscalYearStartMonth: number): DepreciationProfile {
  const salvage =
    p.salvagePercent !== null
      ? { percent: p.salvagePercent }
      : p.salvageAmount !== null
        ? { amount: p.salvageAmount }
        : null;
  return {
    method: p.method,
    lifeMonths: p.lifeMonths,
    salvage,
    convention: p.convention,
    fiscalYearStartMonth,
    decliningFactor: p.decliningFactor,
    rate: p.rate,
    switchToStraightLine: p.switchToStraightLine,
    endOfLife: p.endOfLife,
    macrsClass: p.macrsClass as DepreciationProfile['macrsClass'],
    macrsConvention: p.macrsConvention,
  };
}

/** Base parameters plus the later changes, as one engine profile. */
export function engineProfileWithChanges(
  base: StoredParameters,
  changes: readonly StoredProfileChange[],
  fiscalYearStartMonth: number,
): DepreciationProfile {
  const profile = engineProfile(base, fiscalYearStartMonth);
  if (changes.length === 0) return profile;
  return {
    ...profile,
    changes: changes.map((c) => ({
      effective: c.effective,
      profile: engineProfile(c.parameters as StoredParameters, fiscalYearStartMonth),
    })),
  };
}

/** The engine's field names ("salvage.percent", "changes.0.profile.lifeMonths") as request pointers. */
export function pointerFor(field: string, base = '/body', p?: StoredParameters): string {
  if (/^changes\.\d+\.effective$/.test(field)) return `${base}/effective`;
  const own = field.replace(/^changes\.\d+\.profile\./, '');
  const salvage = own === 'salvage' && p?.salvagePercent != null ? 'salvage.percent' : own;
  const mapped =
    salvage === 'salvage.percent' ? 'salvagePercent' : salvage.startsWith('salvage') ? 'salvageAmount' : salvage;
  return `${base}/${mapped.split('.')[0]}`;
}

export function profileProblem(errors: FieldError[], base = '/body', p?: StoredParameters): AppError {
  const list = errors.map((e) => ({ pointer: pointerFor(e.field, base, p), message: e.message }));
  return new AppError('validation_failed', 400, list.map((e) => e.message).join(' '), list);
}

/** Refuses parameters the engine would refuse, naming the fields. */
export function assertValidParameters(p: StoredParameters, fiscalYearStartMonth: number, base = '/body'): void {
  if (p.salvagePercent !== null && p.salvageAmount !== null) {
    throw profileProblem(
      [{ field: 'salvage.amount', message: 'Give the salvage as a percentage or an amount, not both.' }],
      base,
    );
  }
  const errors = validateProfile(engineProfile(p, fiscalYearStartMonth));
  if (errors.length > 0) throw profileProblem(errors, base, p);
}
