/**
 * Drops sentences an article repeats: exact repeats and near-repeats, where most of a later
 * sentence's word triples already occur in one earlier sentence at least about as long.
 */
import type { Dropped, Sentence } from '../../model/text.js';

/** Share of a sentence's word triples found in one earlier sentence that makes it a near-repeat. */
const minContainment = 0.8;
/** The earlier sentence must have at least this share of the later one's triples (be about as long). */
const minRelativeLength = 0.9;
/** Exact repeats shorter than this many words ("No.", "He agreed.") are kept: they carry no fact twice. */
const minExactWords = 3;
/** Near-repeats need this many words, so that short sentences with a shared phrase stay. */
const minNearWords = 6;
/** Word-triple index lists longer than this belong to boilerplate and stop growing (keeps it linear). */
const maxPostings = 64;

/** Lower-case words with a plural "s" removed, so "interactions" matches "interaction". */
function readWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return words.map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** The distinct word triples of a sentence. */
function readShingles(words: string[]): Set<string> {
  const shingles = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) shingles.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return shingles;
}

/**
 * Drop exact and near-repeated sentences within one article, keeping the first occurrence.
 * Example: "The parties agreed to continue consultations …, to address certain issues …" followed
 * later by "The parties agreed to continue consultations …, to decipher certain issues …" drops the
 * second; "Both sides agreed to maintain interactions." and "Both sides agreed to encourage
 * exchanges." are different facts and both stay. Kept sentences are re-indexed (ids renumbered),
 * spans unchanged.
 */
export function dropRepeatedSentences(sentences: Sentence[]): { kept: Sentence[]; dropped: Dropped[] } {
  const kept: Sentence[] = [];
  const dropped: Dropped[] = [];
  const seenExact = new Set<string>();
  const shingleCounts: number[] = [];
  const postings = new Map<string, number[]>();
  for (const sentence of sentences) {
    const words = readWords(sentence.text);
    const exactKey = words.join(' ');
    const isExactRepeat = words.length >= minExactWords && seenExact.has(exactKey);
    const shingles = readShingles(words);
    let isNearRepeat = false;
    if (!isExactRepeat && words.length >= minNearWords) {
      const hits = new Map<number, number>();
      for (const shingle of shingles) {
        for (const k of postings.get(shingle) ?? []) hits.set(k, (hits.get(k) ?? 0) + 1);
      }
      for (const [k, count] of hits) {
        if (count / shingles.size >= minContainment && shingleCounts[k] >= minRelativeLength * shingles.size) {
          isNearRepeat = true;
          break;
        }
      }
    }
    if (isExactRepeat || isNearRepeat) {
      dropped.push({ article: sentence.article, text: sentence.text, reason: 'repeated' });
      continue;
    }
    const k = kept.length;
    kept.push(sentence);
    seenExact.add(exactKey);
    shingleCounts[k] = shingles.size;
    for (const shingle of shingles) {
      const list = postings.get(shingle);
      if (!list) postings.set(shingle, [k]);
      else if (list.length < maxPostings) list.push(k);
    }
  }
  return {
    kept: kept.map((s, index) => ({ ...s, index, id: `${s.article}#${index}` })),
    dropped,
  };
}
