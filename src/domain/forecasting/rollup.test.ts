import { describe, expect, it } from 'vitest';
import { rollUp } from './rollup.js';

describe('roll-ups across the location tree', () => {
  const nodes = [
    { id: 'site', parentId: null },
    { id: 'building', parentId: 'site' },
    { id: 'room-1', parentId: 'building' },
    { id: 'room-2', parentId: 'building' },
    { id: 'other-site', parentId: null },
  ];

  it('sums every location with all locations below it', () => {
    const figures = new Map([
      ['room-1', { onHand: 3, meanDemand: 0.5 }],
      ['room-2', { onHand: 4, meanDemand: 1 }],
      ['site', { onHand: 10, meanDemand: 0 }],
      ['elsewhere', { onHand: 99, meanDemand: 9 }],
    ]);
    const totals = rollUp(nodes, figures, ['onHand', 'meanDemand']);
    expect(totals.get('building')).toEqual({ onHand: 7, meanDemand: 1.5 });
    expect(totals.get('site')).toEqual({ onHand: 17, meanDemand: 1.5 });
    expect(totals.get('room-1')).toEqual({ onHand: 3, meanDemand: 0.5 });
    expect(totals.get('other-site')).toEqual({ onHand: 0, meanDemand: 0 });
    expect(totals.has('elsewhere')).toBe(false);
  });

  it('refuses a cycle and an unknown parent', () => {
    expect(() =>
      rollUp(
        [
          { id: 'a', parentId: 'b' },
          { id: 'b', parentId: 'a' },
        ],
        new Map(),
        ['x'],
      ),
    ).toThrow(/cycle/);
    expect(() => rollUp([{ id: 'a', parentId: 'nowhere' }], new Map(), ['x'])).toThrow(/unknown parent/);
  });

  it('handles a deep chain without recursion', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => ({ id: `n${i}`, parentId: i === 0 ? null : `n${i - 1}` }));
    const totals = rollUp(chain, new Map([['n49999', { onHand: 1 }]]), ['onHand']);
    expect(totals.get('n0')).toEqual({ onHand: 1 });
  });
});
