/**
 * A lead without its dateline: "WASHINGTON (AP) — The Senate voted …" → "The Senate voted …";
 * "CHARLOTTE, N.C. — …", "MARROWBY - An earthquake …", "(CNN) — …". A roundup line tells what
 * happened, not where the wire filed it, and the dateline's words would take the budget. The
 * rest is still the article's own words, a contiguous span of the sentence: the sentence keeps
 * its id and its offsets move past the dateline.
 */
import type { Sentence } from '../../model/text.js';

/** Place in capitals (up to four words), perhaps a state or country, perhaps a wire, then a dash. */
const dateline = /^(?:[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:\s*,\s*[A-Z][\p{L}.'’]*(?:\s+[A-Z][\p{L}.'’]*){0,2})?\s*(?:\(\s*[A-Za-z][\w .&-]{0,20}\)\s*)?|\(\s*[A-Z][\w .&-]{0,20}\)\s*)(?:—|–|--|-)\s+(?=["“‘']?\p{Lu})/u;

/** The sentence without a leading dateline, or the sentence itself (only an article's first sentence can carry one). */
export function withoutDateline(sentence: Sentence): Sentence {
  if (sentence.index !== 0) return sentence;
  const m = dateline.exec(sentence.text);
  // The dateline must leave a sentence behind: "US - China talks resume" is a headline, not a dateline.
  if (!m || sentence.text.length - m[0].length < 20 || !/^[A-Z]{2,}|^\(/.test(m[0])) return sentence;
  return { ...sentence, text: sentence.text.slice(m[0].length), start: sentence.start + m[0].length };
}
