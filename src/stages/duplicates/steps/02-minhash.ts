/**
 * Step 2 of near-duplicate detection: MinHash signatures and their LSH band keys.
 *
 * Each permutation is the shingle hash xor-ed with a fixed seed and re-mixed; the signature keeps
 * the least value per permutation. Two texts agree on a permutation with probability equal to the
 * Jaccard similarity of their shingle sets, so texts agreeing on a whole band are likely copies.
 */
import { mix32 } from './01-shingle.js';

/** Fixed per-permutation seeds derived from one seed (no randomness: same seed, same seeds). */
export function makePermutationSeeds(count: number, seed: number): Uint32Array {
  const seeds = new Uint32Array(count);
  for (let i = 0; i < count; i++) seeds[i] = mix32(Math.imul(i + 1, 0x9e3779b1) ^ mix32(seed));
  return seeds;
}

/** MinHash signature of a shingle set: per permutation, the least mixed hash. */
export function signShingles(shingles: Uint32Array, seeds: Uint32Array): Uint32Array {
  const signature = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < seeds.length; i++) {
      const v = mix32(shingle ^ seeds[i]);
      if (v < signature[i]) signature[i] = v;
    }
  }
  return signature;
}

/** One 32-bit key per band of `rows` signature values; texts sharing a band's key are candidates. */
export function bandSignature(signature: Uint32Array, rows: number): number[] {
  const keys: number[] = [];
  for (let band = 0; band * rows < signature.length; band++) {
    let h = mix32(band + 1);
    for (let r = band * rows; r < band * rows + rows; r++) h = mix32(Math.imul(h, 31) ^ signature[r]);
    keys.push(h);
  }
  return keys;
}
