/**
 * What an editor looks at before keeping a sentence for a neutral roundup, as numbers: where it
 * sits in its article, how long it is, how much of it the other outlets also say (word pairs and
 * TF-IDF cosine), how close it is to the headlines, whether it names people, places, figures and
 * days, and the marks of a sentence that does not report: quotation without a speaker, first or
 * second person, a question, a pronoun that needs the sentence before, a lead-in clause.
 *
 * Every feature is in [0, 1] (or close to it) so that one weight per feature reads as "how much
 * this matters" and hand-set and fitted weights live on the same scale. The names are the keys of
 * the weight files (`data/weights.json`, `data/hand-weights.json`).
 *
 * Example: "Iranian officials on Friday denied reports from American and European intelligence
 * agencies that the country shot down a civilian passenger plane." — a lead (position 0), 22
 * words, most word pairs ("shot down", "passenger plane") in the other outlets, a day, names:
 * a sentence the roundup keeps.
 */
import attribution from './data/attribution.json' with { type: 'json' };
import style from './data/style-words.json' with { type: 'json' };
import { hasDanglingOpener, hasLeadIn } from './rate-standalone.js';
import { countWords, splitWords } from './tokenize-terms.js';

const sayingVerbs = new Set<string>(attribution.verbs);
const whenWords = new Set<string>(style.when);
const firstPerson = new Set<string>(style.firstPerson);
const secondPerson = new Set<string>(style.secondPerson);
const hedges = new Set<string>(style.hedges);

/** The features, in the order of a feature row. */
export const featureNames = [
  'lead',
  'second',
  'position',
  'length',
  'short',
  'long',
  'centrality',
  'support',
  'sharedPairs',
  'sharedPairsAll',
  'sharedTerms',
  'titleCosine',
  'titlePairs',
  'titleTerms',
  'names',
  'numbers',
  'when',
  'quoted',
  'quoteOpens',
  'saying',
  'sayingTwice',
  'opener',
  'question',
  'firstPerson',
  'secondPerson',
  'hedge',
  'leadIn',
  'unfinished',
  'sharedBest',
  'titleBest',
] as const;

/** One feature's name. */
export type FeatureName = (typeof featureNames)[number];

/** What the features of one story's sentences are computed from (all in canonical order). */
export interface FeatureInput {
  texts: string[];
  /** Stemmed lower-case words of each sentence, every word kept (`stemWords`). */
  stems: string[][];
  /** Position of each sentence in its article (0 = lead). */
  positions: number[];
  /** Article index of each sentence. */
  article: number[];
  articleCount: number;
  /** Stemmed words of the titles of the articles that have one. */
  titles: string[][];
  /** Mean cosine to other articles' sentences (`measureSupport`). */
  centrality: number[];
  /** Share of the other articles that state the same thing, in [0, 1]. */
  support: number[];
  /** Cosine of each sentence to the sum of the title vectors. */
  titleSimilarity: number[];
}

/** Adjacent word pairs of a word list, as "a b" keys. */
function pairsOf(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** For each key, the number of distinct articles whose sentences contain it. */
function countArticles(keysBySentence: string[][], article: number[]): Map<string, number> {
  const count = new Map<string, number>();
  const lastArticle = new Map<string, number>();
  keysBySentence.forEach((keys, i) => {
    for (const key of keys) {
      if (lastArticle.get(key) === article[i]) continue;
      lastArticle.set(key, article[i]);
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  });
  return count;
}

/** Largest value of a list, at least 1e-9 (a divisor). */
function maxOf(values: number[]): number {
  let max = 1e-9;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Share of the characters of `text` between quotation marks (curly or straight double quotes). */
function measureQuoted(text: string): number {
  let inside = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      inside += i - open + 1;
      open = -1;
    }
  }
  // A quotation still open at the end runs to the end: a quoted paragraph's first sentence.
  if (open >= 0) inside += text.length - open;
  return text.length > 0 ? inside / text.length : 0;
}

/** The text outside quotation marks, so a quoted "I" or "you" is not the writer's voice. */
function stripQuoted(text: string): string {
  return text.replace(/“[^”]*(”|$)/gu, ' ').replace(/"[^"]*("|$)/gu, ' ');
}

/** Capitalised words not at the start of the sentence, and numbers: names, places, figures. */
function countNamesAndNumbers(text: string): { names: number; numbers: number } {
  const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  let names = 0;
  let numbers = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/\p{N}/u.test(t)) numbers++;
    else if (i > 0 && /^\p{Lu}/u.test(t)) names++;
  }
  return { names, numbers };
}

