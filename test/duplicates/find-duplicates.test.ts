import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuplicateIndex, findDuplicates } from '../../src/stages/duplicates/index.js';
import { shingleText } from '../../src/stages/duplicates/steps/01-shingle.js';
import { compareShingles } from '../../src/stages/duplicates/steps/03-compare-shingles.js';
import { makePermutationSeeds, signShingles } from '../../src/stages/duplicates/steps/02-minhash.js';

const wire =
  'Firefighters in the port town of Kessel spent the night fighting a blaze at a grain warehouse on Dock Road. ' +
  'The fire started shortly after nine in the evening and sent a column of black smoke over the harbour. ' +
  'Fire chief Anna Brandt said no one was hurt, but about 4,000 tonnes of wheat were lost. ' +
  'Residents of the nearby Lindenhof estate were told to keep windows closed until morning. ' +
  'The cause of the fire is not yet known, and investigators will enter the building once it has cooled. ' +
  'The warehouse belongs to the Nordkorn cooperative, which said it would compensate farmers for the lost grain.';

const other =
  'The city council of Kessel voted on Tuesday to close the old swimming baths on Mill Street at the end of the year. ' +
  'Councillor Petra Vogt said the building needed repairs the town could not afford, estimated at 2.3 million euros. ' +
  'A new pool is planned beside the sports ground, but construction will not start before 2026. ' +
  'Swimming clubs protested outside the town hall and collected more than 3,000 signatures against the closure. ' +
  'Schools will bus pupils to the pool in the neighbouring town of Ahlen in the meantime.';

const cases: { name: string; docs: { id: string; text: string }[]; want: string[][] }[] = [
  { name: 'an exact copy', docs: [{ id: 'a', text: wire }, { id: 'b', text: wire }], want: [['a', 'b']] },
  {
    name: 'a copy with a changed byline and dateline',
    docs: [
      { id: 'a', text: `By Staff Reporter\nKESSEL (Nordwire) - ${wire}` },
      { id: 'b', text: `By Maria Olsen, Coast Herald\n${wire}\nCopyright Coast Herald.` },
    ],
    want: [['a', 'b']],
  },
  {
    name: 'a trimmed copy (last paragraphs cut)',
    docs: [{ id: 'full', text: wire }, { id: 'cut', text: wire.split('. ').slice(0, 4).join('. ') + '.' }],
    want: [['cut', 'full']],
  },
  {
    name: 'a lightly edited rewrite (a few words changed)',
    docs: [
      { id: 'a', text: wire },
      { id: 'b', text: wire.replace('spent the night fighting', 'battled through the night').replace('were lost', 'was destroyed').replace('about 4,000', 'some 4,000') },
    ],
    want: [['a', 'b']],
  },
  {
    name: 'a different article sharing only a lead paragraph is not a copy',
    docs: [
      { id: 'a', text: wire },
      { id: 'b', text: wire.split('. ').slice(0, 2).join('. ') + '. ' + other },
    ],
    want: [],
  },
  { name: 'unrelated articles', docs: [{ id: 'a', text: wire }, { id: 'b', text: other }], want: [] },
  { name: 'empty texts are never copies', docs: [{ id: 'a', text: '' }, { id: 'b', text: '' }], want: [] },
  {
    name: 'copies chain into one group; groups sorted',
    docs: [
      { id: 'z', text: other },
      { id: 'c', text: wire },
      { id: 'y', text: `${other} Updated.` },
      { id: 'b', text: `${wire} (Nordwire)` },
      { id: 'a', text: `Reporting by Tom Weiss. ${wire}` },
    ],
    want: [['a', 'b', 'c'], ['y', 'z']],
  },
];

for (const c of cases) {
  test(`findDuplicates: ${c.name}`, () => {
    assert.deepEqual(findDuplicates(c.docs), c.want);
  });
}

test('shingles ignore case, punctuation and spacing', () => {
  assert.deepEqual(shingleText('The quake, hit  CHILE!', 3), shingleText('the quake hit chile', 3));
  assert.equal(shingleText('too short', 4).length, 1);
});

test('MinHash agreement tracks Jaccard similarity', () => {
  const a = shingleText(wire, 4);
  const b = shingleText(wire.split('. ').slice(0, 3).join('. '), 4);
  const seeds = makePermutationSeeds(128, 1);
  const sa = signShingles(a, seeds);
  const sb = signShingles(b, seeds);
  const agree = sa.filter((v, i) => v === sb[i]).length / 128;
  assert.ok(Math.abs(agree - compareShingles(a, b).jaccard) < 0.15, `agree ${agree}`);
});

test('the index reports what an added text copies and who is the original', () => {
  const index = new DuplicateIndex();
  assert.deepEqual(index.add({ id: 'first', text: wire }), []);
  assert.deepEqual(index.add({ id: 'other', text: other }), []);
  assert.deepEqual(index.add({ id: 'second', text: `${wire} More soon.` }), ['first']);
  assert.equal(index.originalOf('second'), 'first');
  assert.equal(index.originalOf('other'), 'other');
  assert.equal(index.originalOf('missing'), null);
  assert.throws(() => index.add({ id: 'first', text: wire }), /PARALLAX_DUPLICATE_ID.*"first"/);
});

test('options that cannot form bands are refused', () => {
  assert.throws(() => findDuplicates([], { permutations: 100, bandRows: 3 }), /PARALLAX_BAD_OPTION/);
});

test('groups do not depend on input order', () => {
  const docs = [
    { id: 'z', text: other },
    { id: 'c', text: wire },
    { id: 'y', text: `${other} Updated.` },
    { id: 'b', text: `${wire} (Nordwire)` },
    { id: 'a', text: `Reporting by Tom Weiss. ${wire}` },
  ];
  const forward = findDuplicates(docs);
  assert.deepEqual(findDuplicates([...docs].reverse()), forward);
  assert.deepEqual(findDuplicates([docs[2], docs[4], docs[0], docs[3], docs[1]]), forward);
});
