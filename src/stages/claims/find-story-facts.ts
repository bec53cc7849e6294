/**
 * Facts of every sentence of a story, with relative dates resolved against the article's
 * `published` date when known, otherwise against the date the story's articles agree on
 * (inferred from the days they write out and the weekdays they name; else the most common
 * published day among the other articles).
 * Example: a seed article says "On June 18", others "on Sunday"; with no published dates the
 * story date is 2023-06-18 and "on Sunday" resolves to it.
 */
import type { Fact } from '../../model/fact.js';
import type { Sentence } from '../../model/text.js';
import { findDates, inferStoryDate, type DateMention } from '../dates/index.js';
import { findFacts } from '../facts/index.js';
import { compareText } from '../../compare-text.js';

/** One article's sentences and date, as findStoryFacts needs them. */
export interface DatedArticle {
  id: string;
  published: string | null;
  sentences: Sentence[];
}

/** The day undated articles are read against: inferred only when some article has no published date. */
export function storyReference(articles: DatedArticle[]): string | null {
  return articles.some((a) => !a.published) ? inferReference(articles) : null;
}

/**
 * Sentence id → facts found in it. Pass `storyDate` when the caller already has it (from
 * storyReference): inferring it reads every date of the story again.
 */
export function findStoryFacts(articles: DatedArticle[], storyDate: string | null = storyReference(articles)): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const article of articles) {
    const reference = article.published ?? storyDate;
    const isStoryReference = !article.published && storyDate !== null;
    for (const sentence of article.sentences) {
      const facts = findFacts(sentence, { reference, isStoryReference });
      if (facts.length) out.set(sentence.id, facts);
    }
  }
  return out;
}

/** The story's reference day for articles without a published date (ISO day), or null. */
export function inferReference(articles: DatedArticle[]): string | null {
  const mentions: DateMention[][] = articles.map((a) =>
    a.sentences.flatMap((s) =>
      findDates(s.text, { date: null }).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })),
    ),
  );
  const inferred = inferStoryDate(mentions);
  if (inferred) return inferred;
  const days = new Map<string, number>();
  for (const a of articles) if (a.published) days.set(a.published.slice(0, 10), (days.get(a.published.slice(0, 10)) ?? 0) + 1);
  const ranked = [...days].sort((x, y) => y[1] - x[1] || compareText(y[0], x[0]));
  return ranked[0]?.[0] ?? null;
}
