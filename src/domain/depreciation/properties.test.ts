/**
 * Properties over thousands of generated assets and profiles (a seeded generator, so a failure
 * names its seed and case and replays): a schedule sums to cost − salvage; book value never rises
 * and never falls below salvage; month ends agree with valueAt; splitting a range of days or a
 * period never changes a total; the fiscal-year roll-up and the forecast agree with the months.
 */
import { describe, expect, it } from 'vitest';
import { formatDay, dayOfDate, addMonths } from './calendar.js';
import { CONVENTIONS, MACRS_CLASSES, prepareDepreciation, type DepreciationProfile } from './index.js';

/** mulberry32: a tiny, fast, seeded PRNG; good enough to spread test cases. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

function cost(r: Rng): string {
  const cents = r.pick([
    () => 0,
    () => r.int(1, 99),
    () => r.int(100, 500_000),
    () => r.int(500_000, 100_000_000),
    () => r.int(100_000_000, 99_999_999_999_999),
  ])();
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function date(r: Rng): string {
  if (r.chance(0.05)) return r.pick(['2024-02-29', '2020-02-29', '2023-12-31', '2021-01-31', '2000-02-29']);
  const day = dayOfDate('1995-01-01') + r.int(0, 365 * 45);
  return formatDay(day);
}

function salvage(r: Rng, costText: string): DepreciationProfile['salvage'] {
  const costCents = Math.round(Number(costText) * 100);
  return r.pick([
    () => undefined,
    () => ({ percent: r.pick(['0', '5', '10', '12.5', '33.333', '100']) }),
    () => ({ amountCents: r.int(0, costCents) }),
    () => {
      const c = r.int(0, costCents);
      return { amount: `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}` };
    },
  ])();
}

function profile(r: Rng, costText: string): DepreciationProfile {
  const fiscalYearStartMonth = r.int(1, 12);
  const method = r.pick(['straight_line', 'declining_balance', 'sum_of_years_digits', 'macrs_gds', 'none'] as const);
  if (method === 'macrs_gds') {
    return {
      method,
      macrsClass: r.pick(MACRS_CLASSES),
      macrsConvention: r.pick(['half_year', 'mid_quarter'] as const),
      fiscalYearStartMonth,
    };
  }
  const base: DepreciationProfile = {
    method,
    lifeMonths: r.pick([() => r.int(1, 24), () => r.int(12, 120), () => r.int(120, 480), () => 12 * r.int(1, 20)])(),
    salvage: salvage(r, costText),
    convention: r.pick(CONVENTIONS),
    fiscalYearStartMonth,
  };
  if (method === 'declining_balance') {
    const rate: Pick<DepreciationProfile, 'decliningFactor' | 'rate'> = r.pick([
      () => ({ decliningFactor: r.pick([1.25, 1.5, 2, '2.5', 3]) }),
      () => ({ rate: r.pick([0.1, '0.25', 0.319, 0.5, 1]) }),
      () => ({ rate: 'from_salvage' }),
    ])();
    Object.assign(base, rate, {
      switchToStraightLine: r.chance(0.5),
      endOfLife: r.pick(['to_salvage', 'as_computed', undefined]),
    });
    if (rate.rate === 'from_salvage')
      base.salvage = { amountCents: r.int(1, Math.max(1, Math.round(Number(costText) * 100))) };
  }
  return base;
}

interface Case {
  seed: number;
  profile: DepreciationProfile;
  asset: { cost: string; inServiceDate: string };
}

function makeCase(seed: number): Case {
  const r = rng(seed);
  const costText = cost(r);
  let p = profile(r, costText);
  if (p.rate === 'from_salvage' && costText === '0.00') p = { ...p, rate: 0.2, salvage: undefined };
  return { seed, profile: p, asset: { cost: costText, inServiceDate: date(r) } };
}

// QM_PROPERTY_CASES=50000 for a deeper search.
const CASES = Number(process.env.QM_PROPERTY_CASES ?? 2000);

/**
 * A plain assertion: vitest's expect costs microseconds a call, and these loops make hundreds of
 * thousands of checks. The message carries the seed and the case, so a failure replays.
 */
