import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemWord } from '../../src/stages/summary/stem-word.js';

test('Porter stems of the paper’s examples, through all five steps', () => {
  const cases: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', ties: 'ti', cats: 'cat', feed: 'feed', agreed: 'agre',
    plastered: 'plaster', bled: 'bled', motoring: 'motor', sing: 'sing', hopping: 'hop', tanned: 'tan',
    falling: 'fall', hissing: 'hiss', fizzed: 'fizz', filing: 'file', happy: 'happi', sky: 'sky',
    relational: 'relat', conditional: 'condit', generalizations: 'gener', connections: 'connect',
    electrical: 'electr', hopefulness: 'hope', adjustment: 'adjust', effective: 'effect',
    adoption: 'adopt', replacement: 'replac', probate: 'probat', rate: 'rate', cease: 'ceas', roll: 'roll',
  };
  for (const [word, stem] of Object.entries(cases)) assert.equal(stemWord(word), stem, word);
});

test('short words and non-letters are kept as they are', () => {
  assert.equal(stemWord('is'), 'is');
  assert.equal(stemWord('2020'), '2020');
  assert.equal(stemWord('café'), 'café');
});
