/**
 * `npm run bench -- workers`: the same invented articles (bench/cluster-scale-data.ts; 20,000 by
 * default, PARALLAX_BENCH_ARTICLES to change) ingested from files three ways, each with briefs:
 * in one process into SQLite (the reference), and through the PostgreSQL queue with 1 and with 2
 * `parallax worker` processes (2 jobs at once each). Prints articles/s of each and B-cubed of
 * each queue run's stories against the reference's stories (target ≥ 0.99) and against the seed
 * stories. Needs PostgreSQL: PARALLAX_TEST_PG, else a throwaway cluster it starts itself; uses
 * the compiled CLI (`npm run build` first).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openSqliteStore, updateStore } from '../adapters/store/index.js';
import { openPostgresStore } from '../adapters/store/postgres/postgres-store.js';
import { openQueue, closeQueue } from '../adapters/queue/open-queue.js';
import { enqueueSources } from '../adapters/queue/enqueue-sources.js';
import { countJobs } from '../adapters/queue/count-jobs.js';
import { makeStoryBrief } from '../adapters/ingest/store-articles.js';
import type { Store } from '../adapters/store/store.js';
import { loadSeeds, makeArticles } from './cluster-scale-data.js';
import { scoreBCubed } from './cluster-score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const pgThrowaway = join(root, 'scripts', 'pg-throwaway.mjs');

/** Story → its article ids, read from a store. */
async function storiesOf(store: Store): Promise<string[][]> {
  const clusters = new Map<string, string[]>();
  for (const h of await store.listArticleHeads()) {
    const key = h.story ?? `alone:${h.id}`;
    clusters.set(key, [...(clusters.get(key) ?? []), h.id]);
  }
  return [...clusters.values()];
}

/** Labels (article → story) of a clustering, to score another against. */
function labelsOf(clusters: string[][]): Map<string, string> {
  return new Map(clusters.flatMap((c, i) => c.map((id) => [id, String(i)] as const)));
}

/** A fresh database on the server, by name; its URL. */
async function freshDatabase(base: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Run `workers` worker processes over the queued files until every queue is idle; seconds taken. */
async function runQueue(url: string, files: string, workers: number): Promise<{ seconds: number; enqueueSeconds: number }> {
  const queue = await openQueue(url, { supervise: false });
  try {
    const queued = performance.now();
    await enqueueSources(queue, [files], { cwd: files, allowPrivate: false, timeoutMs: 15_000 }, []);
    const enqueueSeconds = (performance.now() - queued) / 1000;
    const started = performance.now();
    const children = Array.from({ length: workers }, () => spawn(process.execPath, [bin, 'worker', '--db', url, '--concurrency', '2', '--quiet'], { stdio: 'ignore' }));
    try {
      for (let idle = 0; idle < 3; ) {
        await sleep(500);
        const { counts } = await countJobs(queue);
        idle = counts.length > 0 && counts.every((c) => c.waiting + c.active === 0) ? idle + 1 : 0;
      }
      return { seconds: (performance.now() - started) / 1000 - 1, enqueueSeconds };
    } finally {
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.on('exit', resolve)))));
    }
  } finally {
    await closeQueue(queue);
  }
}

export async function run(): Promise<void> {
  const seeds = loadSeeds();
  if (!seeds) return console.log('skipped (../shared data absent)');
  const size = Number(process.env.PARALLAX_BENCH_ARTICLES ?? 20_000);
  const dir = mkdtempSync(join(tmpdir(), 'parallax-workers-'));
  chmodSync(dir, 0o755);
  let base = process.env.PARALLAX_TEST_PG;
  const ownCluster = !base;
  try {
    if (!base) {
      try {
        base = execFileSync(process.execPath, [pgThrowaway, 'start', join(dir, 'cluster')], { encoding: 'utf8' }).trim();
      } catch (error) {
        return console.log(`skipped (no PostgreSQL: ${(error as Error).message.split('\n')[0]})`);
      }
    }
    const articles = makeArticles(seeds, size);
    const files = join(dir, 'articles');
    mkdirSync(files);
    for (const a of articles) writeFileSync(join(files, `${a.id}.json`), JSON.stringify({ id: a.id, title: a.title, source: a.source, published: a.published, text: a.text }));
    const gold = new Map(articles.map((a) => [a.id, a.gold]));

    // the reference: one process, SQLite, the whole batch at once
    const sqlite = openSqliteStore(join(dir, 'reference.db'));
    let t = performance.now();
    await updateStore(sqlite, articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: null, published: a.published, language: 'en', text: a.text })), {
      now: '2024-02-01T00:00:00Z', makeBrief: makeStoryBrief,
    });
    const refSeconds = (performance.now() - t) / 1000;
    const reference = await storiesOf(sqlite);
    await sqlite.close();
    const refLabels = labelsOf(reference);
    const refGold = scoreBCubed(reference, gold);

    console.log(`${size.toLocaleString('en')} articles from files, briefs included; B-cubed F1 against the one-process SQLite run and against the seed stories`);
    console.log('| run | seconds | articles/s | ×1 worker | stories | F1 vs SQLite run | F1 vs seeds |');
    console.log('|---|---|---|---|---|---|---|');
    console.log(`| one process, SQLite (reference) | ${refSeconds.toFixed(1)} | ${(size / refSeconds).toFixed(0)} | | ${reference.length} | 1.000 | ${refGold.f1.toFixed(3)} |`);
    let one = 0;
    for (const workers of [1, 2]) {
      const url = await freshDatabase(base, `bench_workers_${workers}`);
      t = performance.now();
      const { seconds, enqueueSeconds } = await runQueue(url, files, workers);
      const store = await openPostgresStore(url);
      const stories = await storiesOf(store);
      const stored = await store.countArticles();
      await store.close();
      const rate = size / seconds;
      if (workers === 1) one = rate;
      const vsRef = scoreBCubed(stories, refLabels);
      console.log(
        `| queue, PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''} × 2 jobs | ${seconds.toFixed(1)} (+${enqueueSeconds.toFixed(1)} to enqueue) | ${rate.toFixed(0)} | ${(rate / one).toFixed(2)} | ` +
          `${stories.length}${stored === size ? '' : ` (${stored} stored!)`} | ${vsRef.f1.toFixed(3)} (P ${vsRef.precision.toFixed(3)} R ${vsRef.recall.toFixed(3)}) | ${scoreBCubed(stories, gold).f1.toFixed(3)} |`,
      );
    }
  } finally {
    if (ownCluster) {
      try {
        execFileSync(process.execPath, [pgThrowaway, 'stop', join(dir, 'cluster')]);
      } catch {
        // not started
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
