import { describe, expect, it } from 'vitest';
import { stockOutDate } from './stockout.js';

describe('stock-out date', () => {
  it('divides stock by the rate, within the period', () => {
    expect(stockOutDate({ onHand: 10, forecast: 4 })).toBe(2.5);
    expect(stockOutDate({ onHand: 0, forecast: 1 })).toBe(0);
    expect(stockOutDate({ onHand: -3, forecast: 1 })).toBe(0);
  });

  it('counts arrivals from the start of their period', () => {
    // 3 -> 1; +4 -> 5 -> 3; -> 1; period 3 has 1 of 2: half-way.
    expect(stockOutDate({ onHand: 3, forecast: 2, arrivals: [{ period: 1, quantity: 4 }] })).toBe(3.5);
  });

  it('does not call it a stock-out when stock reaches zero exactly as a delivery arrives', () => {
    expect(stockOutDate({ onHand: 2, forecast: 2, arrivals: [{ period: 1, quantity: 10 }] })).toBe(6);
  });

  it('follows a forecast per period and says null when stock lasts the horizon', () => {
    expect(stockOutDate({ onHand: 5, forecast: [1, 0, 2, 4] })).toBe(3.5);
    expect(stockOutDate({ onHand: 5, forecast: [1, 1] })).toBeNull();
    expect(stockOutDate({ onHand: 5, forecast: 0 })).toBeNull();
    expect(stockOutDate({ onHand: 5, forecast: 0.01, horizon: 12 })).toBeNull();
  });

  it('refuses an arrival in a fractional or negative period', () => {
    expect(() => stockOutDate({ onHand: 1, forecast: 1, arrivals: [{ period: 0.5, quantity: 1 }] })).toThrow(
      RangeError,
    );
  });
});
