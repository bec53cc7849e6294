import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureLcs, scoreCorpus, scoreRouge, tokenizeRouge } from '../../bench/rouge.js';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('tokenises like rouge-score: lower-case, a-z0-9 runs, stems only words longer than three letters', () => {
  assert.deepEqual(tokenizeRouge('The U.S.-led talks, RUNNING late!'), ['the', 'u', 's', 'led', 'talk', 'run', 'late']);
  assert.deepEqual(tokenizeRouge('dogs ran 42%'), ['dog', 'ran', '42']);
});

test('identical texts score 1 on every measure', () => {
  const s = scoreRouge('Officials met for seven hours.', 'Officials met for seven hours.');
  for (const r of [s.rouge1, s.rouge2, s.rougeL]) close(r.f1, 1);
});

test('hand-computed case: one word swapped', () => {
  // cand: the cat sat on the mat; ref: the cat lay on the mat
  // unigrams 5 of 6 both ways; bigrams: the-cat, on-the, the-mat = 3 of 5; LCS the cat on the mat = 5.
  const s = scoreRouge('the cat sat on the mat', 'the cat lay on the mat');
  close(s.rouge1.precision, 5 / 6);
  close(s.rouge1.f1, 5 / 6);
  close(s.rouge2.f1, 3 / 5);
  close(s.rougeL.f1, 5 / 6);
});

test('clips repeated n-grams and handles unequal lengths', () => {
  // unigram overlap min(3, 1) = 1: P = 1/3, R = 1/2, F = 2·(1/6)/(5/6) = 0.4
  const s = scoreRouge('the the the', 'the cat');
  close(s.rouge1.precision, 1 / 3);
  close(s.rouge1.recall, 1 / 2);
  close(s.rouge1.f1, 0.4);
  close(s.rouge2.f1, 0);
});

test('stemming makes inflections match', () => {
  close(scoreRouge('running dogs', 'run dog').rouge2.f1, 1);
});

test('empty candidate or reference scores 0', () => {
  assert.equal(scoreRouge('', 'a reference').rouge1.f1, 0);
  assert.equal(scoreRouge('a candidate', '').rougeL.f1, 0);
});

test('LCS is order-aware and the corpus figure is a mean ×100', () => {
  assert.equal(measureLcs(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']), 3);
  assert.equal(measureLcs([], ['a']), 0);
  const corpus = scoreCorpus([
    { candidate: 'x y', reference: 'x y' },
    { candidate: 'p q', reference: 'r s' },
  ]);
  close(corpus.r1, 50);
  close(corpus.r2, 50);
});
