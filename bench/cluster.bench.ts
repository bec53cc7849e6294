/**
 * Story clustering quality: B-cubed precision/recall/F1 of `clusterArticles` beside a TF-IDF +
 * average-link agglomerative baseline whose threshold is tuned (grid search) on the same file.
 * Two sets: ECB+ dev (gold = subtopic; each topic holds two events of one kind) and NeuS val
 * (gold = the line holding three outlets' takes on one story).
 */
import { performance } from 'node:perf_hooks';
import { clusterArticles } from '../src/stages/stories/index.js';
import { loadEcbPlus, loadNeus, type LabelledArticle } from './cluster-data.js';
import { scoreBCubed, type BCubed } from './cluster-score.js';
import { buildAverageLinkDendrogram, cutDendrogram, vectoriseTfIdf } from './cluster-baseline.js';

function format(s: BCubed): string {
  return `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
}

/** Tune the baseline's cut on the gold itself (its best case) and return its best F1. */
function runBaseline(articles: LabelledArticle[], gold: Map<string, string>): { score: BCubed; threshold: number; ms: number; precise: { score: BCubed; threshold: number } | null } {
  const start = performance.now();
  const vectors = vectoriseTfIdf(articles.map((a) => (a.title ? `${a.title}\n${a.text}` : a.text)));
  const merges = buildAverageLinkDendrogram(vectors);
  const ms = performance.now() - start;
  let best = { score: { precision: 0, recall: 0, f1: -1 }, threshold: 0, ms };
  let precise: { score: BCubed; threshold: number } | null = null;
  for (let t = 0.05; t < 1; t += 0.01) {
    const clusters = cutDendrogram(articles.length, merges, t).map((g) => g.map((i) => articles[i].id));
    const score = scoreBCubed(clusters, gold);
    if (score.f1 > best.score.f1) best = { score, threshold: t, ms };
    if (score.precision >= 0.95 && (!precise || score.f1 > precise.score.f1)) precise = { score, threshold: t };
  }
  return { ...best, precise };
}

function runSet(name: string, articles: LabelledArticle[] | null): void {
  if (!articles) {
    console.log(`${name}: skipped (../shared data absent)`);
    return;
  }
  const gold = new Map(articles.map((a) => [a.id, a.gold]));
  const start = performance.now();
  const result = clusterArticles(articles.map(({ gold: _gold, ...a }) => a));
  const ms = performance.now() - start;
  const ours = scoreBCubed(result.stories.map((s) => s.articles), gold);
  const base = runBaseline(articles, gold);
  console.log(`${name}: ${articles.length} articles, ${new Set(gold.values()).size} gold stories`);
  console.log(`  parallax cluster      ${format(ours)}  stories ${result.stories.length}  ${ms.toFixed(0)} ms`);
  console.log(`  tf-idf average-link   ${format(base.score)}  (best cut ${base.threshold.toFixed(2)}, tuned on this file)  ${base.ms.toFixed(0)} ms`);
  if (base.precise) console.log(`  tf-idf, precision ≥ 0.95 ${format(base.precise.score)}  (best such cut ${base.precise.threshold.toFixed(2)})`);
  console.log(`  F1 − baseline ${(ours.f1 - base.score.f1).toFixed(3)}; precision target 0.95 ${ours.precision >= 0.95 ? 'met' : 'missed'}; F1 target (baseline + 0.05) ${ours.f1 >= base.score.f1 + 0.05 ? 'met' : 'missed'}`);
}

/** Print B-cubed figures of parallax and the baseline on ECB+ dev and NeuS val. */
export async function run(): Promise<void> {
  runSet('ecb+ dev', loadEcbPlus());
  runSet('neus val', loadNeus());
}
