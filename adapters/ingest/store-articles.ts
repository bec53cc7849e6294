/**
 * Article inputs → the store: validate them, add the new ones, mark copies, re-cluster stories
 * and save a new version (with its brief) of every story that changed. Shared by `parallax ingest`
 * and `POST /api/articles`.
 */
import type { ArticleInput } from '../../src/model/article.js';
import type { Report, ReportIssue } from '../../src/model/report.js';
import { analyzeSync } from '../../src/pipeline.js';
import { prepareArticles } from '../../src/stages/articles/prepare-articles.js';
import { updateStore, type UpdateOptions, type UpdateResult } from '../store/update-store.js';
import type { Store } from '../store/store.js';

/** Options of storeArticles. */
export interface StoreArticlesOptions {
  /** The time recorded for this run (ISO 8601). */
  now: string;
  /** Make a brief (a story version) for every changed story. Default true. */
  makeBriefs?: boolean;
  /** Progress of the update steps, as updateStore reports it. Default none. */
  onProgress?: UpdateOptions['onProgress'];
}

/** What storeArticles did: updateStore's result and how many inputs were usable articles. */
export interface StoreArticlesResult extends UpdateResult {
  usable: number;
}

/** The brief of one story's articles, dated `now`: what every stored story version holds. */
export function makeStoryBrief(articles: ArticleInput[], now: string): Report {
  return analyzeSync(articles, { generatedAt: now });
}

/** Validate and store article inputs; problems with single articles are added to `issues`. */
export async function storeArticles(
  store: Store,
  inputs: readonly ArticleInput[],
  issues: ReportIssue[],
  options: StoreArticlesOptions,
): Promise<StoreArticlesResult> {
  const articles = prepareArticles(inputs, issues);
  const makeBrief = options.makeBriefs === false ? undefined : makeStoryBrief;
  const result = await updateStore(store, articles, { now: options.now, makeBrief, onProgress: options.onProgress });
  return { ...result, usable: articles.length };
}
