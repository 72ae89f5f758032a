/** The profile form's state, the body it sends, and where the API's field errors go. */
import type { ApiError } from '../../api/client';
import type { CreateProfileInput, DepreciationProfile } from '../../api/finance-books';

export const METHOD_OPTIONS = [
  { value: 'straight_line', label: 'Straight line' },
  { value: 'declining_balance', label: 'Declining balance' },
  { value: 'sum_of_years_digits', label: "Sum of the years' digits" },
  { value: 'macrs_gds', label: 'MACRS GDS (US tax)' },
  { value: 'none', label: 'Not depreciated' },
];
export const CONVENTION_OPTIONS = [
  { value: 'full_month', label: 'Full first month' },
  { value: 'mid_month', label: 'Mid-month' },
  { value: 'half_year', label: 'Half-year' },
  { value: 'actual_days', label: 'Actual days' },
];
export const MACRS_CLASS_OPTIONS = ['3', '5', '7', '10', '15', '20'].map((c) => ({ value: c, label: `${c}-year` }));
export const MACRS_CONVENTION_OPTIONS = [
  { value: 'half_year', label: 'Half-year' },
  { value: 'mid_quarter', label: 'Mid-quarter' },
];

export const PROFILE_FIELDS = [
  'name',
  'method',
  'lifeMonths',
  'convention',
  'salvagePercent',
  'salvageAmount',
  'decliningFactor',
  'rate',
  'switchToStraightLine',
  'endOfLife',
  'macrsClass',
  'macrsConvention',
  'effective',
  'restate',
  'parameters',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface ProfileFormState {
  name: string;
  method: string;
  lifeMonths: string;
  convention: string;
  salvageKind: 'none' | 'percent' | 'amount';
  salvage: string;
  decliningFactor: string;
  rate: string;
  switchToStraightLine: boolean;
  endOfLife: string;
  macrsClass: string;
  macrsConvention: string;
}

type Parameters = Omit<
  DepreciationProfile,
  'id' | 'bookId' | 'name' | 'changes' | 'archivedAt' | 'version' | 'createdAt' | 'updatedAt'
>;

/** The parameters in force now: the last prospective change, else the profile's own. */
export function currentParameters(p: DepreciationProfile): Parameters {
  const last = p.changes[p.changes.length - 1];
  return last ?? p;
}

export function initialState(p: DepreciationProfile | undefined): ProfileFormState {
  const c = p ? currentParameters(p) : undefined;
  return {
    name: p?.name ?? '',
    method: c?.method ?? 'straight_line',
    lifeMonths: c?.lifeMonths?.toString() ?? '36',
    convention: c?.convention ?? 'full_month',
    salvageKind: c?.salvagePercent ? 'percent' : c?.salvageAmount ? 'amount' : 'none',
    salvage: c?.salvagePercent ? String(Number(c.salvagePercent)) : (c?.salvageAmount ?? ''),
    decliningFactor: c?.decliningFactor ? String(Number(c.decliningFactor)) : '2',
    rate: c?.rate ?? '',
    switchToStraightLine: c?.switchToStraightLine ?? false,
    endOfLife: c?.endOfLife ?? '',
    macrsClass: c?.macrsClass?.toString() ?? '5',
    macrsConvention: c?.macrsConvention ?? 'half_year',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The parameters the API takes for the chosen method (fields of other methods are left out). */
export function parametersOf(v: ProfileFormState): Omit<CreateProfileInput, 'name'> {
  const method = v.method as CreateProfileInput['method'];
  if (method === 'none') return { method };
  if (method === 'macrs_gds') {
    return {
      method,
      macrsClass: Number(v.macrsClass),
      macrsConvention: v.macrsConvention as 'half_year' | 'mid_quarter',
    };
  }
  const life = v.lifeMonths.trim();
  const base = {
    method,
    lifeMonths: life === '' ? null : Number(life),
    convention: v.convention as CreateProfileInput['convention'],
    salvagePercent: v.salvageKind === 'percent' ? orNull(v.salvage) : null,
    salvageAmount: v.salvageKind === 'amount' ? orNull(v.salvage) : null,
  };
  if (method !== 'declining_balance') return base;
  return {
    ...base,
    decliningFactor: orNull(v.decliningFactor),
    rate: orNull(v.rate),
    switchToStraightLine: v.switchToStraightLine,
    endOfLife: (orNull(v.endOfLife) as CreateProfileInput['endOfLife']) ?? null,
  };
}

/**
 * Field errors by field: a create answers /body/lifeMonths, an edit /body/parameters/lifeMonths;
 * both go under the same input.
 */
export function profileErrors(error: unknown): Partial<Record<ProfileField, string>> {
  const out: Partial<Record<ProfileField, string>> = {};
  for (const { pointer, message } of (error as ApiError | null)?.problem?.errors ?? []) {
    const field = pointer.replace(/^\/body\/(parameters\/)?/, '').split('/')[0] as ProfileField;
    if (PROFILE_FIELDS.includes(field) && !out[field]) out[field] = message;
  }
  return out;
}

/** Salvage errors name one of the two fields: show them under the one salvage input. */
export function salvageError(errors: Partial<Record<ProfileField, string>>): string | undefined {
  return errors.salvagePercent ?? errors.salvageAmount;
}
