/**
 * Deterministic randomness for the generator: the same row index always gives the same row, so a
 * second pass (the asset events) can regenerate an asset instead of keeping a million in memory.
 */

/** A bijection on 32-bit integers (two multiply-xorshift rounds): distinct inputs, distinct outputs. */
export function hash32(x: number): number {
  x = Math.imul((x ^ (x >>> 16)) >>> 0, 0x7feb352d);
  x = Math.imul((x ^ (x >>> 15)) >>> 0, 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** mulberry32: small and fast, good enough for test data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(values: readonly T[]): T {
    return values[this.int(values.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  letters(n: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ'): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  uuid(): string {
    return uuidFrom(hash32(this.int(0x100000000)), this);
  }
}

const hex = (n: number, width: number) =>
  (n >>> 0)
    .toString(16)
    .padStart(8, '0')
    .slice(8 - width);

/**
 * A version-4-shaped UUID whose first 32 bits are `head`: with `head = hash32(index)` the ids of
 * different indexes never collide, and still look (and index) like random UUIDs.
 */
export function uuidFrom(head: number, rng: Rng): string {
  const a = rng.int(0x100000000);
  const b = rng.int(0x100000000);
  const c = rng.int(0x100000000);
  return (
    `${hex(head, 8)}-${hex(a >>> 16, 4)}-4${hex(a, 3)}-` +
    `${(8 + (b >>> 30)).toString(16)}${hex(b, 3)}-${hex(b >>> 12, 4)}${hex(c, 8)}`
  );
}

/** Picks an index with the given relative weights (binary search over the running sums). */
export class Weighted {
  private readonly sums: number[];

  constructor(weights: readonly number[]) {
    let total = 0;
    this.sums = weights.map((w) => (total += w));
  }

  pick(rng: Rng): number {
    const x = rng.next() * this.sums.at(-1)!;
    let lo = 0;
    let hi = this.sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sums[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
