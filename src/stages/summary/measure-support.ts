/**
 * How much of a sentence the *other* articles of the story also say, by lexical similarity.
 * Two figures per sentence, both near-linear in the number of sentences:
 *
 * 1. centrality: the mean cosine to every sentence of the other articles, computed as
 *    v·(Σ all − Σ own article) with one dense sum, never all pairs;
 * 2. support: for each other article, the best cosine to any of its sentences, found through an
 *    inverted index whose lists keep at most `blockingDf` sentences per term (the first ones in
 *    story order): a term every article repeats ("earthquake") would otherwise make the candidate
 *    lists quadratic. A fact stated by hundreds of articles is then seen in a sample of them —
 *    enough to rank it above a fact only two state — and the exact cosine is taken for each pair
 *    found, so nothing is lost for stories of fewer than `blockingDf` sentences.
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

/** Most sentences kept in one term's list of the inverted index. */
export const blockingDf = 64;

/** Partial dot below which a candidate pair keeps it as its cosine (an exact one costs a merge). */
const minPartial = 0.05;

/**
 * Measure cross-article support; an article whose best cosine reaches `citeCosine` states the
 * sentence's fact. `article[i]` is the article index of sentence `i`; `termCount` is
 * the size of the vectors' term dictionary.
 */
export function measureSupport(vectors: SparseVector[], article: number[], termCount: number, citeCosine: number): LexicalSupport {
  const n = vectors.length;
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
  // Postings keep each sentence's weight for the term, so the partial dot needs no look-up.
  // The partial dot over the kept postings is a floor of the cosine.
  const postingSentences: number[][] = Array.from({ length: termCount }, () => []);
  const postingWeights: number[][] = Array.from({ length: termCount }, () => []);
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    for (let k = 0; k < v.ids.length; k++) {
      if (postingSentences[v.ids[k]].length >= blockingDf) continue;
      postingSentences[v.ids[k]].push(i);
      postingWeights[v.ids[k]].push(v.weights[k]);
    }
  }
  let articleCount = 0;
  for (const a of article) if (a >= articleCount) articleCount = a + 1;
  const support = new Array<number>(n).fill(0);
  const cited: number[][] = [];
  const partial = new Float64Array(n);
  const bestOf = new Float64Array(articleCount);
  const candidates: number[] = [];
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    const own = article[i];
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k];
      const sentencesOf = postingSentences[id];
      const weightsOf = postingWeights[id];
      const w = v.weights[k];
      for (let p = 0; p < sentencesOf.length; p++) {
        const j = sentencesOf[p];
        if (article[j] === own) continue;
        if (partial[j] === 0) candidates.push(j);
        partial[j] += w * weightsOf[p];
      }
    }
    for (const j of candidates) {
      // The rare terms alone give a floor of the cosine; only promising pairs get the exact one.
      const c = partial[j] >= minPartial ? cosine(v, vectors[j]) : partial[j];
      partial[j] = 0;
      const b = article[j];
      if (bestOf[b] === 0) touched.push(b);
      if (c > bestOf[b]) bestOf[b] = c;
    }
    candidates.length = 0;
    const citing: number[] = [];
    let sum = 0;
    for (const b of touched) {
      sum += Math.min(1, bestOf[b] / citeCosine);
      if (bestOf[b] >= citeCosine) citing.push(b);
      bestOf[b] = 0;
    }
    touched.length = 0;
    support[i] = sum;
    cited.push(citing.sort((x, y) => x - y));
  }
  return { centrality, support, cited };
}
