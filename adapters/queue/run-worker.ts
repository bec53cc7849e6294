/**
 * `parallax worker`: take jobs from the queue and run them until stopped. N slots (the
 * concurrency) each loop: fetch work — up to 20 reads (stored in one write), else an assign run,
 * else one brief, so a backlog of reads is stored before stories are re-made from it — run it,
 * then mark each job done or failed with its error. A job whose worker dies stays active until its time limit, then one
 * of the workers' sweeps hands it out again; pg-boss retries a failed job with backoff and
 * ends it as failed after its last retry. Beside the slots, a poller turns due feed
 * subscriptions into read jobs.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { queueNames, type QueueName } from './open-queue.js';
import { requestAssign, runAssignJob, runBriefJob, runReadJobs, type BriefJobData, type JobContext } from './jobs.js';
import type { ReadJobData } from './enqueue-sources.js';

/** Options of runWorker. */
export interface WorkerOptions {
  /** Jobs run at once in this process. Default 4 (reads wait on the network; briefs share one core). */
  concurrency?: number;
  /** Read jobs a slot takes at once (stored in one write). Default 20. */
  readBatch?: number;
  /** Milliseconds an idle slot waits before looking again. Default 500. */
  pollMs?: number;
  /** Stops the loops: running jobs finish, no new one starts. */
  signal: AbortSignal;
  /** Milliseconds between two looks for due feed subscriptions. Default 5000. */
  feedCheckMs?: number;
  /** Per-URL time limit of the read jobs made for due feeds. Default 15000. */
  feedTimeoutMs?: number;
  /** Called after each job. Default none. */
  onJob?: (event: { queue: QueueName; id: string; ok: boolean; ms: number; error?: string }) => void;
}

/** What a worker did. */
export interface WorkerStats {
  done: number;
  failed: number;
}

/** The order slots look for work. */
const fetchOrder: QueueName[] = [queueNames.read, queueNames.assign, queueNames.brief];

/** The next jobs of the first queue that has any: up to `readBatch` reads, or one assign or brief job. */
async function fetchNext(boss: PgBoss, readBatch: number): Promise<PgBoss.Job<object>[]> {
  for (const name of fetchOrder) {
    // pg-boss's fetch answers [] when the database cannot be reached: an idle loop, not a crash
    const jobs = await boss.fetch<object>(name, { batchSize: name === queueNames.read ? readBatch : 1 });
    if (jobs.length) return jobs;
  }
  return [];
}

async function runJob(ctx: JobContext, job: PgBoss.Job<object>): Promise<object> {
  if (job.name === queueNames.assign) return runAssignJob(ctx);
  if (job.name === queueNames.brief) return runBriefJob(ctx, job.data as BriefJobData);
  throw new Error(`PARALLAX_UNKNOWN_JOB: no handler for queue "${job.name}"`);
}

/** Run jobs until `options.signal` aborts; resolves when every slot has stopped. */
export async function runWorker(ctx: JobContext, options: WorkerOptions): Promise<WorkerStats> {
  const stats: WorkerStats = { done: 0, failed: 0 };
  const { boss } = ctx.queue;
  const pollMs = options.pollMs ?? 500;
  // articles a crashed run stored but never assigned get their assign run now
  await requestAssign(ctx.queue, 0).catch((error: Error) => ctx.log(`cannot queue an assign run: ${error.message}`));
  const report = (job: PgBoss.Job<object>, started: number, error?: string) => {
    if (error === undefined) stats.done++;
    else stats.failed++;
    options.onJob?.({ queue: job.name as QueueName, id: job.id, ok: error === undefined, ms: Date.now() - started, ...(error === undefined ? {} : { error }) });
  };
  // when marking fails too (the database is down), the job's time limit brings it back
  const fail = (job: PgBoss.Job<object>, message: string) => boss.fail(job.name, job.id, { message }).catch(() => undefined);
  const slot = async () => {
    while (!options.signal.aborted) {
      const jobs = await fetchNext(boss, options.readBatch ?? 20).catch(() => []);
      if (jobs.length === 0) {
        await sleep(pollMs, undefined, { signal: options.signal }).catch(() => undefined);
        continue;
      }
      const started = Date.now();
      if (jobs[0].name === queueNames.read) {
        const outcomes = await runReadJobs(ctx, jobs.map((j) => ({ id: j.id, data: j.data as ReadJobData })));
        const done = jobs.filter((_, i) => outcomes[i].ok);
        if (done.length) {
          try {
            await boss.complete(queueNames.read, done.map((j) => j.id));
          } catch (error) {
            for (const j of done) await fail(j, (error as Error).message);
          }
        }
        for (const [i, outcome] of outcomes.entries()) {
          if (!outcome.ok) await fail(jobs[i], outcome.error);
          report(jobs[i], started, outcome.ok ? undefined : outcome.error);
        }
        continue;
      }
      const [job] = jobs;
      try {
        const output = await runJob(ctx, job);
        await boss.complete(job.name, job.id, output);
        report(job, started);
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        await fail(job, message);
        report(job, started, message);
      }
    }
  };
  // due feeds become read jobs; each worker looks, the store's claim hands each due feed to one
  const pollFeeds = async () => {
    while (!options.signal.aborted) {
      try {
        const due = await ctx.store.claimDueSubscriptions(ctx.now(), 100);
        if (due.length) {
          const data = (s: (typeof due)[number]): ReadJobData => ({ source: s.url, allowPrivate: s.allowPrivate, timeoutMs: options.feedTimeoutMs ?? 15_000 });
          await boss.insert(due.map((s) => ({ name: queueNames.read, data: data(s) })));
          ctx.log(`polling ${due.length} due feed${due.length === 1 ? '' : 's'}`);
        }
      } catch (error) {
        ctx.log(`cannot poll feeds: ${(error as Error).message}`);
      }
      await sleep(options.feedCheckMs ?? 5000, undefined, { signal: options.signal }).catch(() => undefined);
    }
  };
  await Promise.all([...Array.from({ length: Math.max(1, options.concurrency ?? 4) }, slot), pollFeeds()]);
  return stats;
}
