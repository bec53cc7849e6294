/**
 * Step 2 of story features: turn tokens into the counted features story similarity uses.
 *
 * Feature keys carry their kind in a one-letter prefix:
 * - `w:` a content word, lower-cased and lightly stemmed ("earthquakes" → w:earthquake)
 * - `e:` a word of a name: a word this article writes with a capital inside a sentence
 *   ("... checked into the Betty Ford Center" → e:betty e:ford e:center)
 * - `n:` a number with the word after it ("a 6.1 magnitude quake" → n:6.1 n:6.1 magnitude)
 * - `y:` the year of a date ("May 3, 2013", "December 2008" → y:2013, y:2008); a year on its own
 *   ("in 2005") may be background: `t:2005`; `d:` a month and day ("May 3" → d:5-3)
 * - `k:` a day of the week ("on Monday" → k:monday): evidence only, for pair-evidence.ts (an
 *   undated stream's two takes on one event name the same day; two events of one topic, two days)
 * - `p:` two of the headline's first content words (its first line), as a pair in either order:
 *   "Trump signs memo ending 'catch and release' immigration policy" → p:memo trump, p:sign trump,
 *   p:memo sign, … (see `headlineWords`)
 *
 * Names, numbers and dates are what tell two events of one kind apart (two earthquakes differ
 * in place, magnitude and day), so later steps weigh them more than plain words.
 */
import stopwordList from '../data/stopwords.json' with { type: 'json' };
import monthTable from '../data/months.json' with { type: 'json' };
import weekdayList from '../data/weekdays.json' with { type: 'json' };
import type { Token } from './01-tokenise.js';

const stopwords = new Set<string>(stopwordList);
const months = monthTable as Record<string, number>;
const weekdays = new Set<string>(weekdayList);

/**
 * Content words of the headline whose pairs become `p:` features. Evidence only, between dated
 * articles (similarity.ts); they weigh nothing in cosines. "Trump signs memo ending 'catch and
 * release' immigration policy" and another outlet's "Trump Signs Memo Ordering End to 'Catch
 * and Release' Immigration Policy" share no name but Trump (a Title Case headline names no one,
 * see findTitleCaseLines), yet six headline words, so fifteen pairs. Pairs, not single words:
 * "Strong earthquake shakes northern Chile" and "Earthquake strikes eastern Turkey" share a
 * word, not a pair. Only the headline: a first sentence's wording is the kind of event's
 * ("earthquake struck", "quake hit"), shared by two quakes as readily as by two reports of one.
 * Eight words: 6 gave dated NeuS train slices F1 0.950, 8 0.954, 12 0.955 (and up to 66 pairs).
 */
export const headlineWords = 8;

/** A feature key ("e:lohan") and how many times the article has it. */
export type FeatureCounts = Map<string, number>;

/** Words already normalised: news repeats its words, and the regular expressions cost more than a lookup. */
const normalised = new Map<string, string>();

/** Lower-case a word, drop a possessive and a plural ending ("Lohan's" → lohan, "quakes" → quake). */
export function normaliseWord(word: string): string {
  const known = normalised.get(word);
  if (known !== undefined) return known;
  let w = word.toLowerCase().replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  // bounded: a stream of rare words must not grow it without end
  if (normalised.size >= 200_000) normalised.clear();
  normalised.set(word, w);
  return w;
}

/** Whether most words of a line are capitalised: a Title Case Headline says nothing about names. */
function findTitleCaseLines(tokens: Token[]): Set<number> {
  const counts = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (t.isNumber || t.isSentenceStart || t.text.length < 4) continue;
    const c = counts.get(t.line) ?? [0, 0];
    c[0] += t.isCapitalised ? 1 : 0;
    c[1] += 1;
    counts.set(t.line, c);
  }
  const lines = new Set<number>();
  for (const [line, [capitalised, all]] of counts) if (all >= 3 && capitalised / all > 0.6) lines.add(line);
  return lines;
}

/**
 * The words this article treats as names: capitalised inside a sentence of a normal line.
 * "Lohan has checked into the Betty Ford Center" → lohan? no (sentence start), betty, ford, center.
 */
function findNameWords(tokens: Token[]): Set<string> {
  const titleLines = findTitleCaseLines(tokens);
  const names = new Set<string>();
  for (const t of tokens) {
    if (t.isNumber || !t.isCapitalised || t.isSentenceStart || titleLines.has(t.line)) continue;
    const w = normaliseWord(t.text);
    if (w.length < 2 || stopwords.has(w) || w in months) continue;
    names.add(w);
  }
  return names;
}

function addCount(counts: FeatureCounts, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Parse a number token ("1,200" → 1200, "5.8" → 5.8) into a canonical string. */
function normaliseNumber(text: string): string {
  const plain = /^\d{1,3}(?:,\d{3})+$/u.test(text) ? text.replace(/,/gu, '') : text.replace(/,/gu, '.');
  const value = Number(plain);
  return Number.isFinite(value) ? String(value) : plain;
}

function monthOf(token: Token | undefined): number | undefined {
  return token && token.isCapitalised ? months[token.text.toLowerCase()] : undefined;
}

/**
 * Whether the year at `i` belongs to a written date: right after a month ("December 2008") or a
 * month and day ("May 03, 2013"). Those years date the event; "since 2005" does not.
 */
function isDateYear(tokens: Token[], i: number): boolean {
  if (monthOf(tokens[i - 1]) !== undefined) return true;
  return Boolean(tokens[i - 1]?.isNumber) && monthOf(tokens[i - 2]) !== undefined;
}

/** Count the word, name, number, date and headline-pair features of one article's tokens. */
export function extractFeatures(tokens: Token[]): FeatureCounts {
  const names = findNameWords(tokens);
  const counts: FeatureCounts = new Map();
  // the headline's first content words; each two of them make a pair
  const headline: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.isNumber) {
      const value = normaliseNumber(t.text);
      const before = tokens[i - 1];
      const month = before && before.isCapitalised ? months[before.text.toLowerCase().replace(/\.$/u, '')] : undefined;
      if (month !== undefined && /^\d{1,2}$/u.test(value) && Number(value) <= 31) {
        addCount(counts, `d:${month}-${value}`);
      } else if (/^(?:19|20)\d\d$/u.test(value)) {
        addCount(counts, isDateYear(tokens, i) ? `y:${value}` : `t:${value}`);
      } else {
        addCount(counts, `n:${value}`);
        const next = tokens[i + 1];
        if (next && !next.isNumber) {
          const unit = normaliseWord(next.text);
          if (!stopwords.has(unit)) addCount(counts, `n:${value} ${unit}`);
        }
      }
      continue;
    }
    const w = normaliseWord(t.text);
    if (t.isCapitalised && weekdays.has(w)) addCount(counts, `k:${w}`);
    if ((w.length < 3 && !names.has(w)) || stopwords.has(w)) continue;
    if (w in months && t.isCapitalised) continue;
    addCount(counts, names.has(w) ? `e:${w}` : `w:${w}`);
    if (t.line === 0 && headline.length < headlineWords && !headline.includes(w)) {
      for (const h of headline) addCount(counts, h < w ? `p:${h} ${w}` : `p:${w} ${h}`);
      headline.push(w);
    }
  }
  return counts;
}
