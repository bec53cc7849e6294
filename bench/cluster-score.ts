/**
 * B-cubed precision, recall and F1 of a clustering against gold labels (Bagga & Baldwin 1998):
 * per item, the share of its cluster that truly belongs with it, and the share of its true
 * group that its cluster found; averaged over items.
 */

/** B-cubed figures of one clustering. */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** Score clusters (lists of item ids) against gold labels (id → label). Unclustered items count as singletons. */
export function scoreBCubed(clusters: readonly (readonly string[])[], gold: ReadonlyMap<string, string>): BCubed {
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((id) => clusterOf.set(id, i)));
  let next = clusters.length;
  for (const id of gold.keys()) if (!clusterOf.has(id)) clusterOf.set(id, next++);
  const clusterSize = new Map<number, number>();
  const goldSize = new Map<string, number>();
  const pairSize = new Map<string, number>();
  for (const [id, label] of gold) {
    const c = clusterOf.get(id)!;
    clusterSize.set(c, (clusterSize.get(c) ?? 0) + 1);
    goldSize.set(label, (goldSize.get(label) ?? 0) + 1);
    pairSize.set(`${c}\u0000${label}`, (pairSize.get(`${c}\u0000${label}`) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [id, label] of gold) {
    const c = clusterOf.get(id)!;
    const both = pairSize.get(`${c}\u0000${label}`)!;
    precision += both / clusterSize.get(c)!;
    recall += both / goldSize.get(label)!;
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
