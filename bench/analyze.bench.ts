/**
 * Throughput and growth of analyze():
 *  1. the five seeds repeated to 1,000 articles (one story), articles/s and MB/s;
 *  2. the 307 NeuS validation stories (3 articles each), articles/s and MB/s;
 *  3. one story of 10 → 50 → 200 → 1,000 articles made by recombining real sentences of the
 *     seeds (a seeded shuffle, so every run builds the same articles): time per size and the
 *     growth exponent (1 = linear, 2 = quadratic), beside an all-pairs sentence-similarity pass
 *     measured in the same run (the peer: what indexing avoids).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSync } from '../src/pipeline.js';
import { contentTokens } from '../src/stages/claims/tokenize.js';
import { sharedPath } from './shared-data.js';
import { makeRandom } from './random.js';

interface RawArticle {
  id: string;
  text: string;
  title?: string;
  source?: string;
}

/** The five seed articles, or null when ../shared is absent. */
export function readSeeds(): RawArticle[] | null {
  const dir = sharedPath('seeds');
  if (!dir) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

function megabytes(articles: RawArticle[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

/** n articles of one story: each takes 8–20 real sentences of the seeds, in a shuffled order. */
export function recombine(seeds: RawArticle[], n: number): RawArticle[] {
  const pool = seeds.flatMap((s) => s.text.split(/(?<=[.!?”"])\s+(?=[A-Z“"])/).filter((x) => x.split(' ').length > 6));
  const rand = makeRandom(42);
  return Array.from({ length: n }, (_, i) => {
    const k = 8 + Math.floor(rand() * 13);
    const picked: string[] = [];
    for (let j = 0; j < k; j++) picked.push(pool[Math.floor(rand() * pool.length)]!);
    return { id: `synthetic-${String(i).padStart(4, '0')}`, source: `Outlet ${i % 40}`, text: picked.join(' ') };
  });
}

/** The peer: TF-IDF-free all-pairs Jaccard over every sentence pair of different articles. */
function allPairs(articles: RawArticle[]): number {
  const sentences = articles.flatMap((a) => a.text.split(/(?<=[.!?])\s+/).map((s) => ({ a: a.id, t: new Set(contentTokens(s)) })));
  let similar = 0;
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const x = sentences[i]!;
      const y = sentences[j]!;
      if (x.a === y.a) continue;
      let shared = 0;
      for (const t of x.t) if (y.t.has(t)) shared++;
      if (shared / (x.t.size + y.t.size - shared || 1) > 0.5) similar++;
    }
  }
  return similar;
}

export async function run(): Promise<void> {
  const seeds = readSeeds();
  if (!seeds) {
    console.log('skipped: ../shared/seeds is absent');
    return;
  }
  // Warm up the JIT on one small story.
  analyzeSync(seeds);

  // 1. Seeds repeated to 1,000 articles.
  const repeated = Array.from({ length: 1000 }, (_, i) => ({ ...seeds[i % seeds.length]!, id: `seed-${i}` }));
  const rep = time(() => analyzeSync(repeated));
  console.log(`seeds x200 (1,000 articles, ${megabytes(repeated).toFixed(1)} MB, one story): ${rep.ms.toFixed(0)} ms, ${(1000 / (rep.ms / 1000)).toFixed(0)} articles/s, ${(megabytes(repeated) / (rep.ms / 1000)).toFixed(2)} MB/s`);

  // 2. NeuS validation stories.
  const neus = sharedPath('data', 'neus', 'val.source');
  if (neus) {
    const stories = readFileSync(neus, 'utf8').split('\n').filter(Boolean).map((line, s) =>
      line.split('[SEP]').map((part, k) => {
        const m = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)/.exec(part);
        return { id: `s${s}-a${k}`, title: m?.[1] ?? '', text: (m?.[2] ?? part).trim() };
      }),
    );
    const all = stories.flat();
    const t = time(() => stories.map((story) => analyzeSync(story)));
    console.log(`NeuS val (${stories.length} stories, ${all.length} articles, ${megabytes(all).toFixed(2)} MB): ${t.ms.toFixed(0)} ms, ${(all.length / (t.ms / 1000)).toFixed(0)} articles/s, ${(megabytes(all) / (t.ms / 1000)).toFixed(2)} MB/s, ${(t.ms / stories.length).toFixed(1)} ms/story`);
  } else console.log('NeuS: skipped, ../shared/data/neus is absent');

  // 3. Growth on one story.
  const sizes = [10, 50, 200, 1000];
  const rows: { n: number; ms: number; peer: number | null }[] = [];
  for (const n of sizes) {
    const story = recombine(seeds, n);
    const runs = n <= 50 ? 5 : 1;
    let best = Infinity;
    for (let r = 0; r < runs; r++) best = Math.min(best, time(() => analyzeSync(story)).ms);
    const peer = n <= 200 ? time(() => allPairs(story)).ms : null;
    rows.push({ n, ms: best, peer });
  }
  console.log('one story, recombined seed sentences:');
  console.log('  articles   analyze ms   all-pairs peer ms   peer/analyze');
  for (const r of rows) {
    console.log(`  ${String(r.n).padStart(8)}   ${r.ms.toFixed(1).padStart(10)}   ${(r.peer === null ? '(not run)' : r.peer.toFixed(1)).padStart(17)}   ${r.peer === null ? '' : (r.peer / r.ms).toFixed(2)}`);
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const exponent = Math.log(last.ms / first.ms) / Math.log(last.n / first.n);
  console.log(`  growth exponent 10 → 1,000 articles: ${exponent.toFixed(2)} (1 = linear, 2 = quadratic)`);
  console.log(`  10-article story: ${first.ms.toFixed(1)} ms in-process (target < 200 ms)`);
}
