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
  /** Per sentence: best cosine to each other article, as article index → cosine (only > 0). */
  best: Map<number, number>[];
}

/** Terms in more sentences than this are not used to find candidate pairs. */
export const blockingDf = 64;

/**
 * Measure cross-article support. `article[i]` is the article index of sentence `i`; `df` is the
 * number of sentences each term id occurs in.
 */
export function measureSupport(vectors: SparseVector[], article: number[], df: number[]): LexicalSupport {
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
  const best: Map<number, number>[] = [];
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const candidates: number[] = [];
    for (const id of vectors[i].ids) {
      if (df[id] > blockingDf) continue;
      for (const j of postings[id]) {
        if (seen[j] || article[j] === article[i]) continue;
        seen[j] = 1;
        candidates.push(j);
      }
    }
    const perArticle = new Map<number, number>();
    for (const j of candidates) {
      seen[j] = 0;
      const c = cosine(vectors[i], vectors[j]);
      if (c > (perArticle.get(article[j]) ?? 0)) perArticle.set(article[j], c);
    }
    best.push(perArticle);
  }
  return { centrality, best };
}