let checks = 0;
function check(ok: boolean, what: string, where: () => string, detail?: unknown): void {
  checks++;
  if (!ok) throw new Error(`${what} fails for ${where()}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}

describe('properties of generated schedules', () => {
  it(`hold for ${CASES} generated assets`, { timeout: 600_000 }, () => {
    let periods = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const c = makeCase(seed);
      const where = () => `seed ${seed}: ${JSON.stringify(c)}`;
      const d = prepareDepreciation(c.profile, c.asset);
      const s = d.schedule();
      const total = s.periods.reduce((sum, p) => sum + p.expense, 0);
      periods += s.periods.length;

      // Sums exactly to cost − salvage (the spreadsheet DB's as_computed may stop above salvage).
      const asComputed = c.profile.method === 'declining_balance' && c.profile.endOfLife === 'as_computed';
      const expectedTotal = c.profile.method === 'none' ? 0 : s.cost - s.salvage;
      check(asComputed ? total <= expectedTotal : total === expectedTotal, 'sum = cost − salvage', where, {
        total,
        expectedTotal,
      });
      check(s.depreciable === total, 'depreciable = sum of periods', where);

      // Book value never rises, never falls below salvage; accumulated adds up period by period.
      let accumulated = 0;
      for (const p of s.periods) {
        check(p.expense >= 0, 'book value never rises', where, p);
        accumulated += p.expense;
        check(p.accumulated === accumulated && p.bookValue === s.cost - accumulated, 'accumulated adds up', where, p);
        check(p.bookValue >= (c.profile.method === 'none' ? s.cost : s.salvage), 'never below salvage', where, p);
      }
      if (s.periods.length > 0) {
        check(s.periods[0]!.start <= c.asset.inServiceDate, 'starts in the in-service month', where);
      }

      // The fiscal-year roll-up adds up to the same, and opening + expense = closing.
      check(s.byFiscalYear.reduce((sum, y) => sum + y.expense, 0) === total, 'fiscal years add up', where);
      for (const y of s.byFiscalYear)
        check(y.openingBookValue - y.expense === y.bookValue, 'opening − expense = closing', where, y);

      // Month ends agree with valueAt; nothing before the in-service date.
      const r = rng(seed * 7919);
      for (let k = 0; k < 3 && s.periods.length > 0; k++) {
        const p = r.pick(s.periods);
        const v = d.valueAt(p.end);
        check(v.accumulated === p.accumulated && v.bookValue === p.bookValue, 'valueAt(month end) = schedule', where, {
          p,
          v,
        });
      }
      const before = formatDay(dayOfDate(c.asset.inServiceDate) - 1);
      check(d.valueAt(before).accumulated === 0, 'nothing before the in-service date', where);

      // Splitting a range of days (a period included) never changes the total, and values never go down.
      const first = dayOfDate(c.asset.inServiceDate) - r.int(0, 40);
      const span = Math.max(2, s.periods.length * 31 + 60);
      const a = first + r.int(0, span);
      const b = a + r.int(0, span);
      const m = a + r.int(0, b - a);
      const [fa, fb, fm, fm1] = [a, b, m, m + 1].map(formatDay) as [string, string, string, string];
      const whole = d.expenseBetween(fa, fb);
      const left = d.expenseBetween(fa, fm);
      const right = m < b ? d.expenseBetween(fm1, fb) : 0;
      check(left + right === whole, 'splitting a range keeps its total', where, { fa, fm, fb, left, right, whole });
      check(
        d.valueAt(fb).accumulated - d.valueAt(formatDay(a - 1)).accumulated === whole,
        'range = difference of values',
        where,
      );
      check(d.valueAt(fm).accumulated <= d.valueAt(fb).accumulated, 'values never go down', where);

      // A period split at any day inside it keeps its expense.
      if (s.periods.length > 0) {
        const p = r.pick(s.periods);
        const pStart = dayOfDate(p.start);
        const split = pStart + r.int(0, dayOfDate(p.end) - pStart);
        const parts =
          d.expenseBetween(p.start, formatDay(split)) +
          (split < dayOfDate(p.end) ? d.expenseBetween(formatDay(split + 1), p.end) : 0);
        check(parts === p.expense, 'splitting a period keeps its expense', where, {
          p,
          split: formatDay(split),
          parts,
        });
      }

      // The forecast by fiscal year over the whole life equals the roll-up.
      if (s.byFiscalYear.length > 0) {
        const forecast = d.expenseByFiscalYear(s.byFiscalYear[0]!.fiscalYear, s.byFiscalYear.length + 1);
        const years = s.byFiscalYear.map((y) => y.expense);
        check(
          forecast.every((f, i) => f.expense === (years[i] ?? 0)),
          'forecast = fiscal-year roll-up, then zero',
          where,
        );
      }
    }
    expect(periods).toBeGreaterThan(CASES * 20);
    expect(checks).toBeGreaterThan(CASES * 100);
  });

  it('hold after a prospective change of profile mid-life, for 600 generated assets', () => {
    let changed = 0;
    for (let seed = 10_001; seed <= 10_600; seed++) {
      const base = makeCase(seed);
      const r = rng(seed * 31);
      if (base.profile.method === 'macrs_gds' || base.profile.rate === 'from_salvage') continue;
      const inService = dayOfDate(base.asset.inServiceDate);
      const effective = addMonths(inService - (Number(base.asset.inServiceDate.slice(8)) - 1), r.int(1, 60));
      const next: DepreciationProfile = {
        method: r.pick(['straight_line', 'declining_balance', 'sum_of_years_digits', 'none'] as const),
        fiscalYearStartMonth: base.profile.fiscalYearStartMonth,
      };
      if (next.method !== 'none') {
        next.lifeMonths = r.int(61, 240);
        next.convention = r.pick(CONVENTIONS);
        next.salvage = { amountCents: 0 };
      }
      if (next.method === 'declining_balance')
        Object.assign(next, { decliningFactor: 2, switchToStraightLine: r.chance(0.5) });
      const profile = { ...base.profile, changes: [{ effective: formatDay(effective), profile: next }] };
      const where = () => `seed ${seed}: ${JSON.stringify({ profile, asset: base.asset })}`;
      const withChange = prepareDepreciation(profile, base.asset).schedule();
      changed++;
      // Up to the change nothing moves.
      const unchanged = prepareDepreciation(base.profile, base.asset);
      const effectiveText = formatDay(effective);
      for (const p of withChange.periods.filter((p) => p.end < effectiveText)) {
        check(p.accumulated === unchanged.valueAt(p.end).accumulated, 'nothing moves before the change', where, p);
      }
      // Book value never rises, never below the new salvage (0), and the whole sums to cost − salvage.
      let previous = withChange.cost;
      for (const p of withChange.periods) {
        check(p.bookValue <= previous && p.bookValue >= 0, 'book value never rises nor goes below salvage', where, p);
        previous = p.bookValue;
      }
      if (next.method !== 'none') {
        check(withChange.depreciable === withChange.cost, 'sums to cost − new salvage (0)', where);
      }
    }
    expect(changed).toBeGreaterThan(400);
  });
});
