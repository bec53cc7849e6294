/**
 * Serve bench: GET /api/stories/:id of `parallax serve` at 100 concurrent connections
 * (autocannon) over a store of 10,000 articles recombined from real sentences in ../shared
 * (bench/cluster-scale-data.ts), beside a bare node:http server answering the same paths with
 * the same precomputed JSON, in the same run. Prints requests/s, p50/p99 latency and the ratio.
 * Each server runs in its own process (bench/serve-target.ts); the load generator in this one.
 * The two are loaded in alternating rounds and the median round of each is reported, so that a
 * load spike from elsewhere on a shared machine hits both alike.
 * Then, with PostgreSQL (PARALLAX_TEST_PG, else a throwaway cluster when initdb is at hand), the
 * same store copied into it and served by two `parallax serve` processes at once, half the
 * connections each: the figures of many servers on one store beside the one SQLite server.
 * Sizes by env: PARALLAX_SERVE_ARTICLES (10000), PARALLAX_SERVE_SECONDS per round (5),
 * PARALLAX_SERVE_ROUNDS (3).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { openSqliteStore, updateStore, claimsOfReport, toArticleInput, type SqliteStore, type Store } from '../adapters/store/index.js';
import { openPostgresStore } from '../adapters/store/postgres/postgres-store.js';
import { makeStoryBrief } from '../adapters/ingest/store-articles.js';
import { loadSeeds, makeArticles } from './cluster-scale-data.js';
import { renderJson } from '../src/report/render-json.js';
import type { Report } from '../src/model/report.js';

const articleCount = Number(process.env.PARALLAX_SERVE_ARTICLES ?? 10_000);
const seconds = Number(process.env.PARALLAX_SERVE_SECONDS ?? 5);
const rounds = Number(process.env.PARALLAX_SERVE_ROUNDS ?? 3);
const connections = 100;
/** Stories requested in turn in each scenario (each connection cycles through them). */
const storiesHit = 20;

/** Two sets of stories to request: typical ones (evenly spread over the stories of two or more articles) and the largest. */
interface Scenarios {
  typical: string[];
  largest: string[];
}

/** Pick `storiesHit` items spread evenly over a list: the middle of each of `storiesHit` equal slices (not the first, the largest). */
function spread<T>(list: T[]): T[] {
  if (list.length <= storiesHit) return list;
  return Array.from({ length: storiesHit }, (_, i) => list[Math.floor(((i + 0.5) * list.length) / storiesHit)]);
}

/** Store the articles, cluster them, and save a brief for every story either scenario requests. */
async function buildStore(store: SqliteStore): Promise<Scenarios> {
  const seeds = loadSeeds()!;
  const articles = makeArticles(seeds, articleCount);
  await updateStore(
    store,
    articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: null, published: a.published, language: 'en', text: a.text })),
    { now: '2024-02-01T00:00:00Z' },
  );
  const bySize = (await store.listStories()).sort((a, b) => b.articleCount - a.articleCount || (a.id < b.id ? -1 : 1));
  const scenarios: Scenarios = {
    typical: spread(bySize.filter((s) => s.articleCount >= 2)).map((s) => s.id),
    largest: bySize.slice(0, storiesHit).map((s) => s.id),
  };
  for (const id of new Set([...scenarios.typical, ...scenarios.largest])) {
    const members = await store.listArticles({ story: id });
    const report = makeStoryBrief(members.map(toArticleInput), '2024-02-01T00:00:00Z');
    await store.addStoryVersion({
      story: id, createdAt: '2024-02-01T00:00:00Z', articles: members.map((a) => a.id).sort(), conflicts: report.conflicts.length,
      report: JSON.stringify(report), claims: claimsOfReport(report),
    });
  }
  return scenarios;
}

/** Start a bench target and wait for its port. */
function startTarget(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const script = fileURLToPath(new URL('./serve-target.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const port = /READY (\d+)/u.exec(out)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.once('exit', (code) => reject(new Error(`bench target ${args[0]} exited with ${code}`)));
  });
}

