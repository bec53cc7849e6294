/**
 * Story clustering quality: B-cubed precision/recall/F1 of `clusterArticles` beside a TF-IDF +
 * average-link agglomerative baseline whose threshold is tuned (grid search) on the same file.
 * Two sets: ECB+ dev (gold = subtopic; each topic holds two events of one kind) and NeuS val
 * (gold = the line holding three outlets' takes on one story).
 *
 * Both sides are also checked split-half: the topics are split in two (alternate topics), each
 * side's one knob (our join/merge threshold, the baseline's cut) is tuned on one half and scored
 * on the other, both ways; our defaults are scored on each half untuned.
 */
import { performance } from 'node:perf_hooks';
import { clusterArticles, type ClusterOptions } from '../src/stages/stories/index.js';
import { loadEcbPlus, loadNeus, type LabelledArticle } from './cluster-data.js';
import { loadNeusSlices, sliceStories } from './cluster-stream-data.js';
import { runIncremental } from './cluster-incremental.js';
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

/** Our thresholds tried when tuning on a half (join = merge threshold): 0.020 to 0.100. */
const ourGrid = Array.from({ length: 17 }, (_, i) => Math.round((0.02 + i * 0.005) * 1000) / 1000);

function scoreOurs(articles: LabelledArticle[], options: Partial<ClusterOptions> = {}): BCubed {
  const gold = new Map(articles.map((a) => [a.id, a.gold]));
  const result = clusterArticles(articles.map(({ gold: _gold, topic: _topic, ...a }) => a), { findDuplicates: false, ...options });
  return scoreBCubed(result.stories.map((s) => s.articles), gold);
}

function scoreBaselineCuts(articles: LabelledArticle[]): { threshold: number; score: BCubed }[] {
  const gold = new Map(articles.map((a) => [a.id, a.gold]));
  const merges = buildAverageLinkDendrogram(vectoriseTfIdf(articles.map((a) => (a.title ? `${a.title}\n${a.text}` : a.text))));
  const out: { threshold: number; score: BCubed }[] = [];
  for (let t = 0.05; t < 1; t += 0.01) out.push({ threshold: t, score: scoreBCubed(cutDendrogram(articles.length, merges, t).map((g) => g.map((i) => articles[i].id)), gold) });
  return out;
}

/** The run with the best F1; with `precise`, among runs with precision ≥ 0.95 when there are any. */
function best<T extends { score: BCubed }>(runs: T[], precise = false): T {
  const pool = precise && runs.some((r) => r.score.precision >= 0.95) ? runs.filter((r) => r.score.precision >= 0.95) : runs;
  return pool.reduce((a, b) => (b.score.f1 > a.score.f1 ? b : a));
}

/**
 * Tune on one half of the topics, score on the other, both ways (halves: alternate topics in
 * sorted order); tuned for best F1, and for best F1 at precision ≥ 0.95 (the target's rule).
 */
function runSplitHalf(articles: LabelledArticle[]): void {
  const topics = [...new Set(articles.map((a) => a.topic))].sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : 1));
  const halfOf = new Map(topics.map((t, i) => [t, i % 2]));
  const halves = [0, 1].map((h) => articles.filter((a) => halfOf.get(a.topic) === h));
  const ours = halves.map((half) => ourGrid.map((t) => ({ threshold: t, score: scoreOurs(half, { joinThreshold: t, mergeThreshold: t }) })));
  const base = halves.map((half) => scoreBaselineCuts(half));
  const at = <T extends { threshold: number }>(runs: T[], threshold: number): T => runs.find((r) => Math.abs(r.threshold - threshold) < 1e-9)!;
  console.log(`  split-half (halves of ${halves[0].length} and ${halves[1].length} articles; tune on one, score on the other):`);
  for (const precise of [false, true]) {
    const cells: string[] = [];
    for (const [tune, test] of [[0, 1], [1, 0]]) {
      const o = best(ours[tune], precise);
      const b = best(base[tune], precise);
      const oTest = at(ours[test], o.threshold).score;
      const bTest = at(base[test], b.threshold).score;
      cells.push(`    ${tune + 1}→${test + 1}: parallax ${format(oTest)} (t ${o.threshold.toFixed(3)})  tf-idf ${format(bTest)} (cut ${b.threshold.toFixed(2)})  F1 − baseline ${(oTest.f1 - bTest.f1).toFixed(3)}`);
    }
    console.log(`   tuned for ${precise ? 'best F1 at precision ≥ 0.95' : 'best F1'}:`);
    for (const c of cells) console.log(c);
  }
  const defaults = halves.map((half) => scoreOurs(half));
  console.log(`   parallax defaults, untuned: half 1 ${format(defaults[0])}; half 2 ${format(defaults[1])}`);
}

