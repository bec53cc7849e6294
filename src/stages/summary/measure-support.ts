/**
 * How much of a sentence the *other* articles of the story also say, by lexical similarity.
 * Two figures per sentence, both near-linear in the number of sentences:
 *
 * 1. centrality: the mean cosine to every sentence of the other articles, computed as
 *    v·(Σ all − Σ own article) with one dense sum, never all pairs;
 * 2. support: for each other article, the best cosine to any of its sentences, found through an
 *    inverted index that skips terms in more than `blockingDf` sentences (those would make the
 *    candidate lists quadratic; they still count in the exact cosine of the candidates found).
 *
 * Example: "Bernie Sanders soared to a landslide victory in Nevada" and "Ahead of his decisive
 * victory in the Nevada caucuses, Sanders tweeted …" share "sanders", "victori", "nevada".
 */
import { cosine, dotDense, type SparseVector } from './term-vectors.js';

/** Cross-article lexical support of each sentence. */
export interface LexicalSupport {
  /** Mean cosine to the sentences of other articles (0 when there is no other article). */
  centrality: number[];
  /** Per sentence: Σ over other articles of min(1, best cosine to that article / `citeCosine`). */
  support: number[];
  /** Per sentence: indices of the other articles whose best cosine reaches `citeCosine`, ascending. */
  cited: number[][];
}

/** Terms in more sentences than this are not used to find candidate pairs. */
export const blockingDf = 64;

/** Shared rare-term weight below which a candidate pair keeps that partial cosine as its score. */
const minPartial = 0.05;

/** Weight of term `id` in `v` (binary search; 0 when absent). */
function weightOf(v: SparseVector, id: number): number {
  let lo = 0;
  let hi = v.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = v.ids[mid];
    if (x === id) return v.weights[mid];
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * Measure cross-article support; an article whose best cosine reaches `citeCosine` states the
 * sentence's fact. `article[i]` is the article index of sentence `i`; `df` is the
 * number of sentences each term id occurs in.
 */
export function measureSupport(vectors: SparseVector[], article: number[], df: number[], citeCosine: number): LexicalSupport {
  const n = vectors.length;
  const termCount = df.length;
  // 1. Centrality: one dense sum of all vectors, minus each article's own pairs.
  const total = new Float64Array(termCount);
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) total[v.ids[k]] += v.weights[k];
  const byArticle = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const list = byArticle.get(article[i]);
    if (list) list.push(i);
    else byArticle.set(article[i], [i]);
  }
  const centrality = new Array<number>(n).fill(0);
  for (const members of byArticle.values()) {
    const others = n - members.length;
    if (others === 0) continue;
    const ownSum = new Map<number, number>();
    for (const j of members) {
      const v = vectors[j];
      for (let k = 0; k < v.ids.length; k++) ownSum.set(v.ids[k], (ownSum.get(v.ids[k]) ?? 0) + v.weights[k]);
    }
    for (const i of members) {
      const v = vectors[i];
      let own = 0;
      for (let k = 0; k < v.ids.length; k++) own += v.weights[k] * ownSum.get(v.ids[k])!;
      centrality[i] = (dotDense(v, total) - own) / others;
    }
  }
  // 2. Support: candidates through rare shared terms, then the exact cosine, best per article.
  const postings: number[][] = Array.from({ length: termCount }, () => []);
  for (let i = 0; i < n; i++) {
    for (const id of vectors[i].ids) if (df[id] <= blockingDf) postings[id].push(i);
  }
  const support = new Array<number>(n).fill(0);
  const cited: number[][] = [];
  const partial = new Float64Array(n);
  const candidates: number[] = [];
  const perArticle = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k];
      if (df[id] > blockingDf) continue;
      for (const j of postings[id]) {
        if (article[j] === article[i]) continue;
        if (partial[j] === 0) candidates.push(j);
        partial[j] += v.weights[k] * weightOf(vectors[j], id);
      }
    }
    for (const j of candidates) {
      // The rare terms alone give a floor of the cosine; only promising pairs get the exact one.
      const c = partial[j] >= minPartial ? cosine(v, vectors[j]) : partial[j];
      partial[j] = 0;
      if (c > (perArticle.get(article[j]) ?? 0)) perArticle.set(article[j], c);
    }
    candidates.length = 0;
    const citing: number[] = [];
    for (const [b, c] of perArticle) {
      support[i] += Math.min(1, c / citeCosine);
      if (c >= citeCosine) citing.push(b);
    }
    cited.push(citing.sort((a, b) => a - b));
    perArticle.clear();
  }
  return { centrality, support, cited };
}
