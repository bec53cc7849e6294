/**
 * Scale: 10k, 30k and 100k invented articles (real sentences recombined, dates over 30 days)
 * ingested into a SQLite file store and clustered, on one core. Prints time per size (and per
 * article, to show the growth), peak RSS, and B-cubed against the seed stories.
 * Runs with `npm run bench` or `npm run bench -- cluster-scale`; `-- cluster` alone skips it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore, updateStore } from '../adapters/store/index.js';
import { loadSeeds, makeArticles } from './cluster-scale-data.js';
import { scoreBCubed } from './cluster-score.js';

const sizes = (process.env.PARALLAX_SCALE_SIZES ?? '10000,30000,100000').split(',').map(Number);

/** Print time, memory and quality of ingest + clustering at each size. */
export async function run(): Promise<void> {
  const filters = process.argv.slice(2);
  if (filters.length > 0 && !filters.some((f) => f.includes('scale'))) {
    console.log('skipped (minutes long): run `npm run bench -- cluster-scale`');
    return;
  }
  const seeds = loadSeeds();
  if (!seeds) {
    console.log('skipped (../shared data absent)');
    return;
  }
  console.log(`${seeds.length} story seeds; sizes ${sizes.join(', ')}; store on a temp file, briefs off`);
  const dir = mkdtempSync(join(tmpdir(), 'parallax-scale-'));
  try {
    for (const size of sizes) {
      const articles = makeArticles(seeds, size);
      const store = openSqliteStore(join(dir, `scale-${size}.db`));
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
            steps.push(`${step} ${((now - last) / 1000).toFixed(1)}s`);
            last = now;
          },
        },
      );
      const seconds = (performance.now() - start) / 1000;
      const stored = await store.listArticles();
      const clusters = new Map<string, string[]>();
      for (const a of stored) clusters.set(a.story!, [...(clusters.get(a.story!) ?? []), a.id]);
      const score = scoreBCubed([...clusters.values()], new Map(articles.map((a) => [a.id, a.gold])));
      await store.close();
      const rssMb = process.resourceUsage().maxRSS / 1024;
      console.log(
        `${String(size).padStart(7)} articles: ${seconds.toFixed(1)} s (${((seconds * 1000) / size).toFixed(2)} ms/article; ${steps.join(', ')}), ` +
          `${result.stories} stories, ${result.copies} copies, peak RSS ${rssMb.toFixed(0)} MB, ` +
          `B-cubed P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}`,
      );
    }
    console.log('targets: 100k in ≤ 300 s with ≤ 2048 MB peak RSS on one core');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
