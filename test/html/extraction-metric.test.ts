// The port of the ScrapingHub article-extraction-benchmark metric (bench/extraction-metric.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateScores, matchShingles, pageF1, tokenize } from '../../bench/extraction-metric.js';

test('tokens follow Python\'s \\w: letters, digits, underscore; combining marks split words', () => {
  assert.deepEqual(tokenize("It's 2019_a café — ½ naïve"), ['It', 's', '2019_a', 'café', '½', 'naïve']);
  // "नमस्ते": the virama and vowel sign are marks (Mn/Mc), not \w in Python, so the word splits.
  assert.deepEqual(tokenize('नमस्ते'), ['नमस', 'त']);
  assert.deepEqual(tokenize('東京は晴れ'), ['東京は晴れ']);
});

test('identical texts: precision = recall = 1; shingles are a multiset', () => {
  assert.deepEqual(matchShingles('a b c d e', 'a b c d e'), [1, 0, 0]);
  // Truth has the 4-gram "a b c d" twice; a prediction with it once misses one.
  const [tp, fp, fn] = matchShingles('a b c d a b c d', 'a b c d');
  assert.ok(tp > 0 && fp === 0 && fn > 0);
});

test('short texts give one shorter shingle; empty texts none', () => {
  assert.deepEqual(matchShingles('two words', 'two words'), [1, 0, 0]);
  assert.deepEqual(matchShingles('', ''), [0, 0, 0]);
  assert.deepEqual(matchShingles('some truth text here', ''), [0, 0, 1]);
});

test('aggregate: precision skips pages with nothing predicted, recall pages with no truth; F1 of the means', () => {
  const pages = [matchShingles('a b c d e f', 'a b c d e f'), matchShingles('a b c d e f', ''), matchShingles('', 'x y z w')];
  const s = aggregateScores(pages);
  // precision over pages 1 and 3: (1 + 0) / 2; recall over pages 1 and 2: (1 + 0) / 2.
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.5);
  assert.equal(s.f1, 0.5);
  assert.equal(pageF1(pages[0]), 1);
  assert.equal(pageF1(pages[1]), 0);
});