/** The feature rows of a story's sentences, one `Float64Array` per sentence in `featureNames` order. */
export function describeSentences(input: FeatureInput): Float64Array[] {
  const n = input.texts.length;
  const stems = input.stems;
  const pairs = stems.map(pairsOf);
  const pairArticles = countArticles(pairs, input.article);
  const termArticles = countArticles(stems.map((w) => [...new Set(w)]), input.article);
  const titleStems = input.titles;
  const titlePairs = new Set(titleStems.flatMap(pairsOf));
  const titleTerms = new Set(titleStems.flat());
  const others = Math.max(1, input.articleCount - 1);
  const maxCentrality = maxOf(input.centrality);
  const maxTitle = maxOf(input.titleSimilarity);
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const text = input.texts[i].trim();
    const words = countWords(text);
    const lower = splitWords(text);
    const outside = splitWords(stripQuoted(text));
    const position = input.positions[i];
    let shared = 0;
    let sharedAll = 0;
    for (const p of pairs[i]) {
      const elsewhere = (pairArticles.get(p) ?? 1) - 1;
      if (elsewhere > 0) shared++;
      sharedAll += Math.min(1, elsewhere / others);
    }
    let sharedTerms = 0;
    let content = 0;
    for (const w of new Set(stems[i])) {
      if (w.length <= 3) continue;
      content++;
      if ((termArticles.get(w) ?? 1) > 1) sharedTerms++;
    }
    const pairCount = Math.max(1, pairs[i].length);
    const { names, numbers } = countNamesAndNumbers(text);
    const quoted = measureQuoted(text);
    const saying = lower.filter((w) => sayingVerbs.has(w)).length;
    const end = text.replace(/["”’»')\]]+$/u, '');
    const row = new Float64Array(featureNames.length);
    let k = 0;
    row[k++] = position === 0 ? 1 : 0;
    row[k++] = position === 1 ? 1 : 0;
    row[k++] = 1 / (1 + position);
    row[k++] = Math.min(words, 80) / 40;
    row[k++] = words < 10 ? 1 : 0;
    row[k++] = words > 40 ? 1 : 0;
    row[k++] = Math.max(0, input.centrality[i]) / maxCentrality;
    row[k++] = input.support[i];
    row[k++] = shared / pairCount;
    row[k++] = sharedAll / pairCount;
    row[k++] = content > 0 ? sharedTerms / content : 0;
    row[k++] = input.titleSimilarity[i] / maxTitle;
    row[k++] = pairs[i].filter((p) => titlePairs.has(p)).length / pairCount;
    row[k++] = content > 0 ? [...new Set(stems[i])].filter((w) => w.length > 3 && titleTerms.has(w)).length / content : 0;
    row[k++] = Math.min(1, names / Math.max(1, words) * 4);
    row[k++] = numbers > 0 ? 1 : 0;
    row[k++] = lower.some((w) => whenWords.has(w)) ? 1 : 0;
    row[k++] = quoted;
    row[k++] = /^[\s([]*["“‘«'„]/u.test(text) ? 1 : 0;
    row[k++] = saying > 0 ? 1 : 0;
    row[k++] = saying > 1 ? 1 : 0;
    row[k++] = hasDanglingOpener(text) ? 1 : 0;
    row[k++] = end.endsWith('?') ? 1 : 0;
    row[k++] = outside.some((w) => firstPerson.has(w)) ? 1 : 0;
    row[k++] = outside.some((w) => secondPerson.has(w)) ? 1 : 0;
    row[k++] = outside.some((w) => hedges.has(w)) ? 1 : 0;
    row[k++] = hasLeadIn(text) ? 1 : 0;
    row[k++] = /[.!…?]$/u.test(end) ? 0 : 1;
    rows.push(row);
  }
  // Against the story's best: what a sentence shares matters most next to its rivals.
  const sharedAt = featureNames.indexOf('sharedPairsAll');
  const titleAt = featureNames.indexOf('titlePairs');
  const bestShared = maxOf(rows.map((r) => r[sharedAt]));
  const bestTitle = maxOf(rows.map((r) => r[titleAt]));
  for (const row of rows) {
    row[featureNames.indexOf('sharedBest')] = row[sharedAt] / bestShared;
    row[featureNames.indexOf('titleBest')] = row[titleAt] / bestTitle;
  }
  return rows;
}
