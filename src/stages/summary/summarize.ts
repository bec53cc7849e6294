/**
 * The extractive multi-document summary: whole sentences, verbatim from the articles, chosen for
 * what several outlets say, cited to every article that says it, without repeats, within a word
 * budget. Pure and deterministic: the same sentences in any input order give the same picks.
 *
 * Steps:
 * 1. put the sentences in a canonical order (article order, then position) so that every tie and
 *    every floating-point sum is the same whatever order they came in;
 * 2. TF-IDF vectors of their stemmed content words (titles join the idf but are never picked);
 * 3. score each sentence: cross-article support (the `support` map when given, otherwise the best
 *    cosine to each other article, found through an inverted index), centrality (mean cosine to the
 *    other articles' sentences), similarity to the titles, lead position, names and numbers —
 *    then multiplied by how well it reads alone (`rateStandalone`);
 * 4. greedy MMR under the budget (`selectSentences`), repeats judged with numbers folded to one
 *    term, so "damaged 3 homes" and "damaged 53 homes" count as one statement;
 * 5. order the picks for reading: by position in their article (leads first), then article order;
 *    a story reads from its overview down, and two picks from one article keep their own order.
 */
import type { Sentence } from '../../model/text.js';
import { measureSupport } from './measure-support.js';
import { defaultStandalone, rateInformative, rateStandalone, type StandaloneRules } from './rate-standalone.js';
import { defaultSelection, selectSentences, type SelectionRules } from './select-sentences.js';
import { buildTermVectors, dotDense } from './term-vectors.js';
import { countWords, foldNumbers, tokenizeTerms } from './tokenize-terms.js';

/** What the summary is made from. */
export interface SummaryInput {
  sentences: Sentence[];
  /** Article ids in the story's order (first = the reference outlet); unknown ids go last, by id. */
  articleOrder: string[];
  /**
   * Sentence id → ids of the articles that state the same fact (from claim alignment). A sentence
   * it does not list is judged by lexical similarity instead.
   */
  support?: Map<string, string[]>;
  /** Article id → title; titles help find the story's core but are never picked. */
  titles?: Map<string, string | undefined>;
}

/** One summary line: a verbatim sentence and every article that supports it (its own first). */
export interface SummaryPick {
  sentence: Sentence;
  supportedBy: string[];
}

/** Weights of the sentence score. Defaults in `defaultSummaryWeights`. */
export interface SummaryWeights {
  /** Share of the other articles that state the same thing. Default 0.5. */
  support: number;
  /** Mean cosine to the other articles' sentences, scaled so the story's best is 1. Default 1. */
  centrality: number;
  /** Mean cosine to the articles' titles, scaled so the story's best is 1. Default 2. */
  title: number;
  /** 1 / (1 + position in article): the lead says what happened. Default 0.25. */
  lead: number;
  /** Names and numbers, saturating at four. Default 0 (no gain on NeuS; kept for tuning). */
  informative: number;
  /** Cosine to another article's sentence at which that article is cited as support. Default 0.5. */
  citeCosine: number;
}

/** Default score weights. */
export const defaultSummaryWeights: Readonly<SummaryWeights> = Object.freeze({
  support: 0.5,
  centrality: 1,
  title: 2,
  lead: 0.25,
  informative: 0,
  citeCosine: 0.5,
});

/** Options of `summarize`: the word budget, and overrides of the defaults (for tuning). */
export interface SummaryOptions {
  /** Word budget: the picks' words (runs of non-space characters) sum to at most this. */
  words: number;
  weights?: Partial<SummaryWeights>;
  standalone?: Partial<StandaloneRules>;
  selection?: Partial<SelectionRules>;
}

