import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropRepeatedSentences, splitSentences } from '../../src/stages/sentences/index.js';

function run(text: string) {
  return dropRepeatedSentences(splitSentences('a', text, []));
}

test('dropRepeatedSentences: an exact repeat is dropped, the kept ones re-indexed with spans unchanged', () => {
  const text = 'The dam held. Engineers checked it at dawn. The dam held. Crews went home.';
  const before = splitSentences('a', text, []);
  const { kept, dropped } = dropRepeatedSentences(before);
  assert.deepEqual(kept.map((s) => [s.id, s.index, s.text]), [
    ['a#0', 0, 'The dam held.'],
    ['a#1', 1, 'Engineers checked it at dawn.'],
    ['a#2', 2, 'Crews went home.'],
  ]);
  assert.equal(kept[2].start, before[3].start);
  assert.equal(kept[2].end, before[3].end);
  assert.deepEqual(dropped, [{ article: 'a', text: 'The dam held.', reason: 'repeated' }]);
});

test('dropRepeatedSentences: a near-repeat (a few words changed) contained in an earlier, longer sentence is dropped', () => {
  const text =
    'At the meeting, the two cities agreed to share water data from the northern reservoirs, to build a joint flood warning system and to train rescue teams together, the mayor said after the talks ended. ' +
    'The two cities agreed to share water data from the northern reservoir, to design a joint flood warning system and to train rescue teams together.';
  const { kept, dropped } = run(text);
  assert.equal(kept.length, 1);
  assert.equal(dropped.length, 1);
  assert.match(dropped[0].text, /^The two cities agreed/);
});

test('dropRepeatedSentences: a later, longer sentence that adds facts is kept', () => {
  const text = 'The two cities agreed to share water data. Later, the two cities agreed to share water data and to build a flood warning system by 2026.';
  assert.equal(run(text).kept.length, 2);
});

test('dropRepeatedSentences: sentences sharing boilerplate but stating different facts are kept', () => {
  const text = [
    'Both sides agreed to keep moving forward talks on the guiding principles of the treaty.',
    'Both sides agreed to continue advancing talks through the joint committee to settle specific issues.',
    'Both sides agreed to encourage more student and academic exchanges between the two countries.',
    'Both sides agreed to maintain regular contact between their defence ministries.',
  ].join('\n');
  const { kept, dropped } = run(text);
  assert.equal(kept.length, 4);
  assert.deepEqual(dropped, []);
});

test('dropRepeatedSentences: a near-copy that changes a number is an update and is kept', () => {
  const text =
    'By Tuesday evening the regional health office said the number of people treated for smoke inhalation after the warehouse fire had risen to 12. ' +
    'By Wednesday evening the regional health office said the number of people treated for smoke inhalation after the warehouse fire had risen to 15.';
  assert.equal(run(text).kept.length, 2);
});

test('dropRepeatedSentences: very short exact repeats are kept', () => {
  assert.equal(run('No. He refused. No.').kept.length, 3);
});

test('dropRepeatedSentences: case and punctuation differences still count as exact repeats', () => {
  const { kept, dropped } = run('The bridge will reopen in May.\n“The bridge will reopen in May!”');
  assert.equal(kept.length, 1);
  assert.equal(dropped.length, 1);
});

test('dropRepeatedSentences: many sentences sharing a phrase finish (index stays bounded)', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `Both sides agreed to item number ${i} of the list today.`);
  const { kept } = run(lines.join('\n'));
  assert.equal(kept.length, 5000);
});
