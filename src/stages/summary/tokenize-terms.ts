/**
 * Content terms of a sentence for similarity: lower-cased letter/digit runs, function words
 * dropped, Porter-stemmed. Example: "Sanders soared to a landslide victory" → ["sander", "soar",
 * "landslid", "victori"].
 */
import stopwordList from './data/stopwords.json' with { type: 'json' };
import { stemWord } from './stem-word.js';

const stopwords = new Set<string>(stopwordList);

/** Split text into lower-case runs of letters and digits (apostrophes and hyphens split words). */
export function splitWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The stemmed content terms of `text`, in order, repeats kept. */
export function tokenizeTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of splitWords(text)) {
    if (stopwords.has(word)) continue;
    terms.push(stemWord(word));
  }
  return terms;
}

/** Words of `text` as the budget counts them: runs of non-space characters ("30-plus" is one). */
export function countWords(text: string): number {
  const words = text.match(/\S+/g);
  return words ? words.length : 0;
}

/**
 * The same terms with every number made one term "#", for telling repeats apart from new facts:
 * "the storm damaged 3 homes" and "the storm damaged 53 homes" are one statement (in conflict),
 * though as rare terms the two numbers would otherwise weigh the most in their cosine.
 */
export function foldNumbers(terms: string[]): string[] {
  return terms.map((t) => (/^\p{N}+$/u.test(t) ? '#' : t));
}
