/**
 * Nearest articles of an article: an inverted index over each article's rarest features, then
 * an exact IDF-weighted cosine for the best few hits.
 *
 * Clustering uses an article's neighbours as features of their own ("represent an article by
 * the articles most like it"): two reports of one event share most of their neighbours, while
 * two events of one kind (two quakes, two robberies) each keep to their own reports, even when
 * their words overlap. This is the shared-nearest-neighbour idea (Jarvis & Patrick 1973).
 */
import { findTopPositions, type FeatureVector } from './feature-table.js';

/** An indexed article close to another, with their cosine. */
export interface Neighbour {
  ordinal: number;
  similarity: number;
}

/** How to look neighbours up. */
export interface NeighbourQuery {
  vector: FeatureVector;
  /** Positions of its rarest features (see findTopPositions). */
  top: Int32Array;
  /** Published time in ms, or null. */
  time: number | null;
  /** The article's own ordinal when it is indexed (it is not its own neighbour). */
  self: number | null;
  /** Neighbours wanted. */
  count: number;
  /** Least cosine of a neighbour. */
  floor: number;
  /**
   * Least cosine of a neighbour relative to the nearest one (0 takes all): a neighbour much
   * farther than the nearest belongs to another group.
   */
  spread: number;
  /** Largest time apart, in ms, of two dated neighbours. */
  reach: number;
}

/** Articles indexed by their rarest features, numbered (ordinals) in the order they were added. */
export class NeighbourIndex {
  private readonly vectors: FeatureVector[] = [];
  private readonly norms: number[] = [];
  private readonly times: (number | null)[] = [];
  private readonly postings = new Map<number, number[]>();
  private readonly weights = new Map<number, number[]>();
  private scores = new Float64Array(1024);

  /**
   * @param idf inverse document frequency of a feature id
   * @param indexed features per article entered in the index (its rarest)
   * @param scan entries read per posting list, nearest in order first (bounds common features)
   */
  constructor(
    private readonly idf: (id: number) => number,
    private readonly indexed: number,
    private readonly scan: number,
  ) {}

  /** Index an article (`top`: positions of its rarest features, see findTopPositions); returns its ordinal. */
  add(vector: FeatureVector, time: number | null, top: Int32Array = this.topPositions(vector)): number {
    const ordinal = this.vectors.length;
    this.vectors.push(vector);
    this.times.push(time);
    this.norms.push(this.normOf(vector));
    for (const k of top) {
      const id = vector.ids[k];
      const list = this.postings.get(id);
      if (list) {
        list.push(ordinal);
        this.weights.get(id)!.push(vector.raw[k]);
      } else {
        this.postings.set(id, [ordinal]);
        this.weights.set(id, [vector.raw[k]]);
      }
    }
    if (ordinal >= this.scores.length) {
      const grown = new Float64Array(this.scores.length * 2);
      grown.set(this.scores);
      this.scores = grown;
    }
    return ordinal;
  }

  /** The nearest indexed articles by cosine, best first (ties: lower ordinal). */
  find(query: NeighbourQuery): Neighbour[] {
    const { vector, self } = query;
    const queryNorm = this.normOf(vector);
    if (queryNorm === 0 || query.count <= 0) return [];
    const touched: number[] = [];
    const scores = this.scores;
    const at = self ?? this.vectors.length;
    for (const k of query.top) {
      const id = vector.ids[k];
      const list = this.postings.get(id);
      if (!list) continue;
      const listWeights = this.weights.get(id)!;
      const q = vector.raw[k] * this.idf(id) * this.idf(id);
      // read the entries nearest in order to the article (in a batch, nearest in time): a window
      // of `scan` entries around where it sits in the list
      const position = lowerBound(list, at);
      const end = Math.min(list.length, Math.max(position + (this.scan >> 1), this.scan));
      for (let i = Math.max(0, end - this.scan); i < end; i++) {
        const other = list[i];
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] += q * listWeights[i];
      }
    }
    // exact cosine for the best partial scores (a small sorted shortlist, not a sort of every hit)
    const size = Math.max(4 * query.count, 16);
    const shortlist: number[] = [];
    const shortScores: number[] = [];
    for (const o of touched) {
      const score = scores[o] / (this.norms[o] || 1);
      scores[o] = 0;
      if (shortlist.length === size && score <= shortScores[size - 1]) continue;
      let at = shortlist.length;
      while (at > 0 && (shortScores[at - 1] < score || (shortScores[at - 1] === score && shortlist[at - 1] > o))) at--;
      shortlist.splice(at, 0, o);
      shortScores.splice(at, 0, score);
      if (shortlist.length > size) {
        shortlist.pop();
        shortScores.pop();
      }
    }
    const found: Neighbour[] = [];
    for (const o of shortlist) {
      const t = this.times[o];
      if (query.time !== null && t !== null && Math.abs(query.time - t) > query.reach) continue;
      const similarity = this.dot(vector, this.vectors[o]) / (queryNorm * this.norms[o]);
      if (similarity >= query.floor) found.push({ ordinal: o, similarity });
    }
    found.sort((a, b) => b.similarity - a.similarity || a.ordinal - b.ordinal);
    const least = found.length > 0 ? found[0].similarity * query.spread : 0;
    return found.filter((n) => n.similarity >= least).slice(0, query.count);
  }

  /** IDF-weighted dot product of two vectors (merge of sorted ids). */
  private dot(a: FeatureVector, b: FeatureVector): number {
    let i = 0;
    let j = 0;
    let sum = 0;
    while (i < a.ids.length && j < b.ids.length) {
      const x = a.ids[i];
      const y = b.ids[j];
      if (x === y) {
        const idf = this.idf(x);
        sum += a.raw[i] * b.raw[j] * idf * idf;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return sum;
  }

  private normOf(vector: FeatureVector): number {
    let sum = 0;
    for (let k = 0; k < vector.ids.length; k++) {
      const w = vector.raw[k] * this.idf(vector.ids[k]);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  private topPositions(vector: FeatureVector): Int32Array {
    return findTopPositions(vector, this.idf, this.indexed);
  }
}

/** First position in an ascending list whose value is ≥ x (posting lists here, sorted feature ids in pair-features.ts). */
export function lowerBound(list: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
