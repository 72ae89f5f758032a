/**
 * When stock runs out: on-hand stock and scheduled arrivals against the forecast demand per period.
 * Periods are counted from now (period 0 is the current period, an arrival in period k is available
 * from the start of period k); the answer is a fractional period (2.5: half-way through period 2),
 * assuming demand spread evenly within a period. `period-dates.ts` turns it into a date.
 */
export interface Arrival {
  period: number;
  quantity: number;
}

export interface StockOutInput {
  onHand: number;
  arrivals?: readonly Arrival[];
  /** Mean demand per period: one rate for every period, or one value per period from now. */
  forecast: number | readonly number[];
  /** How far to look (periods) when the forecast is a single rate; 120 by default. */
  horizon?: number;
}

/** The fractional period at which on-hand stock reaches zero, or null when it lasts the horizon. */
export function stockOutDate(input: StockOutInput): number | null {
  const horizon = typeof input.forecast === 'number' ? (input.horizon ?? 120) : input.forecast.length;
  const arrivals = new Map<number, number>();
  for (const a of input.arrivals ?? []) {
    if (!(a.period >= 0) || !Number.isInteger(a.period))
      throw new RangeError(`An arrival period is a whole number >= 0, not ${a.period}.`);
    arrivals.set(a.period, (arrivals.get(a.period) ?? 0) + a.quantity);
  }
  let stock = input.onHand;
  for (let t = 0; t < horizon; t++) {
    stock += arrivals.get(t) ?? 0;
    const demand = typeof input.forecast === 'number' ? input.forecast : input.forecast[t]!;
    if (demand <= 0) continue;
    if (stock <= 0) return t;
    if (demand > stock) return t + stock / demand;
    stock -= demand;
  }
  return null;
}