async function stopTarget(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
}

/** One round of load against a port (or several at once, the connections shared out: requests/s summed, latencies the worst). */
async function load(port: number | number[], paths: string[], duration: number): Promise<Figures> {
  const ports = Array.isArray(port) ? port : [port];
  const results = await Promise.all(ports.map((p) =>
    autocannon({ url: `http://127.0.0.1:${p}`, connections: Math.round(connections / ports.length), duration, requests: paths.map((path) => ({ path })) })));
  return {
    rps: results.reduce((n, r) => n + r.requests.average, 0),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    bad: results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
  };
}

/** The round with the median requests/s. */
function median(list: Figures[]): Figures {
  return [...list].sort((a, b) => a.rps - b.rps)[Math.floor(list.length / 2)];
}

function show(name: string, f: Figures): string {
  return `${name.padEnd(28)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${f.p50.toFixed(1).padStart(5)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms${f.bad ? `   ${f.bad} failed` : ''}`;
}

/** Load both servers with GETs of the given stories in alternating rounds; print the median rounds and the ratio. */
async function compare(name: string, ids: string[], ports: { parallax: number | number[]; peer: number }, sizes: Map<string, number>, label = 'parallax serve (Hono)'): Promise<void> {
  const paths = ids.map((id) => `/api/stories/${encodeURIComponent(id)}`);
  const kb = ids.map((id) => sizes.get(id)! / 1024);
  const mean = kb.reduce((a, b) => a + b, 0) / kb.length;
  console.log(`\n${name}: ${ids.length} stories, briefs of ${Math.min(...kb).toFixed(0)}–${Math.max(...kb).toFixed(0)} KB (mean ${mean.toFixed(0)} KB)`);
  // warm-up: JIT, connections, and the brief cache of parallax
  await load(ports.parallax, paths, 2);
  await load(ports.peer, paths, 2);
  const measured: { parallax: Figures[]; peer: Figures[] } = { parallax: [], peer: [] };
  for (let round = 0; round < rounds; round++) {
    measured.parallax.push(await load(ports.parallax, paths, seconds));
    measured.peer.push(await load(ports.peer, paths, seconds));
  }
  const parallax = median(measured.parallax);
  const peer = median(measured.peer);
  console.log(`rounds (req/s): parallax ${measured.parallax.map((f) => f.rps.toFixed(0)).join(', ')}; peer ${measured.peer.map((f) => f.rps.toFixed(0)).join(', ')}`);
  console.log(show(label, parallax));
  console.log(show('peer: bare node:http', peer));
  console.log(`ratio: parallax serve makes ${(parallax.rps / peer.rps).toFixed(2)}× the peer's requests/s (p99 ${(parallax.p99 / Math.max(peer.p99, 0.1)).toFixed(2)}× the peer's)`);
}

