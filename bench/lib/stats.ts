/** Percentiles and small formatting helpers shared by the benchmarks. */

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Nearest-rank percentiles, in the unit of the samples (milliseconds here). */
export function percentiles(samples: number[]): Percentiles {
  if (samples.length === 0) return { n: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return {
    n: sorted.length,
    p50: round2(at(50)),
    p95: round2(at(95)),
    p99: round2(at(99)),
    max: round2(sorted.at(-1)!),
  };
}

/**
 * Runs `fn` sequentially `n` times after a short warm-up; the latency of each call. Stops early,
 * after at least `minimum` calls, once `budgetMs` is spent, so that a pathological case (seconds
 * per call) reports itself instead of stalling the run.
 */
export async function timeEach(
  n: number,
  fn: (i: number) => Promise<unknown>,
  { warmup = 5, budgetMs = 60_000, minimum = 5 } = {},
): Promise<Percentiles> {
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < Math.min(warmup, n) && performance.now() < deadline; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    if (samples.length >= minimum && performance.now() > deadline) break;
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

/** 10000 -> "10k", 1000000 -> "1m". */
export function sizeLabel(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n >= 1000 && n % 1000 === 0) return `${n / 1000}k`;
  return String(n);
}
