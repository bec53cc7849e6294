/**
 * An incremental near-duplicate index: add texts one at a time; each is matched against earlier
 * ones through MinHash LSH buckets (never all pairs) and verified on exact shingle sets.
 */
import { shingleText } from './steps/01-shingle.js';
import { bandSignature, makePermutationSeeds, signShingles } from './steps/02-minhash.js';
import { compareShingles } from './steps/03-compare-shingles.js';
import { resolveDuplicateOptions, type DuplicateOptions } from './options.js';

/** A text to check for copies. */
export interface DuplicateInput {
  id: string;
  text: string;
}

/** Near-duplicate index over added texts; `groups()` lists groups of copies. */
export class DuplicateIndex {
  private readonly options: DuplicateOptions;
  private readonly seeds: Uint32Array;
  /** Per band: key → positions of the texts in that bucket (a lone text stored as a bare number). */
  private readonly buckets: Map<number, number | number[]>[] = [];
  private readonly ids: string[] = [];
  private readonly shingles: Uint32Array[] = [];
  private readonly parent: number[] = [];
  private readonly positionById = new Map<string, number>();

  constructor(options: Partial<DuplicateOptions> = {}) {
    this.options = resolveDuplicateOptions(options);
    this.seeds = makePermutationSeeds(this.options.permutations, this.options.seed);
    for (let b = 0; b < this.options.permutations / this.options.bandRows; b++) this.buckets.push(new Map());
  }

  /** Whether two shingle sets are copies: similar overall, or the shorter one contained whole. */
  private isCopy(a: Uint32Array, b: Uint32Array): boolean {
    const { jaccard, containment, smaller } = compareShingles(a, b);
    if (jaccard >= this.options.minJaccard) return true;
    return smaller >= this.options.minContainedShingles && containment >= this.options.minContainment;
  }

  private find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }

  /**
   * Add a text; returns the ids of earlier texts it copies (sorted), empty when it is original.
   * Throws on a repeated id.
   */
  add(doc: DuplicateInput): string[] {
    if (this.positionById.has(doc.id)) throw new Error(`PARALLAX_DUPLICATE_ID: text "${doc.id}" was already indexed`);
    const position = this.ids.length;
    const shingles = shingleText(doc.text, this.options.shingleWords);
    this.ids.push(doc.id);
    this.shingles.push(shingles);
    this.parent.push(position);
    this.positionById.set(doc.id, position);
    if (shingles.length === 0) return [];
    const signature = signShingles(shingles, this.seeds);
    // candidates by the number of bands they share (more bands: likelier a copy), capped so that
    // a crowd of near-identical texts costs a bounded number of exact checks per text
    const bandsShared = new Map<number, number>();
    bandSignature(signature, this.options.bandRows).forEach((key, band) => {
      const buckets = this.buckets[band];
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, position);
      else if (typeof bucket === 'number') {
        bandsShared.set(bucket, (bandsShared.get(bucket) ?? 0) + 1);
        buckets.set(key, [bucket, position]);
      } else {
        for (const other of bucket) bandsShared.set(other, (bandsShared.get(other) ?? 0) + 1);
        bucket.push(position);
      }
    });
    const candidates = [...bandsShared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.options.maxCandidates)
      .map(([other]) => other);
    const copies: string[] = [];
    for (const other of candidates.sort((a, b) => a - b)) {
      if (!this.isCopy(shingles, this.shingles[other])) continue;
      copies.push(this.ids[other]);
      const a = this.find(position);
      const b = this.find(other);
      if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
    }
    return copies.sort();
  }

  /** The id of the earliest added text of the group holding `id` (itself when original), or null if unknown. */
  originalOf(id: string): string | null {
    const position = this.positionById.get(id);
    return position === undefined ? null : this.ids[this.find(position)];
  }

  /** Groups of two or more copies: ids sorted within a group, groups sorted by their first id. */
  groups(): string[][] {
    const byRoot = new Map<number, string[]>();
    for (let i = 0; i < this.ids.length; i++) {
      const root = this.find(i);
      const group = byRoot.get(root);
      if (group) group.push(this.ids[i]);
      else byRoot.set(root, [this.ids[i]]);
    }
    return [...byRoot.values()]
      .filter((g) => g.length >= 2)
      .map((g) => g.sort())
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}
