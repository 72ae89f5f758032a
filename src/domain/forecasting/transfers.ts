/**
 * Transfer suggestions for one model across locations: move stock from locations holding more than
 * they need to locations that are below their reorder point, before anyone orders from the supplier.
 *
 * A location is short when its inventory position is below its reorder point; it asks for enough to
 * reach its order-up-to level (its reorder point by default). A location has a surplus when its
 * position is above its order-up-to level; it can give that surplus, but only from stock on hand
 * (stock still on order cannot be shipped), and never so much that it would itself fall below its
 * order-up-to level. The most urgent shortage (largest share of its reorder point missing) is served
 * first from the largest surplus; ties go by location id so the answer is stable.
 */
export interface LocationPosition {
  locationId: string;
  onHand: number;
  /** On hand + on order - committed; on hand by default. */
  inventoryPosition?: number;
  reorderPoint: number;
  orderUpTo?: number;
}

export interface TransferSuggestion {
  fromLocationId: string;
  toLocationId: string;
  quantity: number;
}

export function suggestTransfers(
  positions: readonly LocationPosition[],
  options: { minimumQuantity?: number } = {},
): TransferSuggestion[] {
  const minimum = Math.max(1, options.minimumQuantity ?? 1);
  const byId = (a: { locationId: string }, b: { locationId: string }) =>
    a.locationId < b.locationId ? -1 : a.locationId > b.locationId ? 1 : 0;
  const keep = (p: LocationPosition) => Math.max(p.reorderPoint, p.orderUpTo ?? p.reorderPoint);
  const positionOf = (p: LocationPosition) => p.inventoryPosition ?? p.onHand;

  const needs = positions
    .filter((p) => positionOf(p) < p.reorderPoint)
    .map((p) => ({
      locationId: p.locationId,
      need: keep(p) - positionOf(p),
      urgency: (p.reorderPoint - positionOf(p)) / Math.max(1, p.reorderPoint),
    }))
    .sort((a, b) => b.urgency - a.urgency || byId(a, b));
  const donors = positions
    .map((p) => ({ locationId: p.locationId, surplus: Math.floor(Math.min(p.onHand, positionOf(p) - keep(p))) }))
    .filter((d) => d.surplus >= minimum);

  const suggestions: TransferSuggestion[] = [];
  for (const receiver of needs) {
    let need = Math.ceil(receiver.need);
    while (need > 0) {
      donors.sort((a, b) => b.surplus - a.surplus || byId(a, b));
      const donor = donors[0];
      if (!donor || donor.surplus < minimum) break;
      const quantity = Math.min(need, donor.surplus);
      if (quantity < minimum) break;
      suggestions.push({ fromLocationId: donor.locationId, toLocationId: receiver.locationId, quantity });
      donor.surplus -= quantity;
      need -= quantity;
    }
  }
  return suggestions;
}
