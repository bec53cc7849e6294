/**
 * The brief on the hand-judged development stories (../shared/data/ecbplus-dev-gold.json),
 * scored in process by the maintainers' scorer (../shared/eval/brief-score.mjs). The floors are
 * issue #11's acceptance targets: conflicts found ≥ 0.50 (now 64/127), contradictions and
 * precision differences ≥ 0.40 each (33/81, 28/41), reported right ≥ 0.80 (64/70), agreements
 * ≥ 0.90 (76/84), unique ≥ 0.75 (44/56). A change that takes any below its floor is a regression
 * on real text. Skipped when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/pipeline.js';
import { loadBriefGold } from '../../bench/brief-gold.js';

const floors = { recall: 0.5, contradiction: 0.4, precisionDifference: 0.4, precision: 0.8, agreements: 0.9, unique: 0.75 };

const loaded = await loadBriefGold();
const skip = loaded ? false : '../shared/data/ecbplus-dev-gold.json or ../shared/eval is absent';

test('dev gold: conflicts found, reported conflicts right, agreements and unique facts above their floors', { skip }, (t) => {
  const { stories, scorer } = loaded!;
  const total = scorer.total(stories.map((s) => scorer.scoreStory(s.gold, analyzeSync(s.articles))));
  t.diagnostic(total.line);
  assert.ok(total.recall! >= floors.recall, `conflict recall ${total.recall} < ${floors.recall}`);
  const share = (kind: string) => { const [found, all] = total.kinds[kind] ?? [0, 1]; return found / all; };
  assert.ok(share('contradiction') >= floors.contradiction, `contradictions ${share('contradiction')} < ${floors.contradiction}`);
  assert.ok(share('precision-difference') >= floors.precisionDifference, `precision differences ${share('precision-difference')} < ${floors.precisionDifference}`);
  assert.ok(total.precision! >= floors.precision, `reported conflicts right ${total.precision} < ${floors.precision}`);
  assert.ok(total.agreementRecall! >= floors.agreements, `agreements ${total.agreementRecall} < ${floors.agreements}`);
  assert.ok(total.uniqueRecall! >= floors.unique, `unique ${total.uniqueRecall} < ${floors.unique}`);
});
