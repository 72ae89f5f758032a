/**
 * Total cost of ownership of one asset: what was paid for it, plus every cost recorded against it
 * over its life, minus what its disposal brought in. Exact to the cent (integer cents throughout).
 * Amounts are never converted: a cost in another currency than the asset's is listed apart and
 * left out of the total.
 */
import { formatCents, parseMoney } from './depreciation/money.js';

export interface TcoCost {
  kind: string;
  amount: string;
  currency: string | null;
}

export interface TcoInput {
  purchaseCost: string | null;
  currency: string | null;
  costs: readonly TcoCost[];
  disposalProceeds: string | null;
}

export interface Tco {
  currency: string | null;
  purchase: string;
  recorded: string;
  byKind: { kind: string; amount: string }[];
  disposalProceeds: string;
  total: string;
  otherCurrencies: { currency: string; amount: string }[];
}

const cents = (amount: string | null) => (amount === null ? 0n : (parseMoney(amount) ?? 0n));

export function totalCostOfOwnership(input: TcoInput): Tco {
  const byKind = new Map<string, bigint>();
  const other = new Map<string, bigint>();
  let recorded = 0n;
  for (const cost of input.costs) {
    const amount = cents(cost.amount);
    if (cost.currency && input.currency && cost.currency !== input.currency) {
      other.set(cost.currency, (other.get(cost.currency) ?? 0n) + amount);
      continue;
    }
    recorded += amount;
    byKind.set(cost.kind, (byKind.get(cost.kind) ?? 0n) + amount);
  }
  const purchase = cents(input.purchaseCost);
  const proceeds = cents(input.disposalProceeds);
  return {
    currency: input.currency,
    purchase: formatCents(purchase),
    recorded: formatCents(recorded),
    byKind: [...byKind].map(([kind, amount]) => ({ kind, amount: formatCents(amount) })),
    disposalProceeds: formatCents(proceeds),
    total: formatCents(purchase + recorded - proceeds),
    otherCurrencies: [...other].map(([currency, amount]) => ({ currency, amount: formatCents(amount) })),
  };
}
