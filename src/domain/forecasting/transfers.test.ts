import { describe, expect, it } from 'vitest';
import { suggestTransfers } from './transfers.js';

describe('transfer suggestions', () => {
  it('moves surplus above the donor’s order-up-to level to locations below their reorder point, most urgent first', () => {
    const suggestions = suggestTransfers([
      { locationId: 'A', onHand: 20, reorderPoint: 5, orderUpTo: 8 }, // surplus 12
      { locationId: 'B', onHand: 1, reorderPoint: 6, orderUpTo: 10 }, // short 5 of 6, wants 9
      { locationId: 'C', onHand: 4, reorderPoint: 5 }, // short 1 of 5, wants 1
    ]);
    expect(suggestions).toEqual([
      { fromLocationId: 'A', toLocationId: 'B', quantity: 9 },
      { fromLocationId: 'A', toLocationId: 'C', quantity: 1 },
    ]);
  });

  it('ships only stock on hand, not stock still on order', () => {
    const suggestions = suggestTransfers([
      { locationId: 'A', onHand: 2, inventoryPosition: 20, reorderPoint: 5 },
      { locationId: 'B', onHand: 0, reorderPoint: 5 },
    ]);
    expect(suggestions).toEqual([{ fromLocationId: 'A', toLocationId: 'B', quantity: 2 }]);
  });

  it('counts stock on order at the short location', () => {
    expect(
      suggestTransfers([
        { locationId: 'A', onHand: 20, reorderPoint: 5 },
        { locationId: 'B', onHand: 0, inventoryPosition: 5, reorderPoint: 5 },
      ]),
    ).toEqual([]);
  });

  it('takes from the largest surplus first and splits a need across donors', () => {
    const suggestions = suggestTransfers([
      { locationId: 'A', onHand: 8, reorderPoint: 5 }, // 3
      { locationId: 'B', onHand: 9, reorderPoint: 5 }, // 4
      { locationId: 'C', onHand: 0, reorderPoint: 6 },
    ]);
    expect(suggestions).toEqual([
      { fromLocationId: 'B', toLocationId: 'C', quantity: 4 },
      { fromLocationId: 'A', toLocationId: 'C', quantity: 2 },
    ]);
  });

  it('skips moves below the minimum quantity and suggests nothing when nobody is short', () => {
    expect(
      suggestTransfers(
        [
          { locationId: 'A', onHand: 7, reorderPoint: 5 },
          { locationId: 'B', onHand: 0, reorderPoint: 5 },
        ],
        { minimumQuantity: 3 },
      ),
    ).toEqual([]);
    expect(suggestTransfers([{ locationId: 'A', onHand: 7, reorderPoint: 5 }])).toEqual([]);
  });
});
