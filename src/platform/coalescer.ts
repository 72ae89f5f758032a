/**
 * Group commit for small writes. Requests that arrive while earlier ones are being written wait
 * and are then written together, in one transaction with set-based statements, instead of one
 * transaction each. A request that arrives when the writer is idle starts after one turn of the event
 * loop (no timer): batches only form under load, and grow with it.
 *
 * Each request keeps its own answer: the run function returns one outcome per item, a refusal for
 * one never fails the others. If a whole batch fails unexpectedly (the database refused something
 * the checks did not foresee), its items are run again one by one, so the failure reaches only the
 * request that caused it.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface CoalescerOptions<In> {
  /** Most items in one batch. */
  maxBatch: number;
  /** Batches running at once (1 where the database has a single connection; on a server 2 measured best
   * on two cores: more run smaller batches, fewer leave the database idle between statements). */
  maxInFlight: number;
  /**
   * Whether an item may join a batch being formed (for instance: not the same asset twice). An item
   * that may not waits for a later batch, and so does every item after it that conflicts with it.
   */
  canJoin?: (batch: readonly In[], item: In) => boolean;
  /** How much an item counts towards maxBatch (a request of 10 scans counts 10). */
  weight?: (item: In) => number;
}

interface Waiting<In, Out> {
  item: In;
  resolve: (value: Out) => void;
  reject: (error: unknown) => void;
}

export class Coalescer<In, Out> {
  private readonly queue: Waiting<In, Out>[] = [];
  private inFlight = 0;
  private scheduled = false;
  /** Items of batches being written, for canJoin across concurrent batches. */
  private readonly running = new Set<In>();

  constructor(
    private readonly run: (items: In[]) => Promise<Outcome<Out>[]>,
    private readonly options: CoalescerOptions<In>,
  ) {}

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.scheduled) {
        // One turn of the event loop first, so that requests already received (parsed in the same
        // turn) join: on PGlite a whole transaction can otherwise run before the next is parsed.
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      if (batch.length === 0) return; // everything waiting conflicts with a batch being written
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        for (const w of batch) this.running.delete(w.item);
        this.pump();
      });
    }
  }

  /** The next batch: queued items in arrival order, skipping (and keeping) those that may not join. */
  private take(): Waiting<In, Out>[] {
    const { maxBatch, canJoin, weight = () => 1 } = this.options;
    const batch: Waiting<In, Out>[] = [];
    const kept: Waiting<In, Out>[] = [];
    const blocked: In[] = [...this.running];
    let size = 0;
    for (const w of this.queue) {
      const fits = size === 0 || size + weight(w.item) <= maxBatch;
      const joins =
        fits &&
        (!canJoin ||
          (canJoin(blocked, w.item) &&
            canJoin(
              batch.map((b) => b.item),
              w.item,
            )));
      if (joins) {
        batch.push(w);
        size += weight(w.item);
      } else {
        kept.push(w);
        // Later items that conflict with this one must not overtake it.
        blocked.push(w.item);
      }
    }
    this.queue.splice(0, this.queue.length, ...kept);
    for (const w of batch) this.running.add(w.item);
    return batch;
  }

  private async write(batch: Waiting<In, Out>[]): Promise<void> {
    let outcomes: Outcome<Out>[];
    try {
      outcomes = await this.run(batch.map((w) => w.item));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // Find the culprit: each item alone, in arrival order.
      for (const w of batch) {
        try {
          settle(w, (await this.run([w.item]))[0]!);
        } catch (err) {
          w.reject(err);
        }
      }
      return;
    }
    batch.forEach((w, i) => settle(w, outcomes[i]!));
  }
}

function settle<In, Out>(w: Waiting<In, Out>, outcome: Outcome<Out>): void {
  if (outcome.ok) w.resolve(outcome.value);
  else w.reject(outcome.error);
}
