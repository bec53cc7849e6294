/**
 * What two articles share, for the pair evidence (pair-evidence.ts): IDF sums of shared names,
 * numbers, dates, words and headline word pairs, their overlaps, days of the week, word stems,
 * names spelt two ways and how much of each headline the other's text tells. Each article is summed up once per batch (`summariseArticle`); a pair
 * then costs one walk over the two sorted feature lists.
 */
import { featureKind } from './feature-table.js';
import type { ArticleState, ClusterState } from './cluster-state.js';
import { lowerBound } from './neighbour-index.js';

/** Letters of a word kept as its stem: "retaliation", "retaliate" → "retal"; "confrontation", "confront" → "confr". */
const stemLength = 5;

/** Names this long or longer are compared by spelling ("soleimani"; "gop" is not). */
const spelledNameLength = 5;

/**
 * Word stems of a batch as small integers, with the number of batch articles holding each: an
 * article's stems are a sorted Int32Array, not a set of strings (at 30,000 scale-stream articles
 * of 150 stems each, the strings took hundreds of megabytes).
 */
export class StemTable {
  private readonly ids = new Map<string, number>();
  private counts: number[] = [];
  private idfs: number[] = [];

  /** @param documents articles counted, with the imagined background ones */
  constructor(private readonly documents: number) {}

  /** The id of a stem, adding it when new. */
  intern(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.counts.length;
      this.ids.set(stem, id);
      this.counts.push(0);
    }
    return id;
  }

  /** Count one batch article's stems. */
  count(stems: Int32Array): void {
    for (const id of stems) this.counts[id]++;
  }

  /** IDF of a stem over the batch (a stem only articles outside it hold counts as held once). */
  idf(id: number): number {
    let value = this.idfs[id];
    if (value === undefined) this.idfs[id] = value = Math.log(1 + this.documents / Math.max(this.counts[id], 1));
    return value;
  }
}

/** What a pair comparison needs of one article, computed once per batch. */
export interface ArticleSummary {
  /** IDF totals of its names and its words. */
  nameTotal: number;
  wordTotal: number;
  /** How many numbers, headline pairs and days of the week it holds. */
  numbers: number;
  headlinePairs: number;
  weekdays: number;
  /** Its words and names cut to stems (sorted ids of the batch's StemTable), their IDF norm once counted (-1 before), and its longer names. */
  stems: Int32Array;
  stemNorm: number;
  names: string[];
  /** Its headline's words as word or name features (sorted ids, each with its IDF), read off its headline pairs. */
  headlineWords: Int32Array;
  headlineIdfs: Float64Array;
  /** Each headline word's twin (its word feature for a name, its name for a word; -1 if none) and the words' IDF total, for coverHeadline. */
  headlineTwins: Int32Array;
  headlineTotal: number;
}

