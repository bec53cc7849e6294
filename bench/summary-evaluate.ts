/**
 * Runs summary systems over NeuS stories with one splitter (the project's `splitSentences`) and one
 * scorer (rouge.ts), shared by the bench and the tuner.
 */
import type { Sentence } from '../src/model/text.js';
import { splitSentences } from '../src/stages/sentences/index.js';
import { summarize, type SummaryOptions } from '../src/stages/summary/summarize.js';
import { summarizeLexRank } from './lexrank.js';
import { scoreCorpus } from './rouge.js';
import { summarizeFirstArticle } from './summary-baselines.js';
import type { NeusStory } from './summary-neus.js';

/** A story made ready for the systems: its sentences, titles and order. */
export interface PreparedStory {
  sentences: Sentence[];
  articleOrder: string[];
  titles: Map<string, string>;
  reference: string;
}

/** Split every article of every story with the project's sentence splitter (no headings in NeuS). */
export function prepareStories(stories: NeusStory[]): PreparedStory[] {
  return stories.map((story) => ({
    sentences: story.articles.flatMap((a) => splitSentences(a.id, a.text, [])),
    articleOrder: story.articles.map((a) => a.id),
    titles: new Map(story.articles.map((a) => [a.id, a.title])),
    reference: story.reference,
  }));
}

/** A system: sentences of a prepared story in, summary sentences out. */
export type SummarySystem = (story: PreparedStory, words: number) => Sentence[];

/** Parallax's summary with the given options (defaults when none). */
export function parallaxSystem(overrides: Omit<SummaryOptions, 'words'> = {}): SummarySystem {
  return (story, words) =>
    summarize({ sentences: story.sentences, articleOrder: story.articleOrder, titles: story.titles }, { ...overrides, words }).map((p) => p.sentence);
}

/** The LexRank baseline. */
export const lexRankSystem: SummarySystem = (story, words) => summarizeLexRank(story.sentences, words);

/** The first-article baseline. */
export const firstArticleSystem: SummarySystem = (story, words) => summarizeFirstArticle(story.sentences, story.articleOrder[0], words);

/** ROUGE F1 (×100) of a system over stories, its mean milliseconds per story and mean words. */
export function evaluateSystem(system: SummarySystem, stories: PreparedStory[], words: number): { r1: number; r2: number; rL: number; msPerStory: number; meanWords: number } {
  const pairs: Array<{ candidate: string; reference: string }> = [];
  let totalWords = 0;
  const started = performance.now();
  const outputs = stories.map((story) => system(story, words));
  const elapsed = performance.now() - started;
  outputs.forEach((picked, i) => {
    const candidate = picked.map((s) => s.text).join(' ');
    totalWords += candidate.split(/\s+/).filter(Boolean).length;
    pairs.push({ candidate, reference: stories[i].reference });
  });
  return { ...scoreCorpus(pairs), msPerStory: elapsed / Math.max(1, stories.length), meanWords: totalWords / Math.max(1, stories.length) };
}
