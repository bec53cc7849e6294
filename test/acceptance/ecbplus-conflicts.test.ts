/**
 * Conflicts on real multi-outlet stories: a fixed sample of ECB+ dev stories (bench/ecbplus-stories.ts),
 * each reported conflict judged right or wrong by hand, and the disagreements a reader finds in those
 * articles listed as gold (test/cases/ecbplus-conflicts/judgments.json). Skipped when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/pipeline.js';
import type { Report } from '../../src/model/report.js';
import { loadEcbPlusSample } from '../../bench/ecbplus-stories.js';
import { formatScores, readJudgments, scoreConflicts, type ConflictScores } from '../../bench/conflict-judgments.js';

/**
 * Floors: the measurement minus about 0.05. First measured at commit e0fc075: precision 0.107
 * (6/56), recall 0.105 (6/57). After the precision rules (one article on two sides, more than two
 * figures, partial figures, two shared participants, story-guessed relative dates): precision
 * 0.667 (4/6), recall 0.070 (4/57). Precision first: a rule change that takes either below its
 * floor is a regression on real text.
 */
const minPrecision = 0.6;
const minRecall = 0.05;

const sample = loadEcbPlusSample();
const skip = sample ? false : '../shared/data/ecbplus-dev.jsonl is absent';

let cached: ConflictScores | null = null;
function score(): ConflictScores {
  if (!cached) {
    const reports = new Map<string, Report>();
    for (const story of sample!) reports.set(story.id, analyzeSync(story.articles));
    cached = scoreConflicts(reports, readJudgments());
  }
  return cached;
}

const howToJudge =
  'judge them: node --import tsx scripts/judge-ecbplus-conflicts.ts --stub prints each with its evidence ' +
  'and writes "todo" entries into test/cases/ecbplus-conflicts/judgments.json; set each to "right" (+ gold id) ' +
  'or "wrong" (+ error code and reason)';

test('ecb+ conflicts: the judgments file is consistent; conflicts not judged yet are listed', { skip }, (t) => {
  const s = score();
  for (const line of formatScores(s)) t.diagnostic(line);
  // Since the pair model (issue 11) these stories are fit data and the exhaustive development
  // gold (test/acceptance/brief-gold.test.ts) is the measure; new reports here are listed for
  // judging, not required to be judged.
  t.diagnostic(`${s.unjudged.length} conflicts not judged yet; ${howToJudge}`);
  assert.deepEqual(s.problems, [], 'the judgments file has mistakes');
});

test(`ecb+ conflicts: precision at least ${minPrecision}`, { skip }, (t) => {
  const s = score();
  t.diagnostic(`precision ${s.precision.toFixed(3)} (${s.right}/${s.right + s.wrong}); wrong by error: ${JSON.stringify(s.byError)}`);
  assert.ok(s.precision >= minPrecision, `precision ${s.precision.toFixed(3)} < ${minPrecision}`);
});

test(`ecb+ conflicts: recall at least ${minRecall}`, { skip }, (t) => {
  const s = score();
  t.diagnostic(`recall ${s.recall.toFixed(3)} (${s.found}/${s.gold}); by kind ${JSON.stringify(s.goldByKind)}`);
  assert.ok(s.recall >= minRecall, `recall ${s.recall.toFixed(3)} < ${minRecall}; missed: ${s.missed.join(', ')}`);
});
