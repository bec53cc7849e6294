/**
 * The brief on hand-judged real stories (../shared/data/ecbplus-dev-gold.json), scored by the
 * maintainers' scorer (../shared/eval/brief-score.mjs) in process: conflicts found (by kind),
 * reported conflicts right, agreements, unique facts and name merges, printed for all 14 stories,
 * for the fit half (odd positions: what scripts/train-conflicts.ts and rule tuning read) and for
 * the held-out half (even positions: never read while fitting). Then speed: a 10-article story
 * in process (target < 200 ms) and the growth from 10 to 1,000 articles.
 */
import { analyzeSync } from '../src/pipeline.js';
import type { Report } from '../src/model/report.js';
import { loadBriefGold, splitStories, type BriefGoldStory, type BriefScorer } from './brief-gold.js';
import { readSeeds, recombine } from './analyze.bench.js';

function line(name: string, stories: BriefGoldStory[], reports: Map<string, Report>, scorer: BriefScorer): string {
  const t = scorer.total(stories.map((s) => scorer.scoreStory(s.gold, reports.get(s.cluster))));
  const pct = (a: number, b: number) => `${a}/${b} (${b ? (a / b).toFixed(2) : '0.00'})`;
  const kinds = Object.entries(t.kinds).map(([k, [m, n]]) => `${k} ${pct(m, n)}`).join(', ');
  return `${name.padEnd(9)} conflicts found ${pct(t.found, t.conflicts)} [${kinds}]; reported right ${pct(t.right, t.reported)}; agreements ${pct(t.agreed, t.agreements)}; unique ${pct(t.uniqueFound, t.unique)}; names merged ${pct(t.merged, t.entities)}, false merges ${t.falseMerges}`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeAnalyze(articles: unknown[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    analyzeSync(articles);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export async function run(): Promise<void> {
  const loaded = await loadBriefGold();
  if (!loaded) {
    console.log('skipped: ../shared/data/ecbplus-dev-gold.json or ../shared/eval is absent');
    return;
  }
  const reports = new Map<string, Report>();
  for (const s of loaded.stories) reports.set(s.cluster, analyzeSync(s.articles));
  const { fit, held } = splitStories(loaded.stories);
  console.log(line('all 14', loaded.stories, reports, loaded.scorer));
  console.log(line('fit 7', fit, reports, loaded.scorer));
  console.log(line('held 7', held, reports, loaded.scorer));
  console.log(`held-out stories: ${held.map((s) => s.cluster).join(', ')}`);

  const seeds = readSeeds();
  if (!seeds) return;
  analyzeSync(recombine(seeds, 10)); // warm-up
  const ten = timeAnalyze(recombine(seeds, 10), 7);
  console.log(`10-article story: ${ten.toFixed(1)} ms in process (median of 7; target < 200 ms)`);
  const sizes = [10, 100, 1000];
  const ms = sizes.map((n) => timeAnalyze(recombine(seeds, n), n >= 1000 ? 1 : 3));
  const exponent = Math.log(ms[2]! / ms[0]!) / Math.log(sizes[2]! / sizes[0]!);
  console.log(`growth: ${sizes.map((n, i) => `${n} → ${ms[i]!.toFixed(0)} ms`).join(', ')}; exponent ${exponent.toFixed(2)} (1 linear, 2 quadratic)`);
}