/** Largest value of a list, at least 1e-9 (a divisor); no spread, so long lists are fine. */
function maxOf(values: number[]): number {
  let max = 1e-9;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Rank of each article id: its place in `articleOrder`, unknown ids after, by id. */
function rankArticles(input: SummaryInput): Map<string, number> {
  const rank = new Map<string, number>();
  for (const id of input.articleOrder) if (!rank.has(id)) rank.set(id, rank.size);
  const unknown = [...new Set(input.sentences.map((s) => s.article))].filter((id) => !rank.has(id)).sort();
  for (const id of unknown) rank.set(id, rank.size);
  return rank;
}

/**
 * Choose the summary sentences. Every pick is one of the input sentences, unchanged; their words
 * sum to at most `options.words`, except that when no sentence fits, the best one is returned
 * alone. Empty input gives an empty summary.
 */
export function summarize(input: SummaryInput, options: SummaryOptions): SummaryPick[] {
  const weights = { ...defaultSummaryWeights, ...options.weights };
  const standalone = { ...defaultStandalone, ...options.standalone };
  const selection = { ...defaultSelection, ...options.selection };
  if (input.sentences.length === 0 || !(options.words > 0)) return [];

  // 1. Canonical order.
  const rank = rankArticles(input);
  const sentences = [...input.sentences].sort(
    (a, b) => rank.get(a.article)! - rank.get(b.article)! || a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const present = new Set(sentences.map((s) => s.article));
  const articleIds = [...rank.keys()].filter((id) => present.has(id));
  const articleAt = new Map(articleIds.map((id, i) => [id, i]));
  const article = sentences.map((s) => articleAt.get(s.article)!);
  const others = Math.max(1, articleIds.length - 1);

  // 2. Vectors; titles are appended after the sentences.
  const titles = articleIds.map((id) => input.titles?.get(id)).filter((t): t is string => !!t);
  const terms = sentences.map((s) => tokenizeTerms(s.text));
  const { vectors: all, df } = buildTermVectors([...terms, ...titles.map(tokenizeTerms)]);
  const vectors = all.slice(0, sentences.length);
  const repeatVectors = buildTermVectors(terms.map(foldNumbers)).vectors;
  const titleVectors = all.slice(sentences.length);

  // 3. Features.
  const lexical = measureSupport(vectors, article, df.length, weights.citeCosine);
  const maxCentrality = maxOf(lexical.centrality);
  const titleSum = new Float64Array(df.length);
  for (const t of titleVectors) for (let k = 0; k < t.ids.length; k++) titleSum[t.ids[k]] += t.weights[k];
  const titleSim = vectors.map((v) => dotDense(v, titleSum));
  const maxTitle = maxOf(titleSim);
  // A sentence the support map lists is judged by the map; one it does not list, lexically.
  const listed = sentences.map((s) => input.support?.get(s.id));
  const supporters = sentences.map((s, i) => {
    const ids = new Set<string>();
    const fromMap = listed[i];
    if (fromMap) {
      for (const id of fromMap) if (id !== s.article && articleAt.has(id)) ids.add(id);
    } else {
      for (const b of lexical.cited[i]) ids.add(articleIds[b]);
    }
    return ids;
  });
  const candidates = sentences.map((s, i) => {
    const support = listed[i]
      ? supporters[i].size / others
      : lexical.support[i] / others;
    const base =
      weights.support * support +
      weights.centrality * Math.max(0, lexical.centrality[i]) / maxCentrality +
      weights.title * titleSim[i] / maxTitle +
      weights.lead / (1 + s.index) +
      weights.informative * rateInformative(s.text);
    return { index: i, score: base * rateStandalone(s.text, standalone), words: countWords(s.text), vector: repeatVectors[i] };
  });

  // 4. Selection, 5. reading order.
  const picked = selectSentences(candidates, options.words, selection);
  picked.sort((a, b) => sentences[a].index - sentences[b].index || a - b);
  return picked.map((i) => ({
    sentence: sentences[i],
    supportedBy: [sentences[i].article, ...[...supporters[i]].sort((x, y) => articleAt.get(x)! - articleAt.get(y)!)],
  }));
}
