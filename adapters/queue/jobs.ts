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

/** How one read job of a batch ended: done (with what it stored) or failed (with its error). */
export type ReadOutcome = { id: string; ok: true; read: number; added: number; issues: string[] } | { id: string; ok: false; error: string };

/**
 * Read a batch of sources and store their articles in one write per ingest time: one job a
 * statement would make the database round trips, not the reading, the limit. A job fails alone
 * (for a retry) when nothing usable came of it but problems; when storing fails, every job
 * that had articles fails with that error.
 */
export async function runReadJobs(ctx: JobContext, jobs: readonly { id: string; data: ReadJobData }[]): Promise<ReadOutcome[]> {
  const read: { id: string; now: string; articles: ReturnType<typeof prepareArticles>; issues: ReportIssue[] }[] = [];
  const outcomes = new Map<string, ReadOutcome>();
  const feedStates: FeedState[] = [];
  for (const job of jobs) {
    const now = job.data.now ?? ctx.now();
    const issues: ReportIssue[] = [];
    try {
      const inputs = await readSources([job.data.source], {
        store: ctx.store, cwd: '/', allowPrivate: job.data.allowPrivate, timeoutMs: job.data.timeoutMs, now, issues, feedStates, rate: ctx.rate, log: ctx.log,
      });
      const articles = prepareArticles(inputs, issues);
      if (articles.length === 0 && issues.length > 0) outcomes.set(job.id, { id: job.id, ok: false, error: describeIssues(issues) });
      else read.push({ id: job.id, now, articles, issues });
    } catch (error) {
      outcomes.set(job.id, { id: job.id, ok: false, error: (error as Error).message });
    }
  }
  try {
    const byNow = new Map<string, typeof read>();
    for (const r of read) byNow.set(r.now, [...(byNow.get(r.now) ?? []), r]);
    const added = new Set<string>();
    for (const [now, group] of byNow) {
      const articles = group.flatMap((r) => r.articles)
        .map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, language: a.language, text: a.text }));
      for (const id of await ctx.store.addArticles(articles, now)) added.add(id);
    }
    for (const state of feedStates) await ctx.store.saveFeedState(state);
    // also when nothing was new: a retry of a job whose first run stored its articles but died before this
    if (read.some((r) => r.articles.length > 0)) await requestAssign(ctx.queue);
    for (const r of read) {
      outcomes.set(r.id, {
        id: r.id, ok: true, read: r.articles.length, added: r.articles.filter((a) => added.has(a.id)).length,
        issues: r.issues.map((i) => `PARALLAX_${i.code}: ${i.message}`),
      });
    }
  } catch (error) {
    for (const r of read) outcomes.set(r.id, { id: r.id, ok: false, error: (error as Error).message });
  }
  return jobs.map((j) => outcomes.get(j.id)!);
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
