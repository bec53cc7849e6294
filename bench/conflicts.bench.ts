/**
 * Conflict quality on real text: precision and recall of the report's conflicts on the hand-judged
 * ECB+ sample (27 stories, one per topic; judgments in test/cases/ecbplus-conflicts/judgments.json).
 * Precision counts a conflict right only when the outlets truly disagree about one slot of one event
 * and the kind is right; recall is over the disagreements found by reading every article.
 * The acceptance test asserts the floors; this prints the figures.
 */
import { performance } from 'node:perf_hooks';
import { analyzeSync } from '../src/pipeline.js';
import type { Report } from '../src/model/report.js';
import { loadEcbPlusSample } from './ecbplus-stories.js';
import { formatScores, readJudgments, scoreConflicts } from './conflict-judgments.js';

/** Print precision, recall, per-kind counts and error types on the judged ECB+ sample. */
export async function run(): Promise<void> {
  const sample = loadEcbPlusSample();
  if (!sample) {
    console.log('ecb+ conflicts: skipped (../shared data absent)');
    return;
  }
  const reports = new Map<string, Report>();
  const start = performance.now();
  for (const story of sample) reports.set(story.id, analyzeSync(story.articles));
  const ms = performance.now() - start;
  const scores = scoreConflicts(reports, readJudgments());
  for (const line of formatScores(scores)) console.log(line);
  if (scores.unjudged.length) {
    console.log(`${scores.unjudged.length} conflicts unjudged (precision counts judged ones only): node --import tsx scripts/judge-ecbplus-conflicts.ts`);
  }
  console.log(`analysis of the ${sample.length} stories: ${ms.toFixed(0)} ms`);
}
