/**
 * Word pairs as the units of content a summary covers (the "concepts" of concept-based
 * summarisation, Gillick & Favre 2009): every pair of adjacent stemmed words of every sentence,
 * and what the story says about each pair — how many outlets use it, whether a headline does,
 * how early it first appears, whether it holds a name or a figure or only function words.
 * A pair several outlets and a headline share ("shot down", "hydrogen bomb") is one a neutral
 * roundup almost always repeats; "the rogue" in one column's fifth sentence rarely.
 *
 * Every feature is in [0, 1] except `pairRepeats` (ln of the count), so weights compare.
 */
import stopwordList from './data/stopwords.json' with { type: 'json' };
import { stemWord } from './stem-word.js';

const stopwords = new Set<string>(stopwordList);

/** The pair features, in the order of a pair row. */
export const pairFeatureNames = [
  'pairShare',
  'pairMulti',
  'pairTitles',
  'pairEarly',
  'pairWordsShared',
  'pairFunction',
  'pairOneFunction',
  'pairNumber',
  'pairName',
  'pairRepeats',
  'pairShareContent',
  'pairTitlesContent',
  'pairLeads',
] as const;

/** One pair feature's name. */
export type PairFeatureName = (typeof pairFeatureNames)[number];

/** The word pairs of a story. */
export interface StoryPairs {
  /** Per sentence: ids of its distinct word pairs, in order of first appearance. */
  bySentence: Int32Array[];
  /** Per pair id: its feature row (`pairFeatureNames` order). */
  rows: Float64Array[];
  /** Per sentence: its number of word pairs, repeats counted (what ROUGE-2 counts). */
  counts: number[];
  /** Per pair id: the pair, "stem stem" (what training matches against a reference). */
  keys: string[];
}

/** Words of a text as written (letters and digits), and their lower-case stems. */
export function stemWords(text: string): { raw: string[]; stems: string[] } {
  const raw = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const stems = raw.map((w) => {
    const lower = w.toLowerCase();
    return lower.length > 3 ? stemWord(lower) : lower;
  });
  return { raw, stems };
}

/** True for a function word ("of", "the") or a one- or two-letter token ("s" of "it's"). */
function isFunctionWord(raw: string): boolean {
  const lower = raw.toLowerCase();
  return lower.length <= 2 || stopwords.has(lower);
}

interface PairStats {
  articles: number;
  lastArticle: number;
  leads: number;
  lastLead: number;
  /** Last sentence that listed the pair, so a sentence lists each pair once. */
  lastSentence: number;
  titles: number;
  firstPosition: number;
  repeats: number;
  functionWords: number;
  hasNumber: boolean;
  hasName: boolean;
  stems: [string, string];
}

/**
 * Word pairs of the story's sentences and their features. `words[i]` are sentence `i`'s words
 * (`stemWords`), `article[i]` its article index and `positions[i]` its place in the article;
 * `titles` are the articles' headlines, already split.
 */
export function describePairs(
  words: Array<{ raw: string[]; stems: string[] }>,
  article: number[],
  positions: number[],
  articleCount: number,
  titles: string[][],
): StoryPairs {
  const ids = new Map<string, number>();
  const stats: PairStats[] = [];
  const bySentence: Int32Array[] = [];
  const counts: number[] = [];
  // Which articles use each word, for pairs whose words are shared but not side by side.
  const wordArticles = new Map<string, { count: number; last: number }>();
  words.forEach(({ raw, stems }, i) => {
    const own: number[] = [];
    for (let k = 0; k < stems.length; k++) {
      const w = wordArticles.get(stems[k]);
      if (!w) wordArticles.set(stems[k], { count: 1, last: article[i] });
      else if (w.last !== article[i]) {
        w.count++;
        w.last = article[i];
      }
      if (k === 0) continue;
      const key = `${stems[k - 1]} ${stems[k]}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = stats.length;
        ids.set(key, id);
        stats.push({
          articles: 0,
          lastArticle: -1,
          leads: 0,
          lastLead: -1,
          lastSentence: -1,
          titles: 0,
          firstPosition: positions[i],
          repeats: 0,
          functionWords: (isFunctionWord(raw[k - 1]) ? 1 : 0) + (isFunctionWord(raw[k]) ? 1 : 0),
          hasNumber: /\p{N}/u.test(key),
          // A capital that does not start the sentence: a name ("Joe Biden", "the Pacific Ocean").
          hasName: (k - 1 > 0 && /^\p{Lu}/u.test(raw[k - 1])) || /^\p{Lu}/u.test(raw[k]),
          stems: [stems[k - 1], stems[k]],
        });
      }
      const s = stats[id];
      s.repeats++;
      if (s.lastArticle !== article[i]) {
        s.articles++;
        s.lastArticle = article[i];
      }
      if (positions[i] < s.firstPosition) s.firstPosition = positions[i];
      if (positions[i] === 0 && s.lastLead !== article[i]) {
        s.leads++;
        s.lastLead = article[i];
      }
      if (s.lastSentence !== i) {
        s.lastSentence = i;
        own.push(id);
      }
    }
    bySentence.push(Int32Array.from(own));
    counts.push(Math.max(0, stems.length - 1));
  });
  for (const title of titles) {
    const seen = new Set<number>();
    for (let k = 1; k < title.length; k++) {
      const id = ids.get(`${title[k - 1]} ${title[k]}`);
      if (id !== undefined && !seen.has(id)) {
        seen.add(id);
        stats[id].titles++;
      }
    }
  }
  const others = Math.max(1, articleCount - 1);
  const rows = stats.map((s) => {
    const wordShare = s.stems.reduce((sum, w) => sum + (wordArticles.get(w)!.count - 1) / others, 0) / 2;
    return Float64Array.from([
      (s.articles - 1) / others,
      s.articles > 1 ? 1 : 0,
      titles.length > 0 ? s.titles / titles.length : 0,
      1 / (1 + s.firstPosition),
      wordShare,
      s.functionWords === 2 ? 1 : 0,
      s.functionWords === 1 ? 1 : 0,
      s.hasNumber ? 1 : 0,
      s.hasName ? 1 : 0,
      Math.log(s.repeats),
      // The same two, for pairs of content words only: "of the" in every outlet says nothing.
      s.functionWords === 0 ? (s.articles - 1) / others : 0,
      s.functionWords === 0 && titles.length > 0 ? s.titles / titles.length : 0,
      // Leads of several outlets that share a pair state the main event.
      s.leads / Math.max(1, articleCount),
    ]);
  });
  return { bySentence, rows, counts, keys: [...ids.keys()] };
}
