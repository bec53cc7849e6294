/**
 * What each job does. read: a source → validated articles → stored (ids already stored are
 * skipped, so a retried or twice-run job stores nothing twice) → an assign job queued.
 * assign: copies and stories brought up to date under the store's "stories" lock → a brief job
 * for each story that changed. brief: one story's new version, unless its latest covers its
 * current articles. Each throws when it cannot do its work, so pg-boss retries it.
 */
import type { HostRate } from '../fetch/index.js';
import { readSources } from '../ingest/read-sources.js';
import { prepareArticles } from '../../src/stages/articles/prepare-articles.js';
import type { ArticleInput } from '../../src/model/article.js';
import type { Report, ReportIssue } from '../../src/model/report.js';
import type { FeedState, Store } from '../store/store.js';
import { briefStory, updateStore } from '../store/update-store.js';
import { queueNames, type Queue } from './open-queue.js';
import type { ReadJobData } from './enqueue-sources.js';

/** What the job handlers share within one worker process. */
export interface JobContext {
  store: Store;
  queue: Queue;
  /** Paces requests per host across this process's jobs. */
  rate: HostRate;
  makeBrief: (articles: ArticleInput[], now: string) => Report;
  /** The current time, ISO 8601 (injected for tests). */
  now: () => string;
  log: (line: string) => void;
}

/** Data of a brief job. */
export interface BriefJobData {
  story: string;
}

/** Queue an assign run (a no-op when one is already waiting: the queue is stately). */
export async function requestAssign(queue: Queue, delaySeconds = queue.settings.assignDelaySeconds): Promise<void> {
  await queue.boss.send(queueNames.assign, {}, delaySeconds > 0 ? { startAfter: delaySeconds } : {});
}

/** Problems as one error message: "PARALLAX_INPUT_UNREADABLE: cannot read "x.bin": not text; …". */
function describeIssues(issues: readonly ReportIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `PARALLAX_${i.code}: ${i.message}`);
  return shown.join('; ') + (issues.length > 5 ? `; and ${issues.length - 5} more` : '');
}

/** Read one source and store its articles; fails (for a retry) when nothing usable came of it but problems. */
export async function runReadJob(ctx: JobContext, data: ReadJobData): Promise<{ read: number; added: number; issues: string[] }> {
  const now = data.now ?? ctx.now();
  const issues: ReportIssue[] = [];
  const feedStates: FeedState[] = [];
  const inputs = await readSources([data.source], {
    store: ctx.store, cwd: '/', allowPrivate: data.allowPrivate, timeoutMs: data.timeoutMs, now, issues, feedStates, rate: ctx.rate, log: ctx.log,
  });
  const articles = prepareArticles(inputs, issues);
  if (articles.length === 0 && issues.length > 0) throw new Error(describeIssues(issues));
  const added = await ctx.store.addArticles(
    articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, language: a.language, text: a.text })),
    now,
  );
  for (const state of feedStates) await ctx.store.saveFeedState(state);
  // also when nothing was new: a retry of a job whose first run stored its articles but died before this
  if (articles.length > 0) await requestAssign(ctx.queue);
  return { read: articles.length, added: added.length, issues: issues.map((i) => `PARALLAX_${i.code}: ${i.message}`) };
}

/** Bring copies and stories up to date; queue a brief for every story that changed. */
export async function runAssignJob(ctx: JobContext): Promise<{ stories: number; changed: number }> {
  const result = await updateStore(ctx.store, [], { now: ctx.now() });
  for (let start = 0; start < result.changed.length; start += 1000) {
    // one waiting brief per story (stately queue, story id as key): more changes join it
    await ctx.queue.boss.insert(result.changed.slice(start, start + 1000).map((story) => ({ name: queueNames.brief, data: { story }, singletonKey: story })));
  }
  return { stories: result.stories, changed: result.changed.length };
}

/** Save a new version of one story from its current articles, when they changed. */
export async function runBriefJob(ctx: JobContext, data: BriefJobData): Promise<{ made: boolean }> {
  return { made: await briefStory(ctx.store, data.story, ctx.makeBrief, ctx.now()) };
}
