/**
 * Roll-ups across the location tree: every location's figures plus those of all locations below it
 * (stock, demand, reorder points of a site as the sum of its stockrooms). Demand variances add up
 * under independence, so a subtree's mean and variance also give a pooled view of its demand.
 */
export interface TreeNode {
  id: string;
  parentId: string | null;
}

/**
 * Sums the given numeric fields over each node's subtree. Nodes without figures count as zero;
 * figures for ids not in the tree are ignored. Throws on a cycle or an unknown parent.
 */
export function rollUp<K extends string>(
  nodes: readonly TreeNode[],
  figures: ReadonlyMap<string, Readonly<Record<K, number>>>,
  fields: readonly K[],
): Map<string, Record<K, number>> {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const node of nodes) {
    if (node.parentId === null) roots.push(node.id);
    else if (!ids.has(node.parentId))
      throw new RangeError(`Location ${node.id} has an unknown parent ${node.parentId}.`);
    else {
      const list = children.get(node.parentId) ?? [];
      list.push(node.id);
      children.set(node.parentId, list);
    }
  }
  // Depth-first order from the roots, without recursion (trees can be deep and wide).
  const order: string[] = [];
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    for (const child of children.get(id) ?? []) stack.push(child);
  }
  if (order.length !== nodes.length) throw new RangeError('The location tree has a cycle.');

  const totals = new Map<string, Record<K, number>>();
  const zero = () => Object.fromEntries(fields.map((f) => [f, 0])) as Record<K, number>;
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const own = figures.get(id);
    const total = zero();
    for (const f of fields) total[f] = own?.[f] ?? 0;
    for (const child of children.get(id) ?? []) {
      const sub = totals.get(child)!;
      for (const f of fields) total[f] += sub[f];
    }
    totals.set(id, total);
  }
  return totals;
}
