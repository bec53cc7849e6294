/**
 * Feed subscriptions: `parallax feeds add/list/remove`; with SQLite, `ingest --watch` polls them;
 * with PostgreSQL, workers do. Both send the stored ETag on the next poll and keep to the
 * private-address guard unless the subscription allows it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { feedsCommand, parseInterval } from '../../apps/cli/commands/feeds.js';
import { openSqliteStore } from '../../adapters/store/index.js';
import { openPostgresStore } from '../../adapters/store/postgres/postgres-store.js';
import { openQueue, closeQueue } from '../../adapters/queue/open-queue.js';
import { runWorker } from '../../adapters/queue/run-worker.js';
import { HostRate } from '../../adapters/fetch/index.js';
import { makeStoryBrief } from '../../adapters/ingest/store-articles.js';
import { fakeIo } from '../helpers/fake-io.js';
import { createTestDatabase, pgSkip } from '../helpers/postgres.js';
import { testSettings } from './queue-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-feeds-'));
let server: http.Server;
let feedUrl = '';
const requests: { conditional: boolean }[] = [];
before(async () => {
  server = http.createServer((req, res) => {
    requests.push({ conditional: req.headers['if-none-match'] === '"v1"' });
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/feed+json', etag: '"v1"' });
    res.end(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: 'Harbour Post',
      items: [{ id: '1', url: '/ferry', title: 'Ferry crews strike in Kessel', content_text: 'Ferry crews in Kessel walked out on Monday over pay, stopping every crossing to the islands.' }],
    }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function feeds(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = fakeIo(dir);
  const code = await feedsCommand.run(args, io);
  return { code, out: out(), err: err() };
}

async function waitFor(ready: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

test('feeds: intervals read as seconds', () => {
  assert.deepEqual(['30s', '15m', '2h', '1d'].map(parseInterval), [30, 900, 7200, 86_400]);
  for (const bad of ['0s', '15', 'm', '1w', '-5m']) assert.throws(() => parseInterval(bad), /INVALID_OPTION/);
});

test('feeds: add, list, update and remove, stored in the database', async () => {
  const db = join(dir, 'list.db');
  assert.match((await feeds(['add', 'https://example.org/rss', '--db', db])).out, /following https:\/\/example.org\/rss, every 15m/);
  assert.match((await feeds(['add', 'https://example.org/rss', '--every', '2h', '--db', db])).out, /updated .* every 2h/);
  assert.match((await feeds(['list', '--db', db])).out, /https:\/\/example.org\/rss {2}every 2h {2}next /);
  assert.equal((await feeds(['remove', 'https://example.org/rss', '--db', db])).code, 0);
  assert.equal((await feeds(['remove', 'https://example.org/rss', '--db', db])).code, 1);
  assert.match((await feeds(['list', '--db', db])).out, /no feeds yet/);
  await assert.rejects(feeds(['add', 'ftp://example.org/x', '--db', db]), /INVALID_OPTION/);
});

test('feeds: ingest --watch (SQLite) polls a due feed, then asks again with its ETag', async () => {
  const db = join(dir, 'watch.db');
  await feeds(['add', feedUrl, '--every', '1s', '--db', db]);
  await feeds(['add', 'http://127.0.0.1:9/private.xml', '--every', '1s', '--db', db]); // no --allow-private: refused
  await feeds(['add', feedUrl, '--every', '1s', '--allow-private', '--db', db]);
  const before = requests.length;
  const runner = fileURLToPath(new URL('../store/fixtures/run-cli.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', runner, 'ingest', '--watch', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  try {
    await waitFor(async () => requests.slice(before).some((r) => r.conditional), 30_000, 'a second, conditional poll');
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
  }
  assert.equal(child.exitCode, 0, stderr);
  assert.match(stderr, /127\.0\.0\.1:9.*(private|loopback)/i, 'the feed without --allow-private is refused');
  const store = openSqliteStore(db);
  assert.deepEqual((await store.listArticles()).map((a) => a.title), ['Ferry crews strike in Kessel']);
  assert.equal((await store.listStories()).length, 1);
  await store.close();
});

test('feeds: workers (PostgreSQL) poll due feeds once each, with the ETag the second time', { skip: pgSkip }, async () => {
  const db = await createTestDatabase('feeds');
  await feeds(['add', feedUrl, '--every', '1s', '--allow-private', '--db', db.url]);
  const queue = await openQueue(db.url, { settings: testSettings });
  const store = await openPostgresStore(db.url);
  const stop = new AbortController();
  const before = requests.length;
  try {
    const ctx = { store, queue, rate: new HostRate(0), makeBrief: makeStoryBrief, now: () => new Date().toISOString(), log: () => undefined };
    // two workers: each due poll is claimed by one of them
    const workers = [1, 2].map(() => runWorker(ctx, { concurrency: 1, signal: stop.signal, pollMs: 100, feedCheckMs: 200 }));
    await waitFor(async () => requests.slice(before).some((r) => r.conditional) && (await store.countArticles()) === 1, 30_000, 'the feed stored, then polled with its ETag');
    stop.abort();
    await Promise.all(workers);
    assert.equal(requests.slice(before).filter((r) => !r.conditional).length, 1, 'fetched in full once');
    assert.equal((await store.getFeedState(feedUrl))?.etag, '"v1"');
  } finally {
    stop.abort();
    await closeQueue(queue);
    await store.close();
    await db.drop();
  }
});