/** Sum up an article for pair comparisons. */
export function summariseArticle(state: ClusterState, article: ArticleState, table: StemTable): ArticleSummary {
  const summary: ArticleSummary = {
    nameTotal: 0, wordTotal: 0, numbers: 0, headlinePairs: 0, weekdays: 0, stems: new Int32Array(0), stemNorm: -1, names: [],
    headlineWords: new Int32Array(0), headlineIdfs: new Float64Array(0), headlineTwins: new Int32Array(0), headlineTotal: 0,
  };
  const stems = new Set<number>();
  const headline = new Set<string>();
  for (const id of article.vector.ids) {
    const kind = state.table.kindOf(id);
    if (kind === featureKind.number) summary.numbers++;
    else if (kind === featureKind.headlinePair) {
      summary.headlinePairs++;
      for (const word of state.table.keyOf(id).slice(2).split(' ')) headline.add(word);
    }
    else if (kind === featureKind.weekday) summary.weekdays++;
    else if (kind === featureKind.name || kind === featureKind.word) {
      const word = state.table.keyOf(id).slice(2);
      stems.add(table.intern(word.slice(0, stemLength)));
      if (kind === featureKind.name) {
        summary.nameTotal += state.idf(id);
        if (word.length >= spelledNameLength) summary.names.push(word);
      } else summary.wordTotal += state.idf(id);
    }
  }
  summary.stems = Int32Array.from(stems).sort();
  // a headline word is a name or a plain word of the article's own text (the one its vector holds)
  const words: number[] = [];
  for (const word of headline) {
    const name = state.table.find(`e:${word}`);
    const id = name >= 0 && holds(article.vector.ids, name) ? name : state.table.find(`w:${word}`);
    if (id >= 0) words.push(id);
  }
  summary.headlineWords = Int32Array.from(words).sort();
  summary.headlineIdfs = Float64Array.from(summary.headlineWords, (id) => state.idf(id));
  // once per article, not per pair: the table interns nothing while a batch's pairs are compared
  summary.headlineTwins = Int32Array.from(summary.headlineWords, (id) => {
    const word = state.table.keyOf(id).slice(2);
    return state.table.find(state.table.kindOf(id) === featureKind.name ? `w:${word}` : `e:${word}`);
  });
  // summed in headlineWords' order, as coverHeadline summed it per pair
  for (const idf of summary.headlineIdfs) summary.headlineTotal += idf;
  return summary;
}

/** Whether a sorted id list holds an id. */
function holds(ids: Int32Array, id: number): boolean {
  const k = lowerBound(ids, id);
  return k < ids.length && ids[k] === id;
}

/**
 * IDF share of one article's headline words that the other's text holds (as a word or a name):
 * two takes on one story tell what the other's headline says ("Pompeo: 'We Continue To Make
 * Progress' With North Korea" against a take on Pompeo's talks with Kim in North Korea), a later
 * turn of the topic leaves its headline's event words out.
 */
function coverHeadline(x: ArticleSummary, other: ArticleState): number {
  let missing = 0;
  for (let k = 0; k < x.headlineWords.length; k++) {
    const twin = x.headlineTwins[k];
    if (!holds(other.vector.ids, x.headlineWords[k]) && !(twin >= 0 && holds(other.vector.ids, twin))) missing += x.headlineIdfs[k];
  }
  const total = x.headlineTotal;
  return total > 0 ? (total - missing) / total : 0;
}

/** What two articles share: the content features of a pair besides its cosine and ranks. */
export interface SharedEvidence {
  /** IDF sums of shared names, numbers, dates and years, words, headline pairs. */
  names: number;
  numbers: number;
  dates: number;
  words: number;
  headline: number;
  /** Shared headline pairs over the root of both counts. */
  headlineCosine: number;
  /** IDF-weighted Jaccard overlap of names and of words. */
  namesJaccard: number;
  wordsJaccard: number;
  /** 1 when both give figures and share none: "charged with 7 counts" against "sentenced to 40 months". */
  numbersApart: number;
  /** 1 when they name a day of the week alike ("on Monday"); 1 when both name days and none alike. */
  weekdayShared: number;
  weekdaysApart: number;
  /** IDF-weighted cosine of word stems over the batch. */
  stemCosine: number;
  /** Names of one with a near spelling and no equal among the other's ("Soleimani", "Suleimani"). */
  nearNames: number;
  /** Least and greatest IDF share of one's headline words the other's text holds (see coverHeadline). */
  headlineCoverLow: number;
  headlineCoverHigh: number;
}

/** Overlap of two IDF totals: shared over their union. */
function jaccard(shared: number, x: number, y: number): number {
  return x + y - shared > 0 ? shared / (x + y - shared) : 0;
}

/**
 * Compare two articles (with their summaries); `stems` weighs a stem by the batch's count of
 * it. Headline pairs weigh nothing in cosines (state.idf is 0), so here they are weighed by state.rawIdf.
 */
