/**
 * Keyboard-wedge detection for the scanning station: a USB or Bluetooth scanner "types" a whole
 * code in a few milliseconds per character, far faster than a person. Pure: the station records
 * when each character arrived and asks.
 */

export interface ScannerBurstOptions {
  /** Fewer characters than this are never called a scan (a person can hit two keys at once). */
  minChars?: number;
  /** The median gap between characters must be below this many milliseconds. */
  maxMedianGapMs?: number;
}

export const SCANNER_BURST_DEFAULTS: Required<ScannerBurstOptions> = { minChars: 4, maxMedianGapMs: 30 };

/**
 * True when the characters arrived faster than a human types: at least `minChars` (4) of them and
 * a median gap under `maxMedianGapMs` (30 ms). The median, not the mean, so that one slow gap
 * (the scanner's first character, a busy main thread) does not hide a scan, and two quick
 * keystrokes do not make typing look like one. Timestamps out of order or not finite: false.
 */
export function isLikelyScannerBurst(
  keystrokeTimestampsMs: readonly number[],
  opts: ScannerBurstOptions = {},
): boolean {
  const { minChars, maxMedianGapMs } = { ...SCANNER_BURST_DEFAULTS, ...opts };
  const times = keystrokeTimestampsMs;
  if (times.length < Math.max(2, minChars)) return false;
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) {
    const gap = times[i]! - times[i - 1]!;
    if (!Number.isFinite(gap) || gap < 0) return false;
    gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const median = gaps.length % 2 === 1 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
  return median < maxMedianGapMs;
}
