/**
 * The peer for the clustering bench: TF-IDF vectors (lower-cased word tokens, sublinear TF,
 * smoothed IDF, L2-normalised) grouped by average-link agglomerative clustering on cosine
 * distance, cut at a threshold. The dendrogram is built once; every threshold is a cut of it.
 */

/** One merge of the dendrogram: two cluster indexes joined at a distance. */
interface Merge {
  a: number;
  b: number;
  distance: number;
}

/** L2-normalised TF-IDF vectors of texts, as sparse maps. */
export function vectoriseTfIdf(texts: readonly string[]): Map<string, number>[] {
  const docs = texts.map((t) => {
    const counts = new Map<string, number>();
    for (const m of t.toLowerCase().matchAll(/[\p{L}\p{N}]{2,}/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, c] of d) {
      const w = (1 + Math.log(c)) * (Math.log((1 + n) / (1 + df.get(k)!)) + 1);
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const x = large.get(k);
    if (x !== undefined) dot += w * x;
  }
  return dot;
}

/** Average-link dendrogram over cosine distance (Lance–Williams updates on a full matrix). */
export function buildAverageLinkDendrogram(vectors: readonly Map<string, number>[]): Merge[] {
  const n = vectors.length;
  const dist = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) dist[i][j] = dist[j][i] = 1 - cosine(vectors[i], vectors[j]);
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const merges: Merge[] = [];
  for (let step = 0; step < n - 1; step++) {
    let bi = -1;
    let bj = -1;
    let bd = Infinity;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      const row = dist[i];
      for (let j = i + 1; j < n; j++) if (alive[j] && row[j] < bd) { bd = row[j]; bi = i; bj = j; }
    }
    merges.push({ a: bi, b: bj, distance: bd });
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const d = (size[bi] * dist[bi][k] + size[bj] * dist[bj][k]) / (size[bi] + size[bj]);
      dist[bi][k] = dist[k][bi] = d;
    }
    size[bi] += size[bj];
    alive[bj] = false;
  }
  return merges;
}

/** Clusters (lists of item indexes) given by applying every merge at or below a distance. */
export function cutDendrogram(n: number, merges: readonly Merge[], threshold: number): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const m of merges) if (m.distance <= threshold) parent[find(m.b)] = find(m.a);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}
