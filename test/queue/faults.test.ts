/**
 * Faults on a real PostgreSQL server: a worker killed with SIGKILL in the middle of a batch
 * (another worker finishes its jobs: no article lost, none stored twice), and the server
 * restarted during an ingest (the workers reconnect and finish). The restart test runs a
 * throwaway cluster of its own (scripts/pg-throwaway.mjs), so it restarts nobody else's server.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { openQueue, closeQueue, queueNames, type Queue } from '../../adapters/queue/open-queue.js';
import { enqueueSources } from '../../adapters/queue/enqueue-sources.js';
import { countJobs } from '../../adapters/queue/count-jobs.js';
import { openPostgresStore } from '../../adapters/store/postgres/postgres-store.js';
import { createTestDatabase, pgSkip } from '../helpers/postgres.js';
import { countsOf, spawnWorker, testSettings, waitForIdle, writeArticleFiles } from './queue-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-faults-'));
// the throwaway cluster runs as `postgres` when we are root: it must be able to reach its folder
chmodSync(dir, 0o755);
const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** Wait until `ready` says so (polled every 10 ms); throws after `timeoutMs`. */
async function waitUntil(ready: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Every article stored once, every one in a story, every story counted once. */
async function checkStore(url: string, ids: readonly string[]): Promise<void> {
  const store = await openPostgresStore(url);
  try {
    const { rows } = await store.pool.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids, count(DISTINCT content_hash)::int AS texts FROM articles');
    assert.deepEqual(rows[0], { n: ids.length, ids: ids.length, texts: ids.length }, 'each article stored exactly once');
    assert.deepEqual((await store.getArticles(ids)).map((a) => a.id), [...ids], 'no article lost');
    assert.equal((await store.listUnclusteredHeads()).length, 0, 'every article in a story');
    assert.equal((await store.listStories()).reduce((n, s) => n + s.articleCount, 0), ids.length);
  } finally {
    await store.close();
  }
}

async function readCounts(queue: Queue) {
  return countsOf((await countJobs(queue)).counts, queueNames.read);
}

test('faults: a worker killed with SIGKILL mid-batch — another finishes its jobs, no article lost, none stored twice', { skip: pgSkip }, async () => {
  const db = await createTestDatabase('kill');
  cleanups.push(db.drop);
  const files = join(dir, 'kill');
  mkdirSync(files);
  const ids = writeArticleFiles(files, 'k', 150);
  const queue = await openQueue(db.url, { settings: testSettings });
  cleanups.push(() => closeQueue(queue));
  await enqueueSources(queue, [files], { cwd: dir, allowPrivate: false, timeoutMs: 5000 }, []);

  const first = spawnWorker(db.url, 2);
  // kill while it holds jobs: some reads done, at least one running
  await waitUntil(async () => {
    const c = await readCounts(queue);
    return c.done >= 5 && c.active >= 1;
  }, 60_000, 'the first worker to be mid-batch');
  first.child.kill('SIGKILL');
  await first.exited;
  const atKill = await readCounts(queue);
  assert.ok(atKill.active >= 1, `the killed worker left jobs running (${JSON.stringify(atKill)})`);
  assert.ok(atKill.waiting > 0, 'jobs were still waiting');

  const second = spawnWorker(db.url, 2);
  cleanups.push(() => void second.child.kill('SIGKILL'));
  const counts = await waitForIdle(queue, 90_000);
  second.child.kill('SIGTERM');
  await second.exited;
  assert.deepEqual(countsOf(counts, queueNames.read), { queue: queueNames.read, waiting: 0, active: 0, failed: 0, done: ids.length });
  await checkStore(db.url, ids);
});

const pgThrowaway = fileURLToPath(new URL('../../scripts/pg-throwaway.mjs', import.meta.url));

test('faults: PostgreSQL restarted during an ingest — the workers reconnect and finish', { skip: pgSkip }, async () => {
  const cluster = join(dir, 'cluster');
  const url = execFileSync(process.execPath, [pgThrowaway, 'start', cluster], { encoding: 'utf8' }).trim();
  cleanups.push(() => void execFileSync(process.execPath, [pgThrowaway, 'stop', cluster]));
  const files = join(dir, 'restart');
  mkdirSync(files);
  const ids = writeArticleFiles(files, 'r', 300);
  const queue = await openQueue(url, { settings: { ...testSettings, retryLimit: 6 } });
  cleanups.push(() => closeQueue(queue));
  await enqueueSources(queue, [files], { cwd: dir, allowPrivate: false, timeoutMs: 5000 }, []);

  const workers = [spawnWorker(url, 2), spawnWorker(url, 2)];
  for (const w of workers) cleanups.push(() => void w.child.kill('SIGKILL'));
  await waitUntil(async () => (await readCounts(queue)).done >= 10, 60_000, 'ten reads done');
  const { counts: before } = await countJobs(queue);
  execFileSync(process.execPath, [pgThrowaway, 'restart', cluster]);
  assert.ok(before.some((c) => c.waiting + c.active > 0), `the restart came in the middle of the work (${JSON.stringify(before)})`);
  const counts = await waitForIdle(queue, 120_000);
  for (const w of workers) assert.equal(w.child.exitCode, null, `a worker exited: ${w.stderr().slice(-2000)}`);
  for (const w of workers) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exited));
  assert.deepEqual(countsOf(counts, queueNames.read), { queue: queueNames.read, waiting: 0, active: 0, failed: 0, done: ids.length });
  await checkStore(url, ids);
});
