/**
 * Checks a profile and an asset before any arithmetic, and says which field is wrong and why, so
 * the API can answer 400 naming the field. The engine never guesses: a field that does not apply
 * to the method is refused rather than silently ignored.
 */
import { MAX_MONEY_CENTS, parseMoney, toCents } from './money.js';
import { parseDate } from './calendar.js';
import { Ratio, parseDecimal } from './rational.js';
import {
  CONVENTIONS,
  END_OF_LIFE,
  MACRS_CLASSES,
  MACRS_CONVENTIONS,
  METHODS,
  type AssetInput,
  type Convention,
  type DepreciationProfile,
  type EndOfLife,
  type FieldError,
  type MacrsClass,
  type MacrsConvention,
  type Method,
  type Salvage,
} from './types.js';

/** Longest life accepted: a century. */
export const MAX_LIFE_MONTHS = 1200;
/** Highest declining-balance factor accepted (2 is double declining). */
export const MAX_DECLINING_FACTOR = 10;

const present = (value: unknown): boolean => value !== undefined && value !== null;

const METHOD_NAMES: Record<Method, string> = {
  straight_line: 'straight line',
  declining_balance: 'declining balance',
  sum_of_years_digits: "sum of the years' digits",
  macrs_gds: 'MACRS',
  none: 'no depreciation',
};

function oneOf<T>(list: readonly T[]): string {
  return list.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
}

function checkSalvageShape(salvage: unknown, field: string, errors: FieldError[]): void {
  if (typeof salvage !== 'object' || salvage === null || Array.isArray(salvage)) {
    errors.push({ field, message: 'Salvage is { amount } or { percent } of cost.' });
    return;
  }
  const keys = Object.keys(salvage).filter((k) => present((salvage as Record<string, unknown>)[k]));
  const known = keys.filter((k) => k === 'amount' || k === 'amountCents' || k === 'percent');
  if (known.length !== 1 || keys.length !== 1) {
    errors.push({ field, message: 'Give the salvage value as one of amount, amountCents or percent.' });
    return;
  }
  const s = salvage as Record<string, unknown>;
  if (known[0] === 'amount') {
    if (typeof s.amount !== 'string' || parseMoney(s.amount) === undefined) {
      errors.push({
        field: `${field}.amount`,
        message: 'The salvage amount is a decimal string with at most two decimals, such as "150.00".',
      });
    }
  } else if (known[0] === 'amountCents') {
    const v = s.amountCents;
    const cents = typeof v === 'number' || typeof v === 'bigint' ? toCents(v) : undefined;
    if (cents === undefined || cents < 0n) {
      errors.push({
        field: `${field}.amountCents`,
        message: 'The salvage amount in cents is a whole number, 0 or more.',
      });
    }
  } else {
    const v = s.percent;
    const p = typeof v === 'string' || typeof v === 'number' ? parseDecimal(v) : undefined;
    if (p === undefined || p.isNegative() || p.cmp(Ratio.of(100)) > 0) {
      errors.push({ field: `${field}.percent`, message: 'The salvage percentage is a number from 0 to 100.' });
    }
  }
}

function isZeroSalvage(salvage: unknown): boolean {
  if (!present(salvage)) return true;
  const s = salvage as Record<string, unknown>;
  if (typeof s.amount === 'string') return parseMoney(s.amount) === 0n;
  if (typeof s.amountCents === 'number' || typeof s.amountCents === 'bigint') return BigInt(s.amountCents) === 0n;
  if (typeof s.percent === 'string' || typeof s.percent === 'number') return parseDecimal(s.percent)?.isZero() ?? false;
  return false;
}

/**
 * The profile's own errors (no asset needed). `prefix` is prepended to field names (used for
 * changes: "changes.0.profile.lifeMonths").
 */
