/**
 * One size of the scale bench, in its own process: `node --import tsx bench/cluster-scale-run.ts 100000`.
 * Ingests the invented articles into a temp SQLite file store (briefs off), clusters them, and
 * prints one line: time (and RSS at the end) of each step, stories, copies, peak RSS of ingest and
 * clustering, B-cubed against the seed stories. Then 100 more articles of the same kind are
 * ingested into that store, assigned incrementally (target at 100k: < 5 s on one core).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore, updateStore } from '../adapters/store/index.js';
import { loadSeeds, makeArticles } from './cluster-scale-data.js';
import { scoreBCubed } from './cluster-score.js';

const size = Number(process.argv[2] ?? 10000);
const seeds = loadSeeds();
if (!seeds) {
  console.log('skipped (../shared data absent)');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'parallax-scale-'));
try {
  const articles = makeArticles(seeds, size);
  const gold = new Map(articles.map((a) => [a.id, a.gold]));
  const store = openSqliteStore(join(dir, 'scale.db'));
  const steps: string[] = [];
  let last = performance.now();
  const start = last;
  const result = await updateStore(
    store,
    articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: null, published: a.published, language: 'en', text: a.text })),
    {
      now: '2024-02-01T00:00:00Z',
      onProgress: (step, done, total) => {
        if (done !== total) return;
        const now = performance.now();
        steps.push(`${step} ${((now - last) / 1000).toFixed(1)}s ${(process.memoryUsage().rss / 1048576).toFixed(0)}MB`);
        last = now;
      },
    },
  );
  const seconds = (performance.now() - start) / 1000;
  // the high-water mark of ingest and clustering, before the bench's own scoring below
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const clusters = new Map<string, string[]>();
  for (const row of store.db.prepare('SELECT id, story_id FROM articles').iterate() as IterableIterator<{ id: string; story_id: string }>) {
    const members = clusters.get(row.story_id);
    if (members) members.push(row.id);
    else clusters.set(row.story_id, [row.id]);
  }
  const score = scoreBCubed([...clusters.values()], gold);
  // 100 new articles of the same stream (their own ids), into the store as it is
  const fresh = makeArticles(seeds, 100).map((a, i) => ({ id: `new-${i}`, title: a.title, source: a.source, url: null, published: a.published, language: 'en', text: a.text }));
  const incrementalStart = performance.now();
  const cpuStart = process.cpuUsage();
  const incremental = await updateStore(store, fresh, { now: '2024-02-02T00:00:00Z' });
  const incrementalSeconds = (performance.now() - incrementalStart) / 1000;
  // CPU time as well: on a shared machine the wall time counts other processes' turns
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await store.close();
  console.log(
    `${String(size).padStart(7)} articles: ${seconds.toFixed(1)} s (${((seconds * 1000) / size).toFixed(2)} ms/article; ${steps.join(', ')}), ` +
      `${result.stories} stories, ${result.copies} copies, peak RSS ${rssMb.toFixed(0)} MB, ` +
      `B-cubed P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}`,
  );
  console.log(`${' '.repeat(9)}then 100 new articles into those ${size}: ${incrementalSeconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s; target < 5 s at 100k; ${incremental.mode}, ${incremental.stories} stories new or changed, ${incremental.moved} stored articles moved)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
