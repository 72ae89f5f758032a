import { describe, expect, it } from 'vitest';
import { Coalescer, type Outcome } from './coalescer.js';

/** A writer that records its batches and answers each item with its double, refusing odd numbers if asked. */
function recorder(options: { refuseOdd?: boolean; failWhenBatched?: boolean } = {}) {
  const batches: number[][] = [];
  const run = async (items: number[]): Promise<Outcome<number>[]> => {
    batches.push(items);
    await new Promise((r) => setTimeout(r, 5));
    if (options.failWhenBatched && items.length > 1) throw new Error('the batch failed');
    return items.map((n) =>
      options.refuseOdd && n % 2 === 1 ? { ok: false, error: new Error(`odd ${n}`) } : { ok: true, value: n * 2 },
    );
  };
  return { batches, run };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('Coalescer', () => {
  it('writes requests received together in one batch, and gathers those arriving meanwhile into the next', async () => {
    const { batches, run } = recorder();
    const c = new Coalescer(run, { maxBatch: 100, maxInFlight: 1 });
    const first = [1, 2].map((n) => c.submit(n));
    await turn(); // the first batch has started
    const answers = await Promise.all([...first, ...[3, 4, 5].map((n) => c.submit(n))]);
    expect(answers).toEqual([2, 4, 6, 8, 10]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it('starts a lone request after one turn of the event loop', async () => {
    const { batches, run } = recorder();
    const c = new Coalescer(run, { maxBatch: 100, maxInFlight: 1 });
    expect(await c.submit(7)).toBe(14);
    expect(batches).toEqual([[7]]);
  });

  it('gives each request its own refusal without failing the others', async () => {
    const { run } = recorder({ refuseOdd: true });
    const c = new Coalescer(run, { maxBatch: 100, maxInFlight: 1 });
    const settled = await Promise.allSettled([1, 2, 3, 4].map((n) => c.submit(n)));
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual([
      'odd 1',
      4,
      'odd 3',
      8,
    ]);
  });

  it('runs the items of a batch that failed one by one, so only the culprit fails', async () => {
    const { batches, run } = recorder({ failWhenBatched: true });
    const c = new Coalescer(run, { maxBatch: 100, maxInFlight: 1 });
    const settled = await Promise.allSettled([1, 2, 3].map((n) => c.submit(n)));
    expect(settled.every((s) => s.status === 'fulfilled')).toBe(true);
    expect(batches).toEqual([[1, 2, 3], [1], [2], [3]]);
  });

  it('keeps items that may not join for a later batch, in their order, and respects the batch size', async () => {
    const { batches, run } = recorder();
    // Items with the same tens digit may not share a batch (think: the same asset).
    const c = new Coalescer(run, {
      maxBatch: 3,
      maxInFlight: 1,
      canJoin: (batch, n) => !batch.some((b) => Math.floor(b / 10) === Math.floor(n / 10)),
    });
    await Promise.all([1, 11, 12, 21, 31, 41, 13].map((n) => c.submit(n)));
    expect(batches).toEqual([[1, 11, 21], [12, 31, 41], [13]]);
  });

  it('runs several batches at once when allowed, never the same key in two of them', async () => {
    const { batches, run } = recorder();
    const c = new Coalescer(run, {
      maxBatch: 2,
      maxInFlight: 2,
      canJoin: (batch, n) => !batch.some((b) => Math.floor(b / 10) === Math.floor(n / 10)),
    });
    await Promise.all([1, 11, 2, 21, 3].map((n) => c.submit(n)));
    // 1 and 11 go first; 2 may not join them (same key as 1) and so neither may 3; 21 goes in a
    // second batch at the same time; 2 waits until 1 is written, then 3 until 2 is.
    expect(batches).toEqual([[1, 11], [21], [2], [3]]);
  });

  it('counts an item by its weight, and lets an item heavier than a batch run alone', async () => {
    const { batches, run } = recorder();
    const c = new Coalescer(run, { maxBatch: 10, maxInFlight: 1, weight: (n) => n });
    await Promise.all([1, 4, 5, 3, 12].map((n) => c.submit(n)));
    expect(batches).toEqual([[1, 4, 5], [3], [12]]);
  });
});
