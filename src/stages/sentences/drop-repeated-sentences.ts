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
/**
 * A word triple found in this many earlier sentences is boilerplate: its list stops growing and it
 * no longer counts as evidence of a repeat (keeps the work linear; exact repeats are still caught).
 */
const maxPostings = 32;

/** Lower-case words with a plural "s" removed, so "interactions" matches "interaction". */
function readWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return words.map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Number tokens of a sentence ("12", "3.5", "2024"): a repeat that changes one is an update, not a copy. */
function readNumbers(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/** The distinct word triples of a sentence, as 30-bit hashes of word ids (small integers index fastest). */
function readShingles(words: string[], wordIds: Map<string, number>): Set<number> {
  const ids = words.map((w) => {
    let id = wordIds.get(w);
    if (id === undefined) wordIds.set(w, (id = wordIds.size + 1));
    return id;
  });
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= ids.length; i++) {
    shingles.add((Math.imul(ids[i], 0x9e3779b1) ^ Math.imul(ids[i + 1], 0x85ebca77) ^ Math.imul(ids[i + 2], 0xc2b2ae3d)) >>> 2);
  }
  return shingles;
}

/**
 * Drop exact and near-repeated sentences within one article, keeping the first occurrence.
 * Example: "The parties agreed to continue consultations …, to address certain issues …" followed
 * later by "The parties agreed to continue consultations …, to decipher certain issues …" drops the
 * second; "Both sides agreed to maintain interactions." and "Both sides agreed to encourage
 * exchanges." are different facts and both stay, and so does a near-copy that changes a number
 * ("… the toll rose to 12 …" then "… the toll rose to 15 …" is an update). Kept sentences are re-indexed (ids renumbered),
 * spans unchanged.
 */
export function dropRepeatedSentences(sentences: Sentence[]): { kept: Sentence[]; dropped: Dropped[] } {
  const kept: Sentence[] = [];
  const dropped: Dropped[] = [];
  const seenExact = new Set<string>();
  const shingleCounts: number[] = [];
  const keptNumbers: string[][] = [];
  const postings = new Map<number, number[]>();
  const wordIds = new Map<string, number>();
  /** Shared triples per earlier kept sentence, for the sentence at hand; `touched` lists the non-zero ones. */
  const hits = new Uint32Array(sentences.length);
  const touched: number[] = [];
  for (const sentence of sentences) {
    const words = readWords(sentence.text);
    const exactKey = words.join(' ');
    const isExactRepeat = words.length >= minExactWords && seenExact.has(exactKey);
    const shingles = readShingles(words, wordIds);
    let isNearRepeat = false;
    const numbers = readNumbers(sentence.text);
    if (!isExactRepeat && words.length >= minNearWords) {
      for (const shingle of shingles) {
        const list = postings.get(shingle);
        if (!list || list.length >= maxPostings) continue;
        for (const k of list) if (hits[k]++ === 0) touched.push(k);
      }
      for (const k of touched) {
        const isContained = hits[k] / shingles.size >= minContainment;
        const isAsLong = shingleCounts[k] >= minRelativeLength * shingles.size;
        if (isContained && isAsLong && numbers.every((n) => keptNumbers[k].includes(n))) isNearRepeat = true;
        hits[k] = 0;
      }
      touched.length = 0;
    }
    if (isExactRepeat || isNearRepeat) {
      dropped.push({ article: sentence.article, text: sentence.text, reason: 'repeated' });
      continue;
    }
    const k = kept.length;
    kept.push(sentence);
    seenExact.add(exactKey);
    shingleCounts[k] = shingles.size;
    keptNumbers[k] = numbers;
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
