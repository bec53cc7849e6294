import { test } from 'node:test';
import assert from 'node:assert/strict';
import model from '../../src/stages/stories/data/pair-context-model.json' with { type: 'json' };
import { contextFeatureNames, describeContext, rescorePairs } from '../../src/stages/stories/pair-context.js';
import { expandFeatures } from '../../src/stages/stories/pair-evidence.js';

test('the committed context model matches the features it is read with', () => {
  const n = contextFeatureNames.length;
  assert.deepEqual(model.features, [...contextFeatureNames]);
  assert.equal(model.weights.length, expandFeatures(new Array<number>(n).fill(0)).length);
  assert.equal(model.low.length, n);
});

test('context features: the lead over each article\'s best other partner and the third article both fit', () => {
  // pairs 0–1, 0–2, 1–2 (a story of three takes) and 1–3 (a take of another turn of the topic)
  const ends = [0, 1, 0, 2, 1, 2, 1, 3];
  const first = [0.6, 0.8, 0.7, 0.65];
  const [ab, , , bd] = describeContext(ends, first, 3);
  // 0–1: 0's best other is 2 (0.8), 1's best other is 2 (0.7); 2 fits both (0.8, 0.7)
  assert.ok(Math.abs(ab[1] - (0.6 - 0.8)) < 1e-12);
  assert.ok(Math.abs(ab[2] - (0.6 - 0.7)) < 1e-12);
  assert.equal(ab[3], 0.7);
  assert.ok(Math.abs(ab[4] - Math.log1p(0.8 * 0.7)) < 1e-12);
  // 1–3: 3 has no other partner, and no third article fits both
  assert.equal(bd[3], 0);
  assert.equal(bd[4], 0);
  assert.ok(Math.abs(bd[2] - 0.65) < 1e-12);
});

test('read in context, a pair whose two articles share a third scores above one whose articles each fit others better', () => {
  // the same first-stage 0.6: 0–1 closes a triangle with 2; 3–4 each have a better partner (5, 6) that the other lacks
  const ends = [0, 1, 0, 2, 1, 2, 3, 4, 3, 5, 4, 6];
  const first = [0.6, 0.8, 0.8, 0.6, 0.9, 0.9];
  const p = rescorePairs(ends, first, 3);
  assert.ok(p[0] > p[3], `${p[0]} > ${p[3]}`);
  // the same input gives the same output
  assert.deepEqual(rescorePairs(ends, first, 3), p);
});
