import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, phoneticKey } from '../../src/stages/entities/match-names.js';

// [a, b, must match, why the case is here]
const cases: [string, string, boolean, string][] = [
  // Full name ↔ surname, Western order.
  ['Joe Biden', 'Biden', true, 'surname alone'],
  ['Antony Blinken', 'Blinken', true, 'surname alone'],
  ['Martin Luther King', 'King', true, 'surname of a three-part name'],
  ['Ursula von der Leyen', 'Leyen', true, 'particles are skipped'],
  ['Bashar al-Assad', 'Assad', true, 'Arabic article al- is a particle'],
  ['Antony Blinken', 'Antony', false, 'a given name alone is not a reference'],
  // Full name ↔ family name, East Asian order.
  ['Qin Gang', 'Qin', true, 'Chinese family name first'],
  ['Xi Jinping', 'Xi', true, 'Chinese family name first'],
  ['Wang Yi', 'Wang', true, 'Chinese family name first'],
  ['Qin Gang', 'Gang', false, 'given name of a Chinese name is not a reference'],
  ['Wang Yi', 'Yi', false, 'given name of a Chinese name is not a reference'],
  ['Kim Jong Un', 'Kim', true, 'Korean family name first'],
  // Spelling, transliteration, typos, diacritics.
  ['Antony Blinken', 'Anthony Blinken', true, 'th/t spelling of the given name'],
  ['Antony Blinken', 'Bilinken', true, 'typo: one letter inserted'],
  ['Blinken', 'Bilinken', true, 'typo between surnames'],
  ['Wang Yi', 'Vang Yi', true, 'W/V transliteration'],
  ['Nicolas Burns', 'Nicholas Burns', true, 'Nicolas/Nicholas'],
  ['Mohammed bin Salman', 'Muhammad bin Salman', true, 'Mohammed/Muhammad'],
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', true, 'Zelensky/Zelenskyy'],
  ['Zelensky', 'Zelenskiy', true, 'Zelensky/Zelenskiy'],
  ['Muammar Gadhafi', 'Muammar Qaddafi', true, 'Gadhafi/Qaddafi share a consonant skeleton'],
  ['José Mujica', 'Jose Mujica', true, 'diacritics'],
  ['Kim Jong Un', 'Kim Jong-un', true, 'hyphenated given name'],
  ['George W. Bush', 'George Bush', true, 'middle initial absent on one side'],
  ['John F. Kennedy', 'John Fitzgerald Kennedy', true, 'initial stands for the middle name'],
  ['Joe Biden', 'Joseph Biden', true, 'nickname'],
  ['Bill Clinton', 'William Clinton', true, 'nickname'],
  ['Joe Biden', 'Joseph R. Biden Jr.', true, 'nickname, middle initial and suffix'],
  ['Mr. Blinken', 'Blinken', true, 'honorific dropped'],
  // Different people sharing a name part.
  ['William Burns', 'Nicholas Burns', false, 'same surname, different given names'],
  ['William Burns', 'Nicolas Burns', false, 'same surname, different given names (seed spelling)'],
  ['Joe Biden', 'Hunter Biden', false, 'father and son'],
  ['Bill Clinton', 'Hillary Clinton', false, 'husband and wife'],
  ['George H. W. Bush', 'George W. Bush', false, 'father and son differ in the middle initial'],
  ['Kim Jong Un', 'Kim Yo Jong', false, 'siblings: same family name, different given names'],
  ['Kim Jong Un', 'Kim Jong Il', false, 'father and son differ in the last syllable'],
  // Li Qiang and Li Keqiang were both Chinese premiers; "Qiang" ≠ "Keqiang" (two syllables differ).
  ['Li Qiang', 'Li Keqiang', false, 'two premiers: given names are different syllables'],
  ['Xi Jinping', 'Xi Mingze', false, 'father and daughter'],
  ['Xi', 'Xu', false, 'short family names differing in a vowel'],
  ['Zhang Wei', 'Zheng Wei', false, 'Zhang and Zheng are different families'],
  ['Ali', 'Alina', false, 'a short name is not a prefix match'],
  ['Ford', 'Ford Motor', false, 'person vs organisation'],
  ['Biden', 'Biden administration', false, 'person vs administration'],
  ['Maria Lopez', 'Mario Lopez', false, 'one vowel apart, different given names'],
  ['Patrick Smith', 'Patricia Smith', false, 'nickname groups are not transitive'],
  ['Burns', 'Burks', false, 'a consonant substitution in a short surname'],
  ['Jake Sullivan', 'Matthew Miller', false, 'nothing in common'],
  ['Lee', 'Robert Lee', true, 'Lee as a Western surname'],
];

test(`compareNames: ${cases.length} name pairs`, () => {
  assert.ok(cases.length >= 40);
  const wrong: string[] = [];
  for (const [a, b, expected, why] of cases) {
    const result = compareNames(a, b);
    const reverse = compareNames(b, a);
    if (result.match !== expected) wrong.push(`${a} / ${b}: expected ${expected} (${why}), got ${result.match} (${result.why})`);
    if (reverse.match !== result.match) wrong.push(`${b} / ${a}: not symmetric`);
    if (result.match) assert.ok(result.score > 0 && result.score <= 1, `${a} / ${b}: score ${result.score}`);
  }
  assert.deepEqual(wrong, []);
});

test('compareNames: identical names score 1, surnames score less than full names', () => {
  assert.equal(compareNames('Qin Gang', 'Qin Gang').score, 1);
  assert.ok(compareNames('Qin Gang', 'Qin').score < compareNames('Antony Blinken', 'Anthony Blinken').score);
});

test('phoneticKey: transliteration pairs share a key, different names do not', () => {
  const same: [string, string][] = [
    ['Wang', 'Vang'],
    ['Antony', 'Anthony'],
    ['Blinken', 'Bilinken'],
    ['Nicolas', 'Nicholas'],
    ['Gadhafi', 'Qaddafi'],
    ['Mohammed', 'Muhammad'],
    ['José', 'Jose'],
  ];
  for (const [a, b] of same) assert.equal(phoneticKey(a), phoneticKey(b), `${a}/${b}`);
  const different: [string, string][] = [
    ['William', 'Nicholas'],
    ['Burns', 'Biden'],
    ['Ali', 'Alina'],
  ];
  for (const [a, b] of different) assert.notEqual(phoneticKey(a), phoneticKey(b), `${a}/${b}`);
  // The key is a coarse blocking key: "Qiang" and "Keqiang" share one, and compareNames tells them apart.
  assert.equal(phoneticKey('Qiang'), phoneticKey('Keqiang'));
  assert.equal(compareNames('Qiang', 'Keqiang').match, false);
  assert.equal(phoneticKey(''), '');
});
