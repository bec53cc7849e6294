/**
 * The brief of a stored story: its latest version's report, or — for a story stored without
 * briefs (`ingest --no-briefs`) — one made now from its articles.
 */
import type { ArticleInput } from '../../src/model/article.js';
import type { Report } from '../../src/model/report.js';
import type { Store } from './store.js';
import { toArticleInput } from './update-store.js';

/** A story's brief and the version it came from (null: made now, not stored). */
export interface StoryBrief {
  report: Report;
  version: number | null;
}

/**
 * Read a story's brief; `makeBrief` (analyze, injected so the store does not depend on the
 * pipeline) is called only when no version holds a report. Null when the story has no articles.
 */
export async function readStoryBrief(store: Store, id: string, makeBrief: (articles: ArticleInput[]) => Report): Promise<StoryBrief | null> {
  const version = await store.getStoryVersion(id);
  if (version?.report) return { report: JSON.parse(version.report) as Report, version: version.version };
  const articles = await store.listArticles({ story: id });
  if (articles.length === 0) return null;
  return { report: makeBrief(articles.map(toArticleInput)), version: null };
}
