import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenise } from '../../src/stages/stories/steps/01-tokenise.js';
import { extractFeatures, normaliseWord } from '../../src/stages/stories/steps/02-extract-features.js';

const keys = (text: string): string[] => [...extractFeatures(tokenise(text)).keys()].sort();

test('normaliseWord drops possessives and plurals', () => {
  for (const [input, want] of [['Lohan’s', 'lohan'], ['quakes', 'quake'], ['cities', 'city'], ['bus', 'bus'], ['class', 'class']]) {
    assert.equal(normaliseWord(input), want, input);
  }
});

test('sentence starts are marked, and a capital there is not a name by itself', () => {
  const tokens = tokenise('Rescuers came. Calama was hit.\nMore soon');
  assert.deepEqual(tokens.filter((t) => t.isSentenceStart).map((t) => t.text), ['Rescuers', 'Calama', 'More']);
  assert.ok(keys('Rescuers searched the town.').includes('w:rescuer'));
});

test('words capitalised inside a sentence are names everywhere in the article', () => {
  const k = keys('Lohan checked into the clinic on Tuesday. The actress Lindsay Lohan was seen there with her lawyer.');
  assert.ok(k.includes('e:lohan'));
  assert.ok(k.includes('e:lindsay'));
  assert.ok(!k.includes('w:lohan'));
});

test('a Title Case headline does not make its words names', () => {
  const k = keys('Strong Earthquake Shakes Northern Chile\nThe earthquake hit the north of Chile.');
  assert.ok(k.includes('w:earthquake'));
  assert.ok(k.includes('e:chile'));
});

test('numbers, units, years and month-days become facts', () => {
  const k = keys('A 6.8 magnitude quake on March 4, 2024 killed 1,200 people.');
  for (const want of ['n:6.8', 'n:6.8 magnitude', 'd:3-4', 'y:2024', 'n:1200']) assert.ok(k.includes(want), want);
});

test('web addresses are not words of the story', () => {
  assert.deepEqual(keys('http://articles.latimes.com/2013/may/03/lohan-rehab'), []);
});

test('a bare year is background (t:), a year in a written date dates the event (y:)', () => {
  const k = keys('She was treated there in 2005. On December 15, 2008 she returned; in December 2009 she left.');
  for (const want of ['t:2005', 'y:2008', 'y:2009', 'd:12-15']) assert.ok(k.includes(want), want);
  assert.ok(!k.includes('y:2005'));
});

test('capitals and digits outside ASCII are read too', () => {
  const tokens = tokenise('Dort sagte Ökonom Müller am Montag: ١٢ Tote.');
  assert.ok(tokens.find((t) => t.text === 'Müller')!.isCapitalised);
  assert.ok(tokens.find((t) => t.text === 'Ökonom')!.isCapitalised);
  assert.ok(tokens.find((t) => t.text === '١٢')!.isNumber);
  assert.ok(!tokens.find((t) => t.text === 'am')!.isCapitalised);
});

test('normaliseWord gives the same answer when asked again (it remembers words)', () => {
  for (let i = 0; i < 2; i++) assert.equal(normaliseWord('Quakes'), 'quake');
});

test('each two of the headline\'s first content words make a pair (p:, in either order); the body gives none', () => {
  const pairs = (text: string): string[] => keys(text).filter((k) => k.startsWith('p:'));
  assert.deepEqual(pairs('Governor signs relief bill\nThe governor signs the relief bill today.'), [
    'p:bill governor', 'p:bill relief', 'p:bill sign', 'p:governor relief', 'p:governor sign', 'p:relief sign',
  ]);
  // a word said twice pairs once; past the first eight content words, none
  assert.deepEqual(pairs('Talks talks fail'), ['p:fail talk']);
  assert.equal(pairs('Alpha bravo charlie delta echo foxtrot golf hotel india juliet').length, 28);
});
