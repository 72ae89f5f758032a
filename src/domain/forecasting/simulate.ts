/**
 * Replays an order-up-to policy over a demand history: periodic review every period, a fixed
 * supplier lead time, lost sales (demand that finds no stock is not served later: a stockroom that
 * cannot issue a part sends the requester elsewhere, and the fill rate then counts exactly the demand
 * served from stock).
 *
 * Each period: the order due arrives; the inventory position (on hand + on order) is reviewed and, if
 * below the period's level, an order brings it back to that level (arriving `leadTime` periods later,
 * at the start of that period; with lead time 0 at once); then the period's demand is served from
 * what is on hand.
 */
export interface SimulationInput {
  demand: readonly number[];
  /** Order-up-to level (the reorder point of a base-stock policy): one for all periods or one each. */
  level: number | readonly number[];
  leadTime: number;
  /** Stock at the start; the first level by default. */
  initialOnHand?: number;
}

export interface SimulationResult {
  demand: number;
  served: number;
  /** served / demand; 1 when there was no demand. */
  fillRate: number;
  /** Mean on-hand stock at the end of the periods. */
  averageStock: number;
  /** Periods in which some demand went unserved. */
  stockOutPeriods: number;
  ordered: number;
}

export function simulateOrderUpTo(input: SimulationInput): SimulationResult {
  const { demand, leadTime } = input;
  const levelAt = (t: number) => (typeof input.level === 'number' ? input.level : (input.level[t] ?? 0));
  let onHand = input.initialOnHand ?? levelAt(0);
  const arriving = new Array<number>(demand.length + leadTime + 1).fill(0);
  let onOrder = 0;
  let served = 0;
  let total = 0;
  let stockSum = 0;
  let stockOutPeriods = 0;
  let ordered = 0;
  for (let t = 0; t < demand.length; t++) {
    onHand += arriving[t]!;
    onOrder -= arriving[t]!;
    const level = levelAt(t);
    const position = onHand + onOrder;
    if (position < level) {
      const quantity = level - position;
      ordered += quantity;
      if (leadTime === 0) onHand += quantity;
      else {
        arriving[t + leadTime]! += quantity;
        onOrder += quantity;
      }
    }
    const d = demand[t]!;
    const issue = Math.min(onHand, d);
    if (issue < d) stockOutPeriods++;
    onHand -= issue;
    served += issue;
    total += d;
    stockSum += onHand;
  }
  return {
    demand: total,
    served,
    fillRate: total === 0 ? 1 : served / total,
    averageStock: demand.length === 0 ? 0 : stockSum / demand.length,
    stockOutPeriods,
    ordered,
  };
}
