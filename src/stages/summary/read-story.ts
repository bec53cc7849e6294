/**
 * One story made ready for the summary: its sentences in a canonical order (so every tie and every
 * floating-point sum is the same whatever order they came in), their TF-IDF vectors, which other
 * articles state each one, and each sentence's feature row (`describeSentences`). The summary and
 * the training script (`scripts/train-summary.ts`) both start here, so the model is fitted on
 * exactly the features it is used with.
 */
import type { Sentence } from '../../model/text.js';
import { measureSupport } from './measure-support.js';
import { describePairs, stemWords, type StoryPairs } from './pair-features.js';
import { describeSentences } from './sentence-features.js';
import { buildTermVectors, dotDense, type SparseVector } from './term-vectors.js';
import { foldNumbers, tokenizeTerms } from './tokenize-terms.js';
import { withoutDateline } from './without-dateline.js';

/** What a story's summary is made from. */
export interface StoryInput {
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

/** A story read for the summary. Arrays are indexed like `sentences`. */
export interface StoryView {
  /** The sentences in canonical order: article order, then position. */
  sentences: Sentence[];
  /** Article ids present, in story order. */
  articleIds: string[];
  /** Article id → its index in `articleIds`. */
  articleAt: Map<string, number>;
  /** TF-IDF vectors with numbers folded to one term, for telling repeats apart. */
  repeatVectors: SparseVector[];
  /** Ids of the other articles that state each sentence's fact. */
  supporters: Set<string>[];
  /** Feature rows (`featureNames` order). */
  features: Float64Array[];
  /** The story's word pairs and their features. */
  pairs: StoryPairs;
}

/** Rank of each article id: its place in `articleOrder`, unknown ids after, by id. */
function rankArticles(input: StoryInput): Map<string, number> {
  const rank = new Map<string, number>();
  for (const id of input.articleOrder) if (!rank.has(id)) rank.set(id, rank.size);
  const unknown = [...new Set(input.sentences.map((s) => s.article))].filter((id) => !rank.has(id)).sort();
  for (const id of unknown) rank.set(id, rank.size);
  return rank;
}

/**
 * Read a story. `citeCosine` is the cosine to another article's sentence at which that article is
 * cited as stating the same thing, when the support map does not list the sentence.
 */
export function readStory(input: StoryInput, citeCosine: number): StoryView {
  const rank = rankArticles(input);
  const sentences = input.sentences.map(withoutDateline).sort(
    (a, b) => rank.get(a.article)! - rank.get(b.article)! || a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const present = new Set(sentences.map((s) => s.article));
  const articleIds = [...rank.keys()].filter((id) => present.has(id));
  const articleAt = new Map(articleIds.map((id, i) => [id, i]));
  const article = sentences.map((s) => articleAt.get(s.article)!);
  const others = Math.max(1, articleIds.length - 1);

  // Vectors; titles are appended after the sentences so they join the idf.
  const titles = articleIds.map((id) => input.titles?.get(id)).filter((t): t is string => !!t);
  const terms = sentences.map((s) => tokenizeTerms(s.text));
  const { vectors: all, df } = buildTermVectors([...terms, ...titles.map(tokenizeTerms)]);
  const vectors = all.slice(0, sentences.length);
  const repeatVectors = buildTermVectors(terms.map(foldNumbers)).vectors;
  const titleSum = new Float64Array(df.length);
  for (const t of all.slice(sentences.length)) for (let k = 0; k < t.ids.length; k++) titleSum[t.ids[k]] += t.weights[k];

  const lexical = measureSupport(vectors, article, df.length, citeCosine);
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
  const words = sentences.map((s) => stemWords(s.text));
  const titleWords = titles.map((t) => stemWords(t).stems);
  const positions = sentences.map((s) => s.index);
  const pairs = describePairs(words, article, positions, articleIds.length, titleWords);
  const features = describeSentences({
    texts: sentences.map((s) => s.text),
    stems: words.map((w) => w.stems),
    positions,
    article,
    articleCount: articleIds.length,
    titles: titleWords,
    centrality: lexical.centrality,
    support: sentences.map((_, i) => (listed[i] ? supporters[i].size : lexical.support[i]) / others),
    titleSimilarity: vectors.map((v) => dotDense(v, titleSum)),
  });
  return { sentences, articleIds, articleAt, repeatVectors, supporters, features, pairs };
}
