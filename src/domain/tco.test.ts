import { describe, expect, it } from 'vitest';
import { totalCostOfOwnership } from './tco.js';

describe('total cost of ownership', () => {
  it('adds recorded costs to the purchase and takes off the disposal proceeds, to the cent', () => {
    const tco = totalCostOfOwnership({
      purchaseCost: '1000.10',
      currency: 'EUR',
      costs: [
        { kind: 'repair', amount: '0.10', currency: 'EUR' },
        { kind: 'repair', amount: '0.20', currency: 'EUR' },
        { kind: 'licence', amount: '99.99', currency: null },
      ],
      disposalProceeds: '50.00',
    });
    expect(tco.recorded).toBe('100.29');
    expect(tco.byKind).toEqual([
      { kind: 'repair', amount: '0.30' },
      { kind: 'licence', amount: '99.99' },
    ]);
    expect(tco.total).toBe('1050.39');
    expect(tco.otherCurrencies).toEqual([]);
  });

  it('leaves costs in another currency out of the total and lists them apart', () => {
    const tco = totalCostOfOwnership({
      purchaseCost: '500.00',
      currency: 'EUR',
      costs: [{ kind: 'support', amount: '120.00', currency: 'USD' }],
      disposalProceeds: null,
    });
    expect(tco.total).toBe('500.00');
    expect(tco.otherCurrencies).toEqual([{ currency: 'USD', amount: '120.00' }]);
  });

  it('counts an asset without a cost as zero and can go negative when proceeds exceed what was spent', () => {
    const tco = totalCostOfOwnership({ purchaseCost: null, currency: null, costs: [], disposalProceeds: '10.00' });
    expect(tco.purchase).toBe('0.00');
    expect(tco.total).toBe('-10.00');
  });
});
