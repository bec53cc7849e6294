/**
 * Scale: 10k, 30k and 100k invented articles (real sentences recombined, dates over 30 days)
 * ingested into a SQLite file store and clustered, on one core. Prints time per size (and per
 * article, to show the growth), peak RSS, and B-cubed against the seed stories.
 * Each size runs in its own process (cluster-scale-run.ts). Runs with `npm run bench` or
 * `npm run bench -- cluster-scale`; `-- cluster` alone skips it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sharedPath } from './shared-data.js';

const sizes = (process.env.PARALLAX_SCALE_SIZES ?? '10000,30000,100000').split(',').map(Number);

/** Print time, memory and quality of ingest + clustering at each size. */
export async function run(): Promise<void> {
  const filters = process.argv.slice(2);
  if (filters.length > 0 && !filters.some((f) => f.includes('scale'))) {
    console.log('skipped (minutes long): run `npm run bench -- cluster-scale`');
    return;
  }
  if (!sharedPath('data', 'neus', 'train.source')) {
    console.log('skipped (../shared data absent)');
    return;
  }
  // each size in its own process, so peak RSS is that size's own
  const runner = fileURLToPath(new URL('./cluster-scale-run.ts', import.meta.url));
  const perArticle: { size: number; ms: number }[] = [];
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', runner, String(size)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(child.stdout);
    if (child.status !== 0) console.log(`  ${size}: failed with exit ${child.status} ${child.signal ?? ''}`);
    const ms = /\(([\d.]+) ms\/article/.exec(child.stdout)?.[1];
    if (ms) perArticle.push({ size, ms: Number(ms) });
  }
  if (perArticle.length >= 2) {
    const [first, last] = [perArticle[0], perArticle[perArticle.length - 1]];
    console.log(`growth: time per article at ${last.size} / at ${first.size} = ${(last.ms / first.ms).toFixed(2)}× (1.00 = linear; ${(last.size / first.size).toFixed(0)}× the articles)`);
  }
  console.log('targets: 100k in ≤ 300 s with ≤ 2048 MB peak RSS on one core');
}
