import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../src/stages/numbers/index.js';

/** [text, expected [words, value] pairs] */
const cases: [string, [string, number][]][] = [
  ['lasted 5 and a half hours', [['5 and a half', 5.5]]],
  ['for seven and a half hours', [['seven and a half', 7.5]]],
  ['a two-and-a-half-year wait', [['two-and-a-half', 2.5]]],
  ['it took 1½ hours', [['1½', 1.5]]],
  ['forty-two people and twenty five more', [['forty-two', 42], ['twenty five', 25]]],
  ['a dozen eggs, half a dozen, half a million', [['a dozen', 12], ['half a dozen', 6], ['half a million', 500000]]],
  ['half an hour', [['half', 0.5]]],
  ['two hundred and five thousand', [['two hundred and five thousand', 205000]]],
  ['$3bn and 2.5 million and 1,000', [['3bn', 3e9], ['2.5 million', 2.5e6], ['1,000', 1000]]],
  ['a magnitude 5.9 quake', [['5.9', 5.9]]],
  ['a 6 . 1 magnitude quake', [['6 . 1', 6.1]]],
  ['2000 people marched', [['2000', 2000]]],
  ['a record of 4 , 051 yards', [['4 , 051', 4051]]],
  ['in 2009 , 100 people came', [['100', 100]]],
  // Not numbers:
  ['the one-China principle', []],
  ['one of the reasons, no one knows', []],
  ['the No. 1 seed, Covid-19, an F-16, the G20', []],
  ['on his 18th birthday', []],
  ['in 2018, since 2021, the 2024 presidential race', []],
  ['June 18, 2023 and Dec. 21', []],
  ['at 4:30 p.m. on 6/18/2023 or 2023-06-18', []],
  ['the Three Joint Declarations', []],
  ['dozens of people and hundreds of troops', []],
];

for (const [text, expected] of cases) {
  test(`findNumbers: ${text}`, () => {
    assert.deepEqual(findNumbers(text).map((n) => [n.text, n.value]), expected);
  });
}

test('findNumbers: offsets index into the text', () => {
  const text = 'met for seven and a half hours';
  for (const n of findNumbers(text)) assert.equal(text.slice(n.start, n.end), n.text);
});