export function validateProfile(profile: DepreciationProfile, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const f = (name: string) => `${prefix}${name}`;
  if (typeof profile !== 'object' || profile === null) {
    return [{ field: prefix.replace(/\.$/, '') || 'profile', message: 'A depreciation profile is an object.' }];
  }
  const p = profile as unknown as Record<string, unknown>;
  const method = p.method as Method;
  if (!(METHODS as readonly unknown[]).includes(method)) {
    errors.push({ field: f('method'), message: `The method is one of ${oneOf(METHODS)}.` });
    return errors;
  }
  const fy = p.fiscalYearStartMonth;
  if (typeof fy !== 'number' || !Number.isInteger(fy) || fy < 1 || fy > 12) {
    errors.push({
      field: f('fiscalYearStartMonth'),
      message: 'The fiscal year start month is a whole number from 1 (January) to 12.',
    });
  }

  const name = METHOD_NAMES[method];
  const byLife = method === 'straight_line' || method === 'declining_balance' || method === 'sum_of_years_digits';
  const life = p.lifeMonths;
  const lifeOk = typeof life === 'number' && Number.isInteger(life) && life >= 1 && life <= MAX_LIFE_MONTHS;
  if (byLife) {
    if (!present(life)) errors.push({ field: f('lifeMonths'), message: `${cap(name)} needs a life in months.` });
    else if (!lifeOk) {
      errors.push({
        field: f('lifeMonths'),
        message: `The life is a whole number of months from 1 to ${MAX_LIFE_MONTHS}.`,
      });
    }
    if (!present(p.convention)) {
      errors.push({ field: f('convention'), message: `${cap(name)} needs a convention: ${oneOf(CONVENTIONS)}.` });
    } else if (!(CONVENTIONS as readonly unknown[]).includes(p.convention)) {
      errors.push({ field: f('convention'), message: `The convention is one of ${oneOf(CONVENTIONS)}.` });
    }
  } else if (method === 'none') {
    if (present(life) && !lifeOk) {
      errors.push({
        field: f('lifeMonths'),
        message: `The life is a whole number of months from 1 to ${MAX_LIFE_MONTHS}.`,
      });
    }
    if (present(p.convention) && !(CONVENTIONS as readonly unknown[]).includes(p.convention)) {
      errors.push({ field: f('convention'), message: `The convention is one of ${oneOf(CONVENTIONS)}.` });
    }
  }
  if (present(p.salvage)) checkSalvageShape(p.salvage, f('salvage'), errors);

  // Declining balance.
  const dbFields = ['decliningFactor', 'rate', 'switchToStraightLine', 'endOfLife'] as const;
  if (method === 'declining_balance') {
    const hasFactor = present(p.decliningFactor);
    const hasRate = present(p.rate);
    if (!hasFactor && !hasRate) {
      errors.push({
        field: f('decliningFactor'),
        message: 'Declining balance needs a decliningFactor (2 for double declining, 1.5 for 150%) or a rate.',
      });
    } else if (hasFactor && hasRate) {
      errors.push({ field: f('rate'), message: 'Give a decliningFactor or a rate, not both.' });
    }
    if (hasFactor) {
      const v = p.decliningFactor;
      const factor = typeof v === 'number' || typeof v === 'string' ? parseDecimal(v) : undefined;
      if (factor === undefined || factor.n <= 0n || factor.cmp(Ratio.of(MAX_DECLINING_FACTOR)) > 0) {
        errors.push({
          field: f('decliningFactor'),
          message: `The declining factor is a number above 0 and at most ${MAX_DECLINING_FACTOR} (2 is double declining).`,
        });
      }
    }
    if (hasRate && p.rate !== 'from_salvage') {
      const v = p.rate;
      const rate = typeof v === 'number' || typeof v === 'string' ? parseDecimal(v) : undefined;
      if (rate === undefined || rate.n <= 0n || rate.cmp(Ratio.ONE) > 0) {
        errors.push({
          field: f('rate'),
          message: "The annual rate is a decimal above 0 and at most 1 (0.319 is 31.9%), or 'from_salvage'.",
        });
      }
    }
    if (present(p.switchToStraightLine) && typeof p.switchToStraightLine !== 'boolean') {
      errors.push({ field: f('switchToStraightLine'), message: 'switchToStraightLine is true or false.' });
    }
    if (present(p.endOfLife) && !(END_OF_LIFE as readonly unknown[]).includes(p.endOfLife)) {
      errors.push({ field: f('endOfLife'), message: `endOfLife is one of ${oneOf(END_OF_LIFE)}.` });
    }
  } else {
    for (const key of dbFields) {
      if (present(p[key])) {
        errors.push({ field: f(key), message: `${key} applies only to declining balance, not to ${name}.` });
      }
    }
  }

  // MACRS.
  if (method === 'macrs_gds') {
    const cls = p.macrsClass;
    if (!(MACRS_CLASSES as readonly unknown[]).includes(cls)) {
      errors.push({
        field: f('macrsClass'),
        message: `MACRS needs a property class of ${oneOf(MACRS_CLASSES)} years.`,
      });
    } else if (present(life) && life !== (cls as number) * 12) {
      errors.push({
        field: f('lifeMonths'),
        message: `MACRS ${cls}-year property has a recovery period of ${(cls as number) * 12} months; leave lifeMonths out or set it to that.`,
      });
    }
    if (!(MACRS_CONVENTIONS as readonly unknown[]).includes(p.macrsConvention)) {
      errors.push({
        field: f('macrsConvention'),
        message: `MACRS needs a macrsConvention: ${oneOf(MACRS_CONVENTIONS)}.`,
      });
    }
    if (present(p.convention)) {
      errors.push({
        field: f('convention'),
        message: 'MACRS takes its convention from macrsConvention (half_year or mid_quarter); leave convention out.',
      });
    }
    if (present(p.salvage) && !isZeroSalvage(p.salvage)) {
      errors.push({ field: f('salvage'), message: 'MACRS recovers the whole cost: the salvage value must be zero.' });
    }
  } else {
    for (const key of ['macrsClass', 'macrsConvention'] as const) {
      if (present(p[key])) errors.push({ field: f(key), message: `${key} applies only to MACRS, not to ${name}.` });
    }
  }

  // Changes of profile.
  if (present(p.changes)) {
    if (prefix !== '') {
      errors.push({ field: f('changes'), message: 'A changed profile cannot carry changes of its own.' });
    } else if (!Array.isArray(p.changes)) {
      errors.push({ field: 'changes', message: 'changes is a list of { effective, profile }.' });
    } else {
      let previous: string | undefined;
      p.changes.forEach((change: unknown, i: number) => {
        const at = `changes.${i}`;
        const c = (change ?? {}) as Record<string, unknown>;
        const effective = c.effective;
        const date = typeof effective === 'string' ? parseDate(effective) : undefined;
        if (!date || date.day !== 1) {
          errors.push({
            field: `${at}.effective`,
            message: 'A change takes effect on the first day of a month (YYYY-MM-01), the start of a period.',
          });
        } else if (previous !== undefined && (effective as string) <= previous) {
          errors.push({ field: `${at}.effective`, message: 'Changes are listed in date order, one per date.' });
        }
        if (typeof effective === 'string') previous = effective;
        const next = c.profile as DepreciationProfile | undefined;
        if (typeof next !== 'object' || next === null) {
          errors.push({ field: `${at}.profile`, message: 'A change needs the new profile.' });
          return;
        }
        errors.push(...validateProfile(next, `${at}.profile.`));
        if (next.fiscalYearStartMonth !== profile.fiscalYearStartMonth) {
          errors.push({
            field: `${at}.profile.fiscalYearStartMonth`,
            message: 'The fiscal year is the organisation’s: a change of profile keeps the same start month.',
          });
        }
        if (next.method === 'macrs_gds' || method === 'macrs_gds') {
          errors.push({
            field: `${at}.profile.method`,
            message:
              'MACRS cannot be changed to or from mid-life: for tax that is a change of accounting method, not of estimate. Restate the book from the start instead.',
          });
        }
      });
    }
  }
  return errors;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The asset's own errors. */
export function validateAsset(asset: AssetInput): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof asset !== 'object' || asset === null) return [{ field: 'asset', message: 'The asset is an object.' }];
  const hasCost = present(asset.cost);
  const hasCents = present(asset.costCents);
  if (hasCost === hasCents) {
    errors.push({
      field: 'cost',
      message: 'Give the cost as a decimal string (cost) or in cents (costCents), one of them.',
    });
  } else if (costCentsOf(asset) === undefined) {
    errors.push(
      hasCost
        ? {
            field: 'cost',
            message: 'The cost is a decimal string with at most two decimals, 0 to 999999999999.99, such as "1299.00".',
          }
        : { field: 'costCents', message: 'The cost in cents is a whole number from 0 to 99999999999999.' },
    );
  }
  if (typeof asset.inServiceDate !== 'string' || parseDate(asset.inServiceDate) === undefined) {
    errors.push({ field: 'inServiceDate', message: 'The in-service date is a real date written YYYY-MM-DD.' });
  }
  return errors;
}

