import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureTable, featureKind, findTopPositions } from '../../src/stages/stories/feature-table.js';
import { NeighbourIndex } from '../../src/stages/stories/neighbour-index.js';
import { tokenise } from '../../src/stages/stories/steps/01-tokenise.js';
import { extractFeatures } from '../../src/stages/stories/steps/02-extract-features.js';

const day = 86_400_000;

/** A table and index over texts, IDF counted over all of them first (as a primed batch). */
function build(texts: string[], times: (number | null)[] = texts.map(() => null)) {
  const table = new FeatureTable();
  const vectors = texts.map((t) => table.toVector(extractFeatures(tokenise(t)), 1, 1));
  for (const v of vectors) table.countDocument(v);
  // as ClusterState.idf: a headline pair is evidence only and weighs nothing here
  const idf = (id: number): number => (table.kindOf(id) === featureKind.headlinePair ? 0 : Math.log(1 + (table.documents + 20) / Math.max(table.frequencyOf(id), 1)));
  const index = new NeighbourIndex(idf, 40, 50);
  const tops = vectors.map((v) => findTopPositions(v, idf, 40));
  vectors.forEach((v, i) => index.add(v, times[i], tops[i]));
  const find = (i: number, extra: Partial<{ count: number; floor: number; spread: number; reach: number; time: number | null }> = {}) =>
    index.find({ vector: vectors[i], top: tops[i], time: times[i], self: i, count: 5, floor: 0.05, spread: 0, reach: 3 * day, ...extra });
  return { table, index, find };
}

const texts = [
  'A magnitude 6.8 earthquake struck near Antofagasta in Chile; two died in Calama.',
  'Two dead in Calama as a 6.8 quake hits the Antofagasta region of Chile.',
  'A magnitude 5.9 earthquake struck near Malatya in Turkey; eleven hurt in Elazig.',
  'The council voted to rename the library after a local poet.',
];

test('feature vectors are sorted by id and count articles once per feature', () => {
  const table = new FeatureTable();
  const v = table.toVector(new Map([['w:quake', 3], ['e:calama', 1], ['w:quake2', 1]]), 1, 1);
  assert.deepEqual([...v.ids], [...v.ids].sort((a, b) => a - b));
  assert.ok(Math.abs(v.raw[[...v.ids].indexOf(table.intern('w:quake'))] - (1 + Math.log(3))) < 1e-6);
  table.countDocument(v);
  table.countDocument(v);
  assert.equal(table.frequencyOf(table.intern('w:quake')), 2);
  assert.equal(table.documents, 2);
});

test('an article finds the report of the same event first, never itself', () => {
  const { find } = build(texts);
  const found = find(0);
  assert.equal(found[0].ordinal, 1);
  assert.ok(found.every((n) => n.ordinal !== 0));
  for (let k = 1; k < found.length; k++) assert.ok(found[k - 1].similarity >= found[k].similarity);
});

test('an unrelated article is no neighbour (below the floor)', () => {
  const { find } = build(texts);
  assert.ok(!find(0).some((n) => n.ordinal === 3));
  assert.deepEqual(find(3), []);
});

test('two dated articles further apart than the reach are no neighbours; undated ones may be', () => {
  const dated = build(texts, [0, 10 * day, 0, 0]);
  assert.ok(!dated.find(0).some((n) => n.ordinal === 1));
  const undated = build(texts, [0, null, 0, 0]);
  assert.equal(undated.find(0)[0].ordinal, 1);
});

test('the count bounds the neighbours returned', () => {
  const { find } = build(texts);
  assert.equal(find(0, { count: 1 }).length, 1);
  assert.deepEqual(find(0, { count: 0 }), []);
});

test('a neighbour much farther than the nearest one is not taken (spread)', () => {
  const { find } = build(texts);
  const all = find(0);
  assert.ok(all.length >= 2, 'the other quake is a (weak) neighbour when every neighbour is taken');
  const close = find(0, { spread: 0.7 });
  assert.deepEqual(close.map((n) => n.ordinal), [1]);
  assert.ok(all[1].similarity < 0.7 * all[0].similarity);
});

test('features that weigh nothing (headline pairs) are never indexed or looked up', () => {
  const table = new FeatureTable();
  const vector = table.toVector(extractFeatures(tokenise('Quake hits Chile\nA strong quake hit Calama.')), 1, 1);
  table.countDocument(vector);
  const idf = (id: number): number => (table.kindOf(id) === featureKind.headlinePair ? 0 : 1);
  const top = findTopPositions(vector, idf, 40);
  assert.ok([...vector.ids].some((id) => table.kindOf(id) === featureKind.headlinePair), 'the premise: the headline gives pairs');
  assert.ok([...top].every((k) => table.kindOf(vector.ids[k]) !== featureKind.headlinePair));
});
