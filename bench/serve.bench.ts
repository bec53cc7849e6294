/**
 * Serve bench: GET /api/stories/:id of `parallax serve` at 100 concurrent connections
 * (autocannon) over a store of 10,000 articles recombined from real sentences in ../shared
 * (bench/cluster-scale-data.ts), beside a bare node:http server answering the same paths with
 * the same precomputed JSON, in the same run. Prints requests/s, p50/p99 latency and the ratio.
 * Each server runs in its own process (bench/serve-target.ts); the load generator in this one.
 * The two are loaded in alternating rounds and the median round of each is reported, so that a
 * load spike from elsewhere on a shared machine hits both alike.
 * Sizes by env: PARALLAX_SERVE_ARTICLES (10000), PARALLAX_SERVE_SECONDS per round (5),
 * PARALLAX_SERVE_ROUNDS (3).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { openSqliteStore, updateStore, claimsOfReport, toArticleInput, type SqliteStore } from '../adapters/store/index.js';
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

/** One round of load against a port. */
async function load(port: number, paths: string[], duration: number): Promise<Figures> {
  const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections, duration, requests: paths.map((path) => ({ path })) });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts };
}

/** The round with the median requests/s. */
function median(list: Figures[]): Figures {
  return [...list].sort((a, b) => a.rps - b.rps)[Math.floor(list.length / 2)];
}

function show(name: string, f: Figures): string {
  return `${name.padEnd(28)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${f.p50.toFixed(1).padStart(5)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms${f.bad ? `   ${f.bad} failed` : ''}`;
}

/** Load both servers with GETs of the given stories in alternating rounds; print the median rounds and the ratio. */
async function compare(name: string, ids: string[], ports: { parallax: number; peer: number }, sizes: Map<string, number>): Promise<void> {
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
  console.log(show('parallax serve (Hono)', parallax));
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
