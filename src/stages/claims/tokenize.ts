/**
 * Content tokens for comparing sentences: lower-case words, stopwords removed, a light suffix
 * stemmer and a few irregular forms, so "met"/"meetings" and "relations"/"relationship" meet.
 * Example: "China-US relations are at the worst point" → ["china", "us", "relat", "worst", "point"].
 */
import stopwordList from './data/stopwords.json' with { type: 'json' };

const stopwords = new Set<string>(stopwordList);

/** Irregular forms mapped to one stem: news verbs whose past tense shares no prefix. */
const irregular: Record<string, string> = {
  met: 'meet', meets: 'meet', meeting: 'meet', meetings: 'meet',
  held: 'hold', holds: 'hold', holding: 'hold',
  spoke: 'speak', spoken: 'speak', talks: 'talk', talked: 'talk',
  killed: 'kill', dead: 'death', died: 'death', dies: 'death', deaths: 'death', die: 'death',
  struck: 'strike', hit: 'strike', hits: 'strike',
  went: 'go', gone: 'go', came: 'come', took: 'take', taken: 'take', gave: 'give', given: 'give',
  lowest: 'low', worst: 'low', highest: 'high', largest: 'large', biggest: 'large',
  relationship: 'relat', relationships: 'relat', relations: 'relat', relation: 'relat', ties: 'relat',
};

/** Reduce a lower-case word to a crude stem. */
export function stemWord(word: string): string {
  const known = irregular[word];
  if (known) return known;
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ational', 'ation', 'ments', 'ment', 'ingly', 'ing', 'edly', 'ed', 'ions', 'ion', 'ly', 'er']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "stopped" → "stopp" → "stop"
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Words of a text, lower-cased, Unicode-aware, hyphenated parts split. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Whether a lower-case word is a stopword. */
export function isStopword(word: string): boolean {
  return stopwords.has(word) || stopwords.has(word.replace(/['’].*$/, ''));
}

/** Content stems of a text, in order, stopwords and bare numbers removed. */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    if (isStopword(w)) continue;
    if (/^\d/.test(w)) continue;
    out.push(stemWord(w.replace(/['’]s$/, '')));
  }
  return out;
}
