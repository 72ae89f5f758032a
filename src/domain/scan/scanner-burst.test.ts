import { describe, expect, it } from 'vitest';
import { isLikelyScannerBurst } from './parse-scan.js';

/** Timestamps of `n` characters, `gap` milliseconds apart (or the gaps given). */
const times = (gaps: number[], start = 1000) => gaps.reduce((acc, g) => [...acc, acc.at(-1)! + g], [start]);
const even = (n: number, gap: number) => times(Array.from({ length: n - 1 }, () => gap));

describe('keyboard-wedge detection', () => {
  it('a scanner typing a tag in a few milliseconds per character is a burst', () => {
    expect(isLikelyScannerBurst(even(9, 4))).toBe(true);
    expect(isLikelyScannerBurst(even(4, 20))).toBe(true);
  });

  it('a person typing is not', () => {
    expect(isLikelyScannerBurst(even(9, 120))).toBe(false);
    expect(isLikelyScannerBurst(even(12, 60))).toBe(false);
  });

  it('needs at least four characters', () => {
    expect(isLikelyScannerBurst(even(3, 2))).toBe(false);
    expect(isLikelyScannerBurst([])).toBe(false);
    expect(isLikelyScannerBurst([5])).toBe(false);
  });

  it('the median ignores a slow first character and a stall', () => {
    expect(isLikelyScannerBurst(times([400, 5, 5, 5, 300, 5, 5, 5]))).toBe(true);
  });

  it('two quick keystrokes in a person’s typing do not make a burst', () => {
    expect(isLikelyScannerBurst(times([150, 10, 140, 8, 200, 170]))).toBe(false);
  });

  it('the threshold is strict: a median of exactly 30 ms is human', () => {
    expect(isLikelyScannerBurst(even(6, 30))).toBe(false);
    expect(isLikelyScannerBurst(even(6, 29.5))).toBe(true);
  });

  it('takes the median of an even number of gaps as the mean of the middle two', () => {
    // gaps 10, 20, 40, 50: median 30, not a burst; 10, 20, 39, 50: 29.5, a burst.
    expect(isLikelyScannerBurst(times([10, 20, 40, 50]))).toBe(false);
    expect(isLikelyScannerBurst(times([10, 20, 39, 50]))).toBe(true);
  });

  it('options change the minimum length and the threshold', () => {
    expect(isLikelyScannerBurst(even(3, 5), { minChars: 3 })).toBe(true);
    expect(isLikelyScannerBurst(even(6, 45), { maxMedianGapMs: 50 })).toBe(true);
    expect(isLikelyScannerBurst(even(6, 45), { maxMedianGapMs: 40 })).toBe(false);
  });

  it('timestamps out of order or not numbers are not a burst', () => {
    expect(isLikelyScannerBurst([10, 5, 6, 7, 8])).toBe(false);
    expect(isLikelyScannerBurst([1, 2, Number.NaN, 4, 5])).toBe(false);
    expect(isLikelyScannerBurst([1, 2, 3, Number.POSITIVE_INFINITY])).toBe(false);
  });

  it('simultaneous timestamps (one event loop tick) count as fast', () => {
    expect(isLikelyScannerBurst([7, 7, 7, 7, 7])).toBe(true);
  });
});
