import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectSentences, type Candidate } from '../../bench/select-sentences.js';

/** A unit vector on one axis (term id), so two candidates are identical or orthogonal. */
const axis = (id: number) => ({ ids: Int32Array.of(id), weights: Float64Array.of(1) });
const rules = { lambda: 1, redundancy: 0.5, minRelative: 0, pool: 200 };

test('greedy by score, within budget, skipping repeats', () => {
  const candidates: Candidate[] = [
    { index: 0, score: 3, words: 10, vector: axis(1) },
    { index: 1, score: 2.9, words: 10, vector: axis(1) }, // repeats 0
    { index: 2, score: 2, words: 30, vector: axis(2) }, // does not fit after 0
    { index: 3, score: 1, words: 10, vector: axis(3) },
  ];
  assert.deepEqual(selectSentences(candidates, 25, rules), [0, 3]);
  assert.deepEqual(selectSentences(candidates, 100, rules), [0, 2, 3]);
});

test('ties are broken by index, whatever the input order', () => {
  const a: Candidate = { index: 4, score: 1, words: 5, vector: axis(1) };
  const b: Candidate = { index: 2, score: 1, words: 5, vector: axis(2) };
  assert.deepEqual(selectSentences([a, b], 5, rules), [2]);
  assert.deepEqual(selectSentences([b, a], 5, rules), [2]);
});

test('the minimum relative gain stops weak additions', () => {
  const candidates: Candidate[] = [
    { index: 0, score: 1, words: 5, vector: axis(1) },
    { index: 1, score: 0.1, words: 5, vector: axis(2) },
  ];
  assert.deepEqual(selectSentences(candidates, 20, { ...rules, minRelative: 0.3 }), [0]);
  assert.deepEqual(selectSentences(candidates, 20, rules), [0, 1]);
  assert.deepEqual(selectSentences([], 20, rules), []);
});
