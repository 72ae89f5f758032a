/**
 * Exact fractions of BigInts. Depreciation figures are exact rationals until the last moment, when
 * an accumulated amount is rounded to the cent: that is what lets every schedule balance exactly
 * and lets any figure be reproduced to the cent, whatever the method (a declining balance over
 * twenty years, a daily proration over leap years). No binary floating point touches an amount.
 */

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * Reduction is lazy: small fractions are left as they are (BigInt gcd is the engine's main cost),
 * and reduced once the denominator or numerator passes 2^64, which keeps sizes bounded. So n and d
 * are not canonical: compare with cmp/equals, never by fields.
 */
const LIMIT = 1n << 64n;

/** An exact fraction n/d with d > 0. Immutable. */
export class Ratio {
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    this.n = n;
    this.d = d;
  }

  static of(n: bigint | number, d: bigint | number = 1n): Ratio {
    let num = BigInt(n);
    let den = BigInt(d);
    if (den === 0n) throw new RangeError('Division by zero');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    if (den === 1n) return new Ratio(num, 1n);
    if (den < LIMIT && num < LIMIT && num > -LIMIT) return new Ratio(num, den);
    const g = gcd(num, den);
    return g === 1n ? new Ratio(num, den) : new Ratio(num / g, den / g);
  }

  static readonly ZERO = Ratio.of(0n);
  static readonly ONE = Ratio.of(1n);

  add(o: Ratio): Ratio {
    if (this.d === o.d) return new Ratio(this.n + o.n, this.d);
    return Ratio.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  sub(o: Ratio): Ratio {
    if (this.d === o.d) return new Ratio(this.n - o.n, this.d);
    return Ratio.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }

  mul(o: Ratio): Ratio {
    return Ratio.of(this.n * o.n, this.d * o.d);
  }

  div(o: Ratio): Ratio {
    return Ratio.of(this.n * o.d, this.d * o.n);
  }

  /** this × n / d with integers, reduced once. */
  scale(n: bigint | number, d: bigint | number = 1n): Ratio {
    return Ratio.of(this.n * BigInt(n), this.d * BigInt(d));
  }

  cmp(o: Ratio): number {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  equals(o: Ratio): boolean {
    return this.n * o.d === o.n * this.d;
  }

  /** In lowest terms. */
  reduced(): Ratio {
    const g = gcd(this.n, this.d);
    return g === 1n ? this : new Ratio(this.n / g, this.d / g);
  }

  isZero(): boolean {
    return this.n === 0n;
  }

  isNegative(): boolean {
    return this.n < 0n;
  }

  /** Rounded to an integer, halves away from zero (how accountants and spreadsheets round). */
  round(): bigint {
    return roundFraction(this.n, this.d);
  }

  /** Largest integer not above it. */
  floor(): bigint {
    const q = this.n / this.d;
    return this.n < 0n && q * this.d !== this.n ? q - 1n : q;
  }

  toString(): string {
    const r = this.reduced();
    return r.d === 1n ? `${r.n}` : `${r.n}/${r.d}`;
  }
}

/** n/d (d > 0) rounded to an integer, halves away from zero. */
export function roundFraction(n: bigint, d: bigint): bigint {
  return (2n * n + (n < 0n ? -d : d)) / (2n * d);
}

export function minRatio(a: Ratio, b: Ratio): Ratio {
  return a.cmp(b) <= 0 ? a : b;
}

export function maxRatio(a: Ratio, b: Ratio): Ratio {
  return a.cmp(b) >= 0 ? a : b;
}

/**
 * Parses a plain decimal ("1.5", "0.319", "-2", "12.") exactly. Numbers are accepted through
 * their shortest decimal form (String(0.319) is "0.319"), so 0.319 means 319/1000, not the
 * nearest double. Returns undefined for anything else (exponents, NaN, empty).
 */
export function parseDecimal(input: string | number): Ratio | undefined {
  const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : input.trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '', frac = ''] = match;
  if (whole === '' && frac === '') return undefined;
  const digits = BigInt(`${whole || '0'}${frac}`);
  const value = Ratio.of(digits, 10n ** BigInt(frac.length));
  return sign === '-' ? Ratio.of(-value.n, value.d) : value;
}
