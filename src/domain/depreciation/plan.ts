/**
 * From a profile and an asset to segments: validate, resolve the numbers, run the method, and
 * apply any later changes of profile prospectively. Everything the engine answers is read from a
 * plan, so a schedule, a value at a date and an expense between dates always agree.
 */
import { Ratio } from './rational.js';
import { dayOfDate, formatDay, monthOfDay, monthStart } from './calendar.js';
import { Accruals, truncateAfter, type Segment } from './segments.js';
import { formatCents } from './money.js';
import {
  costCentsOf,
  resolveProfile,
  salvageCentsOf,
  salvageField,
  validateAsset,
  validateProfile,
  type ResolvedProfile,
} from './validate.js';
import type { MethodContext } from './methods/context.js';
import { straightLine } from './methods/straight-line.js';
import { decliningBalance } from './methods/declining-balance.js';
import { sumOfYearsDigits } from './methods/sum-of-years-digits.js';
import { macrs } from './methods/macrs.js';
import type { AssetInput, DepreciationProfile, FieldError, Method } from './types.js';

/** Thrown by the engine's functions for input that validateDepreciationInput would refuse. */
export class DepreciationInputError extends Error {
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join(' '));
    this.name = 'DepreciationInputError';
    this.errors = errors;
  }
}

export interface Plan {
  method: Method;
  costCents: bigint;
  /** Salvage of the profile in force at the end. */
  salvageCents: bigint;
  fiscalYearStartMonth: number;
  accruals: Accruals;
}

function runMethod(resolved: ResolvedProfile, ctx: MethodContext): Segment[] {
  switch (resolved.method) {
    case 'straight_line':
      return straightLine(ctx);
    case 'sum_of_years_digits':
      return sumOfYearsDigits(ctx);
    case 'declining_balance':
      return decliningBalance(ctx, {
        rate: resolved.decliningRate!,
        switchToStraightLine: resolved.switchToStraightLine,
        endOfLife: resolved.endOfLife,
      });
    case 'macrs_gds':
      return macrs(ctx, resolved.macrsClass!, resolved.macrsConvention!);
    case 'none':
      return [];
  }
}

/**
 * Builds the plan, adding to `errors` what only the asset and the arithmetic can tell (salvage
 * above cost, a change that leaves no life). Returns undefined when there were errors.
 */
function buildPlan(profile: DepreciationProfile, asset: AssetInput, errors: FieldError[]): Plan | undefined {
  errors.push(...validateProfile(profile), ...validateAsset(asset));
  if (errors.length > 0) return undefined;
  const costCents = costCentsOf(asset)!;
  const cost = Ratio.of(costCents);
  const inServiceDay = dayOfDate(asset.inServiceDate);
  const initial = resolveProfile(profile);
  let salvageCents = initial.method === 'none' ? 0n : salvageCentsOf(initial.salvage, costCents);
  if (initial.method !== 'none' && salvageCents > costCents) {
    errors.push({
      field: salvageField(initial.salvage),
      message: `The salvage value (${formatCents(salvageCents)}) is more than the cost (${formatCents(costCents)}).`,
    });
    return undefined;
  }
  if (initial.decliningRate === 'from_salvage' && salvageCents === 0n) {
    errors.push({
      field: 'rate',
      message: "A rate 'from_salvage' needs a salvage value above zero (with none, the rate would be 100%).",
    });
    return undefined;
  }
  let segments = runMethod(initial, {
    basis: cost,
    salvage: Ratio.of(salvageCents),
    lifeMonths: initial.lifeMonths,
    convention: initial.convention,
    fiscalYearStartMonth: initial.fiscalYearStartMonth,
    startDay: inServiceDay,
  });

  (profile.changes ?? []).forEach((change, i) => {
    if (errors.length > 0) return;
    const next = resolveProfile(change.profile);
    const at = `changes.${i}.profile.`;
    const effectiveDay = dayOfDate(change.effective);
    const nextSalvage = salvageCentsOf(next.salvage, costCents);
    if (next.method !== 'none' && nextSalvage > costCents) {
      errors.push({
        field: salvageField(next.salvage, at),
        message: `The salvage value (${formatCents(nextSalvage)}) is more than the cost (${formatCents(costCents)}).`,
      });
      return;
    }
    if (effectiveDay <= monthStart(monthOfDay(inServiceDay))) {
      // In force from the start: the new profile simply replaces the old one.
      if (next.decliningRate === 'from_salvage' && nextSalvage === 0n) {
        errors.push({ field: `${at}rate`, message: "A rate 'from_salvage' needs a salvage value above zero." });
        return;
      }
      segments = runMethod(next, {
        basis: cost,
        salvage: Ratio.of(nextSalvage),
        lifeMonths: next.lifeMonths,
        convention: next.convention,
        fiscalYearStartMonth: next.fiscalYearStartMonth,
        startDay: inServiceDay,
      });
      salvageCents = next.method === 'none' ? 0n : nextSalvage;
      return;
    }
    const kept = truncateAfter(segments, effectiveDay - 1);
    const bookValue = cost.sub(new Accruals(kept).total);
    if (next.method !== 'none' && Ratio.of(nextSalvage).cmp(bookValue) > 0) {
      errors.push({
        field: salvageField(next.salvage, at),
        message: `The new salvage value (${formatCents(nextSalvage)}) is above the book value on ${formatDay(effectiveDay)} (${formatCents(bookValue.round())}).`,
      });
      return;
    }
    if (next.decliningRate === 'from_salvage' && nextSalvage === 0n) {
      errors.push({ field: `${at}rate`, message: "A rate 'from_salvage' needs a salvage value above zero." });
      return;
    }
    let continued: Segment[] = [];
    if (next.method !== 'none') {
      const elapsed = monthOfDay(effectiveDay) - monthOfDay(inServiceDay);
      const remaining = next.lifeMonths - elapsed;
      if (remaining < 1) {
        errors.push({
          field: `${at}lifeMonths`,
          message: `The new life (${next.lifeMonths} months from the in-service month) ends before ${change.effective}: ${elapsed} months have passed.`,
        });
        return;
      }
      continued = runMethod(next, {
        basis: bookValue,
        salvage: Ratio.of(nextSalvage),
        lifeMonths: remaining,
        // The asset is already in service: the remaining life starts with a whole period.
        convention: next.convention === 'actual_days' ? 'actual_days' : 'full_month',
        fiscalYearStartMonth: next.fiscalYearStartMonth,
        startDay: effectiveDay,
      });
    }
    segments = [...kept, ...continued];
    salvageCents = next.method === 'none' ? salvageCents : nextSalvage;
  });
  if (errors.length > 0) return undefined;
  const last = profile.changes?.length ? profile.changes[profile.changes.length - 1]!.profile : profile;
  return {
    method: last.method,
    costCents,
    salvageCents,
    fiscalYearStartMonth: profile.fiscalYearStartMonth,
    accruals: new Accruals(segments),
  };
}

/** Every error in a profile and asset together, with field names; empty when they are usable. */
export function validateDepreciationInput(profile: DepreciationProfile, asset: AssetInput): FieldError[] {
  const errors: FieldError[] = [];
  buildPlan(profile, asset, errors);
  return errors;
}

/** The plan, or a DepreciationInputError listing every problem. */
export function planFor(profile: DepreciationProfile, asset: AssetInput): Plan {
  const errors: FieldError[] = [];
  const plan = buildPlan(profile, asset, errors);
  if (!plan) throw new DepreciationInputError(errors);
  return plan;
}