/** The asset's cost in cents, or undefined when it is not valid. */
export function costCentsOf(asset: AssetInput): bigint | undefined {
  let cents: bigint | undefined;
  if (typeof asset.cost === 'string') cents = parseMoney(asset.cost);
  else if (typeof asset.costCents === 'number' || typeof asset.costCents === 'bigint') cents = toCents(asset.costCents);
  if (cents === undefined || cents < 0n || cents > MAX_MONEY_CENTS) return undefined;
  return cents;
}

/** The salvage value in cents for a given cost: a percentage is rounded to the cent, halves up. */
export function salvageCentsOf(salvage: Salvage | null | undefined, costCents: bigint): bigint {
  if (!salvage) return 0n;
  if ('amount' in salvage && typeof salvage.amount === 'string') return parseMoney(salvage.amount) ?? 0n;
  if ('amountCents' in salvage && salvage.amountCents !== undefined) return BigInt(salvage.amountCents);
  if ('percent' in salvage && salvage.percent !== undefined) {
    const p = parseDecimal(salvage.percent) ?? Ratio.ZERO;
    return p.scale(costCents, 100n).round();
  }
  return 0n;
}

/** Where a salvage error is reported: the field the caller filled in. */
export function salvageField(salvage: Salvage | null | undefined, prefix = ''): string {
  if (salvage && 'percent' in salvage) return `${prefix}salvage.percent`;
  if (salvage && 'amountCents' in salvage) return `${prefix}salvage.amountCents`;
  return `${prefix}salvage.amount`;
}