/** Build the store, run both servers under the same load, print the figures. */
export async function run(): Promise<void> {
  if (!loadSeeds()) {
    console.log('skipped (../shared data absent)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-bench-'));
  try {
    const db = join(dir, 'serve.db');
    const store = openSqliteStore(db);
    const start = performance.now();
    const scenarios = await buildStore(store);
    const ids = [...new Set([...scenarios.typical, ...scenarios.largest])];
    const stories = (await store.listStories()).length;
    const sizes = new Map(await Promise.all(ids.map(async (id) => [id, Buffer.byteLength(renderJson(JSON.parse((await store.getStoryVersion(id))!.report!) as Report))] as const)));
    await store.close();
    console.log(`store: ${articleCount} articles, ${stories} stories; ${ids.length} briefs saved; built in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    console.log(`load: autocannon, ${connections} connections, GET /api/stories/:id cycling over the stories; ${rounds} alternating rounds of ${seconds} s after a 2 s warm-up; median round shown`);

    const ours = await startTarget(['parallax', db]);
    const bare = await startTarget(['peer', db, ...ids]).catch(async (error) => {
      await stopTarget(ours.child);
      throw error;
    });
    try {
      const ports = { parallax: ours.port, peer: bare.port };
      await compare('typical stories (2+ articles, spread by size)', scenarios.typical, ports, sizes);
      await compare('largest stories', scenarios.largest, ports, sizes);
    } finally {
      await Promise.all([stopTarget(ours.child), stopTarget(bare.child)]);
    }
    await comparePostgres(dir, db, scenarios, ids, sizes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Copy what the bench serves (articles, stories, the requested versions) from one store into another. */
async function copyStore(from: Store, to: Store, versions: readonly string[]): Promise<void> {
  const heads = await from.listArticleHeads();
  for (let start = 0; start < heads.length; start += 2000) {
    const piece = await from.getArticles(heads.slice(start, start + 2000).map((h) => h.id));
    await to.addArticles(piece.map(({ copyOf: _c, story: _s, ingestedAt: _i, ...a }) => a), '2024-02-01T00:00:00Z');
  }
  const members = new Map<string, string[]>();
  for (const h of heads) if (h.story) members.set(h.story, [...(members.get(h.story) ?? []), h.id]);
  const titles = new Map((await from.listStories()).map((s) => [s.id, s.title]));
  await to.saveStories([...members].map(([id, articles]) => ({ id, title: titles.get(id) ?? '', articles })), '2024-02-01T00:00:00Z');
  for (const id of versions) {
    const { version: _v, ...version } = (await from.getStoryVersion(id))!;
    await to.addStoryVersion(version);
  }
}

/** The same load on two `parallax serve` processes over one PostgreSQL store, beside the bare peer. */
async function comparePostgres(dir: string, db: string, scenarios: Scenarios, ids: string[], sizes: Map<string, number>): Promise<void> {
  const throwaway = fileURLToPath(new URL('../scripts/pg-throwaway.mjs', import.meta.url));
  let url = process.env.PARALLAX_TEST_PG;
  const cluster = join(dir, 'cluster');
  if (!url) {
    try {
      chmodSync(dir, 0o755);
      url = execFileSync(process.execPath, [throwaway, 'start', cluster], { encoding: 'utf8' }).trim();
    } catch {
      console.log('\nPostgreSQL: skipped (no server: set PARALLAX_TEST_PG or install postgresql)');
      return;
    }
  }
  try {
    const schema = `serve_bench_${process.pid}`;
    const target = new URL(url);
    target.searchParams.set('options', `-c search_path=${schema}`);
    const from = openSqliteStore(db);
    const to = await openPostgresStore(url, { schema });
    const start = performance.now();
    await copyStore(from, to, ids);
    await from.close();
    await to.close();
    console.log(`\nPostgreSQL: the same store copied in ${((performance.now() - start) / 1000).toFixed(1)} s; two parallax serve processes on it, ${connections / 2} connections each`);
    const servers = [await startTarget(['parallax', target.toString()]), await startTarget(['parallax', target.toString()])];
    const bare = await startTarget(['peer', db, ...ids]);
    try {
      const ports = { parallax: servers.map((s) => s.port), peer: bare.port };
      await compare('typical stories, PostgreSQL, 2 servers', scenarios.typical, ports, sizes, 'parallax serve ×2, PostgreSQL');
      await compare('largest stories, PostgreSQL, 2 servers', scenarios.largest, ports, sizes, 'parallax serve ×2, PostgreSQL');
    } finally {
      await Promise.all([...servers.map((s) => stopTarget(s.child)), stopTarget(bare.child)]);
      const cleanup = await openPostgresStore(url);
      await cleanup.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await cleanup.close();
    }
  } finally {
    if (!process.env.PARALLAX_TEST_PG) execFileSync(process.execPath, [throwaway, 'stop', cluster]);
  }
}