export function compareArticles(
  state: ClusterState,
  a: ArticleState,
  b: ArticleState,
  x: ArticleSummary,
  y: ArticleSummary,
  stems: StemTable,
): SharedEvidence {
  const shared = { names: 0, numbers: 0, dates: 0, words: 0, headline: 0 };
  let headlinePairs = 0;
  let weekdays = 0;
  const xs = a.vector.ids;
  const ys = b.vector.ids;
  for (let i = 0, j = 0; i < xs.length && j < ys.length; ) {
    if (xs[i] < ys[j]) i++;
    else if (xs[i] > ys[j]) j++;
    else {
      const id = xs[i];
      const kind = state.table.kindOf(id);
      if (kind === featureKind.name) shared.names += state.idf(id);
      else if (kind === featureKind.number) shared.numbers += state.idf(id);
      else if (kind === featureKind.word) shared.words += state.idf(id);
      else if (kind === featureKind.weekday) weekdays++;
      else if (kind === featureKind.headlinePair) {
        shared.headline += state.rawIdf(id);
        headlinePairs++;
      } else shared.dates += state.idf(id);
      i++;
      j++;
    }
  }
  const ab = coverHeadline(x, b);
  const ba = coverHeadline(y, a);
  return {
    ...shared,
    headlineCoverLow: Math.min(ab, ba),
    headlineCoverHigh: Math.max(ab, ba),
    headlineCosine: x.headlinePairs > 0 && y.headlinePairs > 0 ? headlinePairs / Math.sqrt(x.headlinePairs * y.headlinePairs) : 0,
    namesJaccard: jaccard(shared.names, x.nameTotal, y.nameTotal),
    wordsJaccard: jaccard(shared.words, x.wordTotal, y.wordTotal),
    numbersApart: x.numbers > 0 && y.numbers > 0 && shared.numbers === 0 ? 1 : 0,
    weekdayShared: weekdays > 0 ? 1 : 0,
    weekdaysApart: x.weekdays > 0 && y.weekdays > 0 && weekdays === 0 ? 1 : 0,
    stemCosine: compareStems(x, y, stems),
    nearNames: countNearNames(x.names, y.names),
  };
}

/** IDF norm of an article's stems, kept once the batch's stems are counted. */
function stemNormOf(summary: ArticleSummary, table: StemTable): number {
  if (summary.stemNorm < 0) {
    let sum = 0;
    for (const id of summary.stems) sum += table.idf(id) ** 2;
    summary.stemNorm = Math.sqrt(sum);
  }
  return summary.stemNorm;
}

/** IDF-weighted cosine of two articles' stems: one event told as "retaliation" and "retaliate". */
function compareStems(x: ArticleSummary, y: ArticleSummary, table: StemTable): number {
  const nx = stemNormOf(x, table);
  const ny = stemNormOf(y, table);
  if (nx === 0 || ny === 0) return 0;
  let dot = 0;
  for (let i = 0, j = 0; i < x.stems.length && j < y.stems.length; ) {
    if (x.stems[i] < y.stems[j]) i++;
    else if (x.stems[i] > y.stems[j]) j++;
    else {
      dot += table.idf(x.stems[i]) ** 2;
      i++;
      j++;
    }
  }
  return dot / (nx * ny);
}

/** Names of `x` with a near spelling and no equal among `y`'s (transliterations: "Qasem", "Qassem"). */
function countNearNames(x: readonly string[], y: readonly string[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  const inX = new Set(x);
  const inY = new Set(y);
  let near = 0;
  for (const name of x) if (!inY.has(name) && y.some((other) => !inX.has(other) && isNearSpelling(name, other))) near++;
  return near;
}

/** Whether two words are one edit or two apart (never equal): "soleimani" and "suleimani", "qasem" and "qassem". */
export function isNearSpelling(x: string, y: string): boolean {
  if (x === y || Math.abs(x.length - y.length) > 2) return false;
  // a transliteration keeps the first letter or the ending ("Gaddafi", "Qaddafi")
  if (x[0] !== y[0] && x.slice(-3) !== y.slice(-3)) return false;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      least = Math.min(least, row[j]);
    }
    if (least > 2) return false;
    previous = row;
  }
  return previous[y.length] <= 2;
}
