import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignBatch, clusterArticles, type ClusterInput } from '../../src/stages/stories/index.js';
import { leedsFollowUps, quakes, robberies } from './fixtures.js';

const strip = (list: (ClusterInput & { event: string })[]): ClusterInput[] => list.map(({ event: _e, ...a }) => a);
const byId = new Map(strip([...quakes, ...robberies, ...leedsFollowUps]).map((a) => [a.id, a]));
const pick = (...ids: string[]): ClusterInput[] => ids.map((id) => byId.get(id)!);

test('a batch joins the stored stories it belongs to, which keep their ids and titles; the rest open new stories', () => {
  const input = [
    { id: 's:stored-chile', title: 'Stored Chile title', articles: pick('q-a1', 'q-a2') },
    { id: 's:stored-leeds', title: 'Stored Leeds title', articles: pick('r-a1') },
  ];
  const result = assignBatch({ articles: pick('q-a3', 'r-a2', 'q-b1', 'q-b2'), stories: input, sample: [], sampleStandsFor: 0 });
  const groups = result.changed.map((s) => [s.id, s.title, [...s.articles].sort()]);
  const stored = groups.filter((g) => String(g[0]).startsWith('s:stored'));
  assert.deepEqual(stored.sort(), [
    ['s:stored-chile', 'Stored Chile title', ['q-a1', 'q-a2', 'q-a3']],
    ['s:stored-leeds', 'Stored Leeds title', ['r-a1', 'r-a2']],
  ]);
  assert.deepEqual(groups.filter((g) => !String(g[0]).startsWith('s:stored')).map((g) => g[2]), [['q-b1', 'q-b2']], 'the Turkey quake is a new story, apart from Chile');
  assert.deepEqual(result.merged, []);
});

test('two stored stories a new article ties together merge; the older keeps its id', () => {
  // the Chile quake stored as two stories (as if its first reports had been split)
  const stored = [
    { id: 's:newer', title: 'Newer', articles: pick('q-a2') },
    { id: 's:older', title: 'Older', articles: pick('q-a1') },
  ];
  const result = assignBatch({ articles: pick('q-a3'), stories: stored, sample: [], sampleStandsFor: 0 });
  assert.deepEqual(result.changed.map((s) => [s.id, [...s.articles].sort()]), [['s:older', ['q-a1', 'q-a2', 'q-a3']]]);
  assert.deepEqual(result.merged, ['s:newer']);
});

test('stored stories the batch does not touch are not returned; an unrelated story is left alone', () => {
  const stored = [{ id: 's:leeds', title: 'Leeds', articles: pick('r-a1', 'r-a2') }];
  const result = assignBatch({ articles: pick('q-a1', 'q-a2'), stories: stored, sample: [], sampleStandsFor: 0 });
  assert.deepEqual(result.changed.map((s) => [...s.articles].sort()), [['q-a1', 'q-a2']]);
  assert.notEqual(result.changed[0].id, 's:leeds');
});

test('a sample counted as many articles makes its words common: a word everywhere in the store is no evidence', () => {
  // without a sample, two reports sharing only "Quake" words would weigh them as rare; the
  // result with a sample standing for a large store must still keep the two quakes apart
  const stored = [{ id: 's:chile', title: 'Chile', articles: pick('q-a1', 'q-a2', 'q-a3') }];
  const sample = pick('r-a1', 'r-b1', 'r-b2');
  const result = assignBatch({ articles: pick('q-b1', 'q-b2'), stories: stored, sample, sampleStandsFor: 30_000 });
  assert.deepEqual(result.changed.map((s) => [...s.articles].sort()), [['q-b1', 'q-b2']]);
});

test('a stored story the new reports show to be two events is split; the larger part keeps its id', () => {
  // a first batch of one report per robbery (r-a1 Leeds, r-b1 Bristol) is merged by the batch
  // clustering itself; once the second report of each arrives, they are told apart
  const first = clusterArticles(pick('r-a1', 'r-b1')).stories;
  assert.equal(first.length, 1, 'the premise: alone, the two robberies look like one story');
  const result = assignBatch({ articles: pick('r-a2', 'r-b2'), stories: [{ id: 's:both', title: 'Both', articles: pick('r-a1', 'r-b1') }], sample: [], sampleStandsFor: 0 });
  assert.deepEqual(result.changed.map((s) => [...s.articles].sort()).sort(), [['r-a1', 'r-a2'], ['r-b1', 'r-b2']]);
  assert.equal(result.changed.filter((s) => s.id === 's:both').length, 1, 'one part keeps the stored id');
  assert.deepEqual(result.merged, []);
});

test('assigning in two batches gives the stories of clustering all at once (fixtures)', () => {
  const all = strip([...quakes, ...robberies]);
  const whole = clusterArticles(all).stories.map((s) => [...s.articles].sort()).sort();
  const firstIds = ['q-a1', 'q-a2', 'q-b1', 'r-a1', 'r-a2'];
  const first = clusterArticles(pick(...firstIds)).stories;
  const stored = first.map((s) => ({ id: s.id, title: s.title, articles: pick(...s.articles) }));
  const rest = all.filter((a) => !firstIds.includes(a.id));
  const result = assignBatch({ articles: rest, stories: stored, sample: [], sampleStandsFor: 0 });
  const changed = new Map(result.changed.map((s) => [s.id, s.articles]));
  const final = [...first.filter((s) => !changed.has(s.id)).map((s) => s.articles), ...changed.values()].map((a) => [...a].sort()).sort();
  assert.deepEqual(final, whole);
});
