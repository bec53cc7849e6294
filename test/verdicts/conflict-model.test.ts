import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureNames } from '../../src/stages/verdicts/conflict-pairs.js';
import { committedModel, scorePair } from '../../src/stages/verdicts/conflict-model.js';
import { fitLogistic } from '../../scripts/train-conflicts.js';

/** A toy set where one feature (sharedSlot) decides the label. */
function toyRows() {
  const rows: { features: number[]; label: 0 | 1 }[] = [];
  for (let i = 0; i < 40; i++) {
    const f: number[] = featureNames.map((_, k) => (k === 0 ? 1 : 0));
    const positive = i % 4 === 0;
    f[featureNames.indexOf('sharedSlot')] = positive ? 2 : i % 2;
    f[featureNames.indexOf('cosine')] = (i % 5) / 10;
    rows.push({ features: f, label: positive ? 1 : 0 });
  }
  return rows;
}

test('conflict model: fitting is deterministic and learns the deciding feature', () => {
  const options = { l2: 0.01, rate: 0.5, steps: 300, minPrecision: 0.75 };
  const a = fitLogistic(toyRows(), options);
  const b = fitLogistic(toyRows(), options);
  assert.deepEqual(a, b);
  assert.ok(a[featureNames.indexOf('sharedSlot')]! > 0.5, `sharedSlot weight ${a[featureNames.indexOf('sharedSlot')]}`);
  const model = { features: [...featureNames], weights: a, threshold: 0.5 };
  const row = (slot: number) => featureNames.map((n) => (n === 'bias' ? 1 : n === 'sharedSlot' ? slot : 0));
  assert.ok(scorePair(row(2), model) > scorePair(row(0), model));
});

test('conflict model: the committed model matches the pair features and has a threshold in (0, 1)', () => {
  const m = committedModel();
  assert.deepEqual(m.features, [...featureNames]);
  assert.ok(m.threshold > 0 && m.threshold < 1);
});

test('conflict model: fitting refuses data with one class only', () => {
  assert.throws(() => fitLogistic(toyRows().map((r) => ({ ...r, label: 0 as const }))), /PARALLAX_TRAIN_NO_LABELS/);
});
