/**
 * TF-IDF vectors of claims. Entities count as terms too ("@e:antony-blinken"), so "Bilinken met Qin" and "Blinken held
 * talks with Qin Gang" share two strong terms even where their words differ.
 */
import type { Claim } from '../../model/claim.js';

/** A sparse, L2-normalised vector: term → weight. */
export type Vector = Map<string, number>;

/** Options of the claim index. */
export interface ClaimIndexOptions {
  /** Weight multiplier of entity terms against word terms. Default 1.5. */
  entityWeight: number;
}

const defaults: ClaimIndexOptions = { entityWeight: 1.5 };

/** TF-IDF vectors of claims (document frequency counted over claims). */
export class ClaimIndex {
  readonly claims: Claim[];
  readonly vectors: Vector[];
  private readonly idf = new Map<string, number>();
  private readonly options: ClaimIndexOptions;

  constructor(claims: Claim[], options: Partial<ClaimIndexOptions> = {}) {
    this.claims = claims;
    this.options = { ...defaults, ...options };
    const termLists = claims.map((c) => termsOf(c));
    const df = new Map<string, number>();
    for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(claims.length, 1);
    for (const [t, d] of df) this.idf.set(t, Math.log(1 + n / d));
    this.vectors = termLists.map((terms) => this.vectorOf(terms));
  }

  /** Inverse document frequency of a term (0 when unseen). */
  idfOf(term: string): number {
    return this.idf.get(term) ?? 0;
  }

  private vectorOf(terms: string[]): Vector {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * (this.idf.get(t) ?? 0) * (t.startsWith('@') ? this.options.entityWeight : 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }

  /** Cosine similarity of two indexed claims. */
  similarity(a: number, b: number): number {
    return cosine(this.vectors[a]!, this.vectors[b]!);
  }

}

/** Terms of a claim: its content stems and its entity ids (prefixed "@"). */
export function termsOf(claim: Claim): string[] {
  return [...claim.tokens, ...claim.entities.map((e) => '@' + e)];
}

/** Cosine of two normalised sparse vectors. */
export function cosine(x: Vector, y: Vector): number {
  if (x.size > y.size) [x, y] = [y, x];
  let dot = 0;
  for (const [t, w] of x) {
    const v = y.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}