/** Print one set's figures (see the file's comment); returns parallax's score with the defaults (null without the data). */
function runSet(name: string, articles: LabelledArticle[] | null): BCubed | null {
  if (!articles) {
    console.log(`${name}: skipped (../shared data absent)`);
    return null;
  }
  const gold = new Map(articles.map((a) => [a.id, a.gold]));
  const start = performance.now();
  const result = clusterArticles(articles.map(({ gold: _gold, topic: _topic, ...a }) => a));
  const ms = performance.now() - start;
  const ours = scoreBCubed(result.stories.map((s) => s.articles), gold);
  const base = runBaseline(articles, gold);
  console.log(`${name}: ${articles.length} articles, ${new Set(gold.values()).size} gold stories`);
  console.log(`  parallax cluster      ${format(ours)}  stories ${result.stories.length}  ${ms.toFixed(0)} ms`);
  console.log(`  tf-idf average-link   ${format(base.score)}  (best cut ${base.threshold.toFixed(2)}, tuned on this file)  ${base.ms.toFixed(0)} ms`);
  if (base.precise) console.log(`  tf-idf, precision ≥ 0.95 ${format(base.precise.score)}  (best such cut ${base.precise.threshold.toFixed(2)})`);
  console.log(`  F1 − baseline ${(ours.f1 - base.score.f1).toFixed(3)}; precision target 0.95 ${ours.precision >= 0.95 ? 'met' : 'missed'}; F1 target (baseline + 0.05) ${ours.f1 >= base.score.f1 + 0.05 ? 'met' : 'missed'}`);
  runSplitHalf(articles);
  return ours;
}

/** Mean precision, recall and F1 over runs. */
function mean(scores: readonly BCubed[]): BCubed {
  const sum = (k: keyof BCubed): number => scores.reduce((t, s) => t + s[k], 0) / scores.length;
  return { precision: sum('precision'), recall: sum('recall'), f1: sum('f1') };
}

/**
 * The NeuS stream: slices of 500 shuffled stories, each slice one batch. Undated, beside the
 * baseline tuned on each slice (its best case); dated by story, ours alone (the baseline reads
 * no dates). Targets: undated mean F1 ≥ baseline + 0.05 with precision ≥ 0.90; dated F1 ≥ 0.95.
 * `ecb` is parallax's ECB+ dev score with the defaults (runSet), printed beside the pair gate's.
 */
function runStream(ecb: BCubed | null): void {
  const undated = loadNeusSlices(false);
  const dated = loadNeusSlices(true);
  if (!undated || !dated) {
    console.log('neus stream: skipped (../shared data absent)');
    return;
  }
  console.log(`neus stream: ${undated.length} slices of ${sliceStories} shuffled stories (${undated[0].length} articles each), train + val`);
  const ours: BCubed[] = [];
  const base: BCubed[] = [];
  const oursDated: BCubed[] = [];
  undated.forEach((slice, i) => {
    const gold = new Map(slice.map((a) => [a.id, a.gold]));
    ours.push(scoreOurs(slice));
    base.push(runBaseline(slice, gold).score);
    oursDated.push(scoreOurs(dated[i]));
    console.log(`  slice ${i + 1}: undated parallax ${format(ours[i])} | tf-idf (tuned) ${format(base[i])} | dated parallax ${format(oursDated[i])}`);
  });
  const [o, b, d] = [mean(ours), mean(base), mean(oursDated)];
  console.log(`  mean undated: parallax ${format(o)}  tf-idf average-link ${format(b)}  F1 − baseline ${(o.f1 - b.f1).toFixed(3)}`);
  console.log(`  mean dated:   parallax ${format(d)}`);
  console.log(`  targets: undated F1 ≥ baseline + 0.05 ${o.f1 >= b.f1 + 0.05 ? 'met' : 'missed'}; undated precision ≥ 0.90 ${o.precision >= 0.9 ? 'met' : 'missed'}; dated F1 ≥ 0.95 ${d.f1 >= 0.95 ? 'met' : 'missed'}`);
  // the fitted pair gate forced on. The default ('auto') already gates a mostly undated batch of
  // 100–20,000 articles, with the gate's merge threshold (pairMergeThreshold, not mergeThreshold):
  // the undated slices (1,500 articles) and ECB+ dev (638, none dated) gave the same stories
  // forced or not, so their scores above are reused; only the dated slices differ and are rerun
  // (docs/design.md, "The pair gate")
  const gate = { pairMode: 'gate', mergeThreshold: 0.04 } as const;
  const gd = mean(dated.map((slice) => scoreOurs(slice, gate)));
  console.log(`  with ${JSON.stringify(gate)}: undated ${format(o)}  F1 − baseline ${(o.f1 - b.f1).toFixed(3)}; dated ${format(gd)}; ecb+ dev ${ecb ? format(ecb) : 'skipped (../shared data absent)'}`);
}

/** Print B-cubed figures of parallax and the baseline on ECB+ dev, NeuS val and the NeuS stream, and the incremental check. */
export async function run(): Promise<void> {
  const ecb = runSet('ecb+ dev', loadEcbPlus());
  runSet('neus val', loadNeus());
  runStream(ecb);
  await runIncremental();
}
