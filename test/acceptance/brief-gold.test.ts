/**
 * The brief on the hand-judged development stories (../shared/data/ecbplus-dev-gold.json),
 * scored in process by the maintainers' scorer (../shared/eval/brief-score.mjs). Floors are the
 * latest measurement minus a margin: conflicts found 49/127 (0.39), reported right 49/55 (0.89),
 * agreements 76/84 (0.90), unique 44/56 (0.79). A change that takes any below its floor is a
 * regression on real text. Skipped when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/pipeline.js';
import { loadBriefGold } from '../../bench/brief-gold.js';

const floors = { recall: 0.36, precision: 0.85, agreements: 0.88, unique: 0.75 };

const loaded = await loadBriefGold();
const skip = loaded ? false : '../shared/data/ecbplus-dev-gold.json or ../shared/eval is absent';

test('dev gold: conflicts found, reported conflicts right, agreements and unique facts above their floors', { skip }, (t) => {
  const { stories, scorer } = loaded!;
  const total = scorer.total(stories.map((s) => scorer.scoreStory(s.gold, analyzeSync(s.articles))));
  t.diagnostic(total.line);
  assert.ok(total.recall! >= floors.recall, `conflict recall ${total.recall} < ${floors.recall}`);
  assert.ok(total.precision! >= floors.precision, `reported conflicts right ${total.precision} < ${floors.precision}`);
  assert.ok(total.agreementRecall! >= floors.agreements, `agreements ${total.agreementRecall} < ${floors.agreements}`);
  assert.ok(total.uniqueRecall! >= floors.unique, `unique ${total.uniqueRecall} < ${floors.unique}`);
});
