/**
 * Step 1 of near-duplicate detection: a text as the sorted set of hashes of its word shingles.
 *
 * Example (3 words): "The quake hit Chile." → {hash("the quake hit"), hash("quake hit chile")}
 * Case, punctuation and spacing are ignored, so a copy re-typeset by another site still matches.
 */

/** FNV-1a over a string, then a final avalanche, as an unsigned 32-bit integer. */
export function hashWords(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Sorted unique hashes of a text's `size`-word shingles (one shingle for a shorter text; none when empty). */
export function shingleText(text: string, size: number): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return new Uint32Array(0);
  const hashes = new Set<number>();
  const last = Math.max(words.length - size, 0);
  for (let i = 0; i <= last; i++) hashes.add(hashWords(words.slice(i, i + size).join(' ')));
  return Uint32Array.from(hashes).sort();
}