/** A validated profile, with its numbers parsed. */
export interface ResolvedProfile {
  method: Method;
  lifeMonths: number;
  convention: Convention;
  fiscalYearStartMonth: number;
  salvage: Salvage | null | undefined;
  decliningRate?: { factor: Ratio } | { rate: Ratio } | 'from_salvage';
  switchToStraightLine: boolean;
  endOfLife: EndOfLife;
  macrsClass?: MacrsClass;
  macrsConvention?: MacrsConvention;
}

/** Parses a profile that validateProfile accepted. */
export function resolveProfile(profile: DepreciationProfile): ResolvedProfile {
  const resolved: ResolvedProfile = {
    method: profile.method,
    lifeMonths: profile.lifeMonths ?? (profile.macrsClass ? profile.macrsClass * 12 : 0),
    convention: profile.convention ?? 'full_month',
    fiscalYearStartMonth: profile.fiscalYearStartMonth,
    salvage: profile.salvage,
    switchToStraightLine: profile.switchToStraightLine ?? false,
    endOfLife: profile.endOfLife ?? 'to_salvage',
  };
  if (profile.method === 'declining_balance') {
    if (present(profile.decliningFactor)) {
      resolved.decliningRate = { factor: parseDecimal(profile.decliningFactor as number | string)! };
    } else if (profile.rate === 'from_salvage') {
      resolved.decliningRate = 'from_salvage';
    } else {
      resolved.decliningRate = { rate: parseDecimal(profile.rate as number | string)! };
    }
  }
  if (profile.method === 'macrs_gds') {
    resolved.macrsClass = profile.macrsClass!;
    resolved.macrsConvention = profile.macrsConvention!;
  }
  return resolved;
}
