/**
 * Stock lines at the station: what each does to on hand, worked out at once from the on-hand the
 * server last gave for the model and location (and from the lines before it in the batch), so that
 * "would go below zero" is said while the item is still in hand. The server decides when the lines
 * are sent; offline, an on-hand never seen is unknown and only the server checks.
 */
export type StockKind = 'receive' | 'issue' | 'transfer' | 'count';

export interface StockLine {
  kind: StockKind;
  /** The location scanned (a transfer leaves from it), as scanned, and its name. */
  location: string;
  locationLabel: string;
  locationId?: string | undefined;
  /** The model's code as scanned (GTIN, model number, our link) and its name. */
  modelName: string;
  modelId?: string | undefined;
  quantity: number;
  /** Issue: the person or location; transfer: the location it goes to. */
  to?: string | undefined;
  toLabel?: string | undefined;
  toLocationId?: string | undefined;
  /** The server's answer once applied. */
  onHand?: number | null | undefined;
  toOnHand?: number | null | undefined;
}

export const STOCK_VERBS: Record<StockKind, string> = {
  receive: 'Receive',
  issue: 'Issue',
  transfer: 'Transfer',
  count: 'Count',
};

/** Known on hand per "modelId@locationId" (from the server), undefined when never seen. */
export type KnownOnHand = ReadonlyMap<string, number>;

export const pairKey = (modelId: string | undefined, locationId: string | undefined) =>
  modelId && locationId ? `${modelId}@${locationId}` : null;

export interface Projection {
  /** On hand at the scanned location after this line (null: unknown offline). */
  onHand: number | null;
  /** Transfer: on hand at the destination after it. */
  toOnHand: number | null;
  /** Why the server will refuse it (below zero), or null. */
  problem: string | null;
}

/** Each line's effect, in order: lines of the same model and location build on each other. */
export function project(
  lines: readonly { clientId: string; stock: StockLine }[],
  known: KnownOnHand,
): Map<string, Projection> {
  const running = new Map<string, number>();
  const read = (key: string | null) => (key === null ? undefined : (running.get(key) ?? known.get(key)));
  const out = new Map<string, Projection>();
  for (const { clientId, stock: l } of lines) {
    const here = pairKey(l.modelId, l.locationId);
    const there = l.kind === 'transfer' ? pairKey(l.modelId, l.toLocationId) : null;
    const before = read(here);
    let onHand: number | null = null;
    let toOnHand: number | null = null;
    let problem: string | null = null;
    if (before !== undefined) {
      onHand = l.kind === 'receive' ? before + l.quantity : l.kind === 'count' ? l.quantity : before - l.quantity;
      if (onHand < 0) {
        problem = `Only ${before} of ${l.modelName} on hand at ${l.locationLabel}: cannot ${
          l.kind === 'issue' ? 'issue' : 'transfer'
        } ${l.quantity}.`;
        onHand = before;
      }
    } else if (l.kind === 'count') onHand = l.quantity;
    if (l.kind === 'transfer' && !problem) {
      const destination = read(there);
      toOnHand = destination === undefined ? null : destination + l.quantity;
      if (there && toOnHand !== null) running.set(there, toOnHand);
    }
    if (here && onHand !== null) running.set(here, onHand);
    out.set(clientId, { onHand, toOnHand, problem });
  }
  return out;
}

/** The line in one sentence, for the queue's list: "Issue 3 × USB-C cable from LON-STOCK to Ada". */
export function describeLine(l: StockLine, p: Projection | undefined): string {
  const what = `${l.quantity} × ${l.modelName}`;
  const where =
    l.kind === 'issue' || l.kind === 'transfer'
      ? `from ${l.locationLabel} to ${l.toLabel ?? l.to ?? '?'}`
      : `at ${l.locationLabel}`;
  const after = p?.onHand == null ? '' : `: ${p.onHand} on hand${p.toOnHand == null ? '' : `, ${p.toOnHand} there`}`;
  return `${STOCK_VERBS[l.kind]} ${what} ${where}${after}`;
}
