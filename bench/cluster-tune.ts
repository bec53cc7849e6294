/**
 * Tuning runs for story clustering, on NeuS train slices only (the bench's stream slices mix
 * train and val): `node --import tsx bench/cluster-tune.ts '{"mergeThreshold":0.05}'` prints
 * B-cubed figures on 4 slices of 500 train stories (undated and dated) and on ECB+ dev with the
 * given options, so a change is tuned without reading the figures it is judged by.
 */
import { clusterArticles, type ClusterOptions } from '../src/stages/stories/index.js';
import { loadEcbPlus, type LabelledArticle } from './cluster-data.js';
import { scoreBCubed, type BCubed } from './cluster-score.js';
import { sharedPath } from './shared-data.js';
import { readNeusFile, shuffleIntoSlices } from './cluster-stream-data.js';

/** NeuS train stories shuffled (a seed of their own), cut in slices, undated or dated by story. */
export function loadTrainSlices(dated: boolean): LabelledArticle[][] | null {
  const path = sharedPath('data', 'neus', 'train.source');
  return path ? shuffleIntoSlices(readNeusFile(path, 't'), 1234, dated) : null;
}

function score(articles: LabelledArticle[], options: Partial<ClusterOptions>): BCubed {
  const gold = new Map(articles.map((a) => [a.id, a.gold]));
  const result = clusterArticles(articles.map(({ gold: _g, topic: _t, ...a }) => a), { findDuplicates: false, ...options });
  return scoreBCubed(result.stories.map((s) => s.articles), gold);
}

function mean(scores: readonly BCubed[]): BCubed {
  const sum = (k: keyof BCubed): number => scores.reduce((t, s) => t + s[k], 0) / scores.length;
  return { precision: sum('precision'), recall: sum('recall'), f1: sum('f1') };
}

const format = (s: BCubed): string => `P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = JSON.parse(process.argv[2] ?? '{}') as Partial<ClusterOptions>;
  const undated = loadTrainSlices(false);
  const dated = loadTrainSlices(true);
  const ecb = loadEcbPlus();
  if (!undated || !dated || !ecb) {
    console.log('cluster-tune: skipped (../shared data absent)');
    process.exit(0);
  }
  const u = mean(undated.map((s) => score(s, options)));
  const d = mean(dated.map((s) => score(s, options)));
  const e = score(ecb, options);
  console.log(`${JSON.stringify(options)}\n  undated ${format(u)} | dated ${format(d)} | ecb+ ${format(e)}`);
}
