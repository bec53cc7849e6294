/**
 * The queue on a real PostgreSQL server: jobs go read → assign → brief; poison inputs end as
 * failed jobs with their errors and block nothing; `ingest --queue`, `worker` and `jobs` as
 * commands. (Killed workers and a restarted server: faults.test.ts.)
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openQueue, closeQueue, queueNames } from '../../adapters/queue/open-queue.js';
import { enqueueSources } from '../../adapters/queue/enqueue-sources.js';
import { runWorker } from '../../adapters/queue/run-worker.js';
import { countJobs } from '../../adapters/queue/count-jobs.js';
import { openPostgresStore } from '../../adapters/store/postgres/postgres-store.js';
import { HostRate } from '../../adapters/fetch/index.js';
import { makeStoryBrief } from '../../adapters/ingest/store-articles.js';
import { ingestCommand } from '../../apps/cli/commands/ingest.js';
import { jobsCommand } from '../../apps/cli/commands/jobs.js';
import { storiesCommand } from '../../apps/cli/commands/stories.js';
import { fakeIo } from '../helpers/fake-io.js';
import { createTestDatabase, pgSkip } from '../helpers/postgres.js';
import { countsOf, testSettings, waitForIdle, writeArticleFiles, spawnWorker } from './queue-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-queue-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const drops: (() => Promise<void>)[] = [];
after(async () => {
  for (const drop of drops) await drop();
});

test('queue: poison inputs (binary, 50 MB, a broken feed) end as one failed job each, with their errors; the rest is stored, grouped and briefed', { skip: pgSkip }, async () => {
  const db = await createTestDatabase('poison');
  drops.push(db.drop);
  const files = join(dir, 'poison');
  rmSync(files, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(files);
  const ids = writeArticleFiles(files, 'p', 12);
  writeFileSync(join(files, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  const big = openSync(join(files, 'huge.txt'), 'w');
  ftruncateSync(big, 50 * 1024 * 1024);
  closeSync(big);
  // a feed file whose bytes are corrupt (a cut-off gzip stream): neither a feed nor an article
  writeFileSync(join(files, 'broken.rss'), Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 91) % 256))]));

  const queue = await openQueue(db.url, { settings: testSettings });
  const store = await openPostgresStore(db.url);
  const stop = new AbortController();
  try {
    assert.equal(await enqueueSources(queue, [files], { cwd: dir, allowPrivate: false, timeoutMs: 5000 }, []), 15);
    const worker = runWorker(
      { store, queue, rate: new HostRate(0), makeBrief: makeStoryBrief, now: () => '2024-07-01T00:00:00.000Z', log: () => undefined },
      { concurrency: 2, signal: stop.signal, pollMs: 100 },
    );
    const counts = await waitForIdle(queue, 60_000);
    stop.abort();
    await worker;
    assert.deepEqual(countsOf(counts, queueNames.read), { queue: queueNames.read, waiting: 0, active: 0, failed: 3, done: 12 });
    const { errors } = await countJobs(queue, 20);
    const failed = errors.filter((e) => e.state === 'failed');
    assert.deepEqual(failed.map((e) => e.subject.slice(files.length + 1)).sort(), ['binary.txt', 'broken.rss', 'huge.txt']);
    assert.match(failed.find((e) => e.subject.endsWith('binary.txt'))!.message, /PARALLAX_INPUT_BINARY/);
    assert.match(failed.find((e) => e.subject.endsWith('huge.txt'))!.message, /PARALLAX_/);
    assert.match(failed.find((e) => e.subject.endsWith('broken.rss'))!.message, /PARALLAX_/);
    // each failed job ran its first try and its retries, then stopped
    const tries = await queue.boss.getDb().executeSql("SELECT retry_count FROM pgboss.job WHERE name = $1 AND state = 'failed'", [queueNames.read]);
    assert.deepEqual(tries.rows.map((r) => r.retry_count), [2, 2, 2]);
    assert.equal(await store.countArticles(), ids.length);
    assert.deepEqual((await store.listUnclusteredHeads()).length, 0, 'every stored article is in a story');
    const stories = await store.listStories();
    assert.equal(stories.reduce((n, s) => n + s.articleCount, 0), ids.length);
    for (const s of stories) assert.ok(await store.getStoryVersion(s.id), `story ${s.id} has a brief`);
  } finally {
    stop.abort();
    await closeQueue(queue);
    await store.close();
  }
});

test('queue: ingest --queue returns at once; a worker process stores, groups and briefs; jobs shows the counts', { skip: pgSkip }, async () => {
  const db = await createTestDatabase('cli');
  drops.push(db.drop);
  const files = join(dir, 'cli');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(files, { recursive: true });
  writeArticleFiles(files, 'c', 8);
  const queue = await openQueue(db.url, { settings: testSettings });
  try {
    const ingest = fakeIo(dir);
    assert.equal(await ingestCommand.run(['cli', '--db', db.url, '--queue'], ingest.io), 0);
    assert.match(ingest.out(), /queued 8 read jobs/);
    const before = fakeIo(dir);
    assert.equal(await jobsCommand.run(['--db', db.url, '--format', 'json'], before.io), 0);
    assert.equal(countsOf(JSON.parse(before.out()).counts, queueNames.read).waiting, 8, 'nothing ran yet');
    const worker = spawnWorker(db.url);
    await waitForIdle(queue, 60_000);
    worker.child.kill('SIGTERM');
    await worker.exited;
    assert.match(worker.stderr(), /stopped: \d+ jobs done, 0 failed/);
    const jobs = fakeIo(dir);
    assert.equal(await jobsCommand.run(['--db', db.url], jobs.io), 0);
    assert.match(jobs.out(), /parallax-read\s+0\s+0\s+0\s+8/);
    const stories = fakeIo(dir);
    assert.equal(await storiesCommand.run(['--db', db.url, '--format', 'json'], stories.io), 0);
    assert.equal((JSON.parse(stories.out()) as { articleCount: number }[]).reduce((n, s) => n + s.articleCount, 0), 8);
    const sqlite = fakeIo(dir);
    await assert.rejects(ingestCommand.run(['cli', '--db', join(dir, 'x.db'), '--queue'], sqlite.io), /needs a PostgreSQL store/);
  } finally {
    await closeQueue(queue);
  }
});
