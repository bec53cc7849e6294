/**
 * Interned story features: each feature key ("e:lohan", "w:quake", "y:2013") gets a small integer
 * id, with its kind and the number of articles holding it. Vectors of ids and weights are far
 * smaller than maps of strings, which matters at 100,000 articles.
 */
import type { FeatureCounts } from './steps/02-extract-features.js';

/** An article's features as parallel arrays sorted by feature id: weight before IDF (sublinear count times kind weight). */
export interface FeatureVector {
  ids: Int32Array;
  raw: Float32Array;
}

/** Kinds of feature, by the one-letter prefix of their key (see steps/02-extract-features.ts). */
export const featureKind = {
  word: 'w'.charCodeAt(0),
  name: 'e'.charCodeAt(0),
  number: 'n'.charCodeAt(0),
  dateYear: 'y'.charCodeAt(0),
  bareYear: 't'.charCodeAt(0),
  monthDay: 'd'.charCodeAt(0),
  headlinePair: 'p'.charCodeAt(0),
  weekday: 'k'.charCodeAt(0),
} as const;

/** Feature ids, kinds and document frequencies; grows as articles are counted. */
export class FeatureTable {
  private readonly idOf = new Map<string, number>();
  /** The key of each id (the same strings the map holds, so little more memory). */
  private readonly keys: string[] = [];
  private kinds = new Uint8Array(4096);
  /** Articles holding each feature; fractional once a weighted sample is counted (see countDocument). */
  private frequency = new Float64Array(4096);
  private size = 0;
  /** Articles counted into the document frequencies. */
  documents = 0;

  /** The id of a feature key, adding it when new. */
  intern(key: string): number {
    let id = this.idOf.get(key);
    if (id !== undefined) return id;
    id = this.size++;
    if (id >= this.kinds.length) {
      const kinds = new Uint8Array(this.kinds.length * 2);
      kinds.set(this.kinds);
      this.kinds = kinds;
      const frequency = new Float64Array(this.frequency.length * 2);
      frequency.set(this.frequency);
      this.frequency = frequency;
    }
    this.kinds[id] = key.charCodeAt(0);
    this.idOf.set(key, id);
    this.keys.push(key);
    return id;
  }

  /** The id of a feature key already counted, or -1 (never adds one). */
  find(key: string): number {
    return this.idOf.get(key) ?? -1;
  }

  /** The key of a feature id ("e:lohan"). */
  keyOf(id: number): string {
    return this.keys[id];
  }

  /** The kind (char code of the key's prefix) of a feature id. */
  kindOf(id: number): number {
    return this.kinds[id];
  }

  /** Articles holding the feature so far. */
  frequencyOf(id: number): number {
    return this.frequency[id];
  }

  /** Count one article's features into the document frequencies, as `weight` articles (a sample standing for more). */
  countDocument(vector: FeatureVector, weight = 1): void {
    this.documents += weight;
    for (const id of vector.ids) this.frequency[id] += weight;
  }

  /**
   * Turn counted features into a vector, weighing each occurrence count sublinearly
   * (1 + ln count) and by kind (names and facts may weigh more than plain words).
   */
  toVector(counts: FeatureCounts, nameWeight: number, factWeight: number): FeatureVector {
    const pairs: [number, number][] = [];
    for (const [key, count] of counts) {
      const kind = key.charCodeAt(0);
      const kindWeight = kind === featureKind.name ? nameWeight : kind === featureKind.word ? 1 : factWeight;
      pairs.push([this.intern(key), (1 + Math.log(count)) * kindWeight]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const ids = new Int32Array(pairs.length);
    const raw = new Float32Array(pairs.length);
    pairs.forEach(([id, w], i) => {
      ids[i] = id;
      raw[i] = w;
    });
    return { ids, raw };
  }
}

/**
 * Positions in a vector of its heaviest features (weight times IDF, ties by id; none that weigh
 * nothing): an article's rarest, most telling features, the ones worth indexing and looking up.
 */
export function findTopPositions(vector: FeatureVector, idf: (id: number) => number, count: number): Int32Array {
  const n = vector.ids.length;
  const weights = new Float64Array(n);
  for (let k = 0; k < n; k++) weights[k] = vector.raw[k] * idf(vector.ids[k]);
  // features that weigh nothing (headline pairs: evidence only) are never looked up
  const positions = Int32Array.from({ length: n }, (_, k) => k).filter((k) => weights[k] > 0);
  positions.sort((a, b) => weights[b] - weights[a] || vector.ids[a] - vector.ids[b]);
  return positions.length > count ? positions.slice(0, count) : positions;
}
