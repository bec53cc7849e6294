/**
 * TF-IDF unit vectors over the sentences of one story, stored sparse (term ids ascending) so a
 * cosine is a linear merge. idf is computed over the story's own sentences: a word every outlet
 * repeats in every sentence ("said") weighs little, a name that appears in a few weighs a lot.
 */

/** A unit-length sparse vector: parallel arrays, `ids` strictly ascending. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Vectors for a list of term lists, and the term dictionary (term → id, df). */
export interface TermVectors {
  vectors: SparseVector[];
  /** Number of term lists (sentences) each term id occurs in. */
  df: number[];
  /** Term id of every term seen. */
  termIds: Map<string, number>;
}

/**
 * Build TF-IDF unit vectors: weight = (1 + ln tf) · ln(1 + N / df). Term ids are given in order of
 * first appearance, so the same input in the same order gives the same ids.
 */
export function buildTermVectors(termLists: string[][]): TermVectors {
  const termIds = new Map<string, number>();
  const df: number[] = [];
  const counts: Map<number, number>[] = [];
  for (const terms of termLists) {
    const tf = new Map<number, number>();
    for (const term of terms) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        df.push(0);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const id of tf.keys()) df[id]++;
    counts.push(tf);
  }
  const n = termLists.length;
  const vectors = counts.map((tf) => {
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      const w = (1 + Math.log(tf.get(ids[i])!)) * Math.log(1 + n / df[ids[i]]);
      weights[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { ids, weights };
  });
  return { vectors, df, termIds };
}

/** Cosine of two unit vectors (their dot product), by merging the sorted id lists. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Dot product of a sparse vector with a dense one indexed by term id. */
export function dotDense(a: SparseVector, dense: Float64Array): number {
  let dot = 0;
  for (let i = 0; i < a.ids.length; i++) dot += a.weights[i] * dense[a.ids[i]];
  return dot;
}
