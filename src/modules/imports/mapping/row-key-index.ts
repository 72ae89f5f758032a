/**
 * Which row first held a key (a tag, a serial for a manufacturer), in little memory: a file of a
 * million rows must not need a million strings kept to find its duplicates.
 *
 * Keys are stored as a 64-bit hash (two independent 32-bit hashes) in typed arrays with open
 * addressing: 12 bytes a slot, at most twice as many slots as keys, so about 25 MB per key kind
 * for a million rows instead of some 100 MB for a Map of strings. Two different keys share a hash
 * with a chance of about n²/2⁶⁵ (3 in 100 million for a million rows); the staging table's
 * set-based check, which compares the values themselves, is the final word.
 */
export class RowKeyIndex {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private rows: Uint32Array;
  private count = 0;

  constructor(initialCapacity = 1024) {
    const capacity = 1 << Math.ceil(Math.log2(Math.max(16, initialCapacity)));
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Records `row` for `key`; returns the row that had the key first, if any. */
  add(key: string, row: number): number | undefined {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = fmix(h1 ^ key.length) >>> 0;
    h2 = fmix(h2 ^ key.length) >>> 0;
    const found = this.find(h1, h2);
    if (found !== undefined) return found;
    if ((this.count + 1) * 2 > this.rows.length) this.grow();
    this.insert(h1, h2, row);
    this.count++;
    return undefined;
  }

  private find(h1: number, h2: number): number | undefined {
    const mask = this.rows.length - 1;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const stored = this.rows[slot]!;
      if (stored === 0) return undefined;
      if (this.hi[slot] === h1 && this.lo[slot] === h2) return stored - 1;
    }
  }

  private insert(h1: number, h2: number, row: number): void {
    const mask = this.rows.length - 1;
    let slot = h1 & mask;
    while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
    this.hi[slot] = h1;
    this.lo[slot] = h2;
    this.rows[slot] = row + 1;
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    const capacity = rows.length * 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
    for (let slot = 0; slot < rows.length; slot++) {
      if (rows[slot] !== 0) this.insert(hi[slot]!, lo[slot]!, rows[slot]! - 1);
    }
  }
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
