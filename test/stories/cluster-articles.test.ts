import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterArticles, orderForClustering, StoryClusterer, type ClusterInput } from '../../src/stages/stories/index.js';
import { quakes, robberies } from './fixtures.js';

/** Stories as sorted lists of sorted ids, to compare with expected groupings. */
function groups(stories: { articles: string[] }[]): string[][] {
  return stories.map((s) => [...s.articles].sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function expected(articles: { id: string; event: string }[]): string[][] {
  const byEvent = new Map<string, string[]>();
  for (const a of articles) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a.id]);
  return [...byEvent.values()].map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const strip = (list: (ClusterInput & { event: string })[]): ClusterInput[] => list.map(({ event: _e, ...a }) => a);

test('two earthquakes stay apart; the reports of each join', () => {
  const result = clusterArticles(strip(quakes));
  assert.deepEqual(groups(result.stories), expected(quakes));
});

test('two bank robberies stay apart; the reports of each join', () => {
  const result = clusterArticles(strip(robberies));
  assert.deepEqual(groups(result.stories), expected(robberies));
});

test('quakes and robberies mixed give four stories', () => {
  const all = [...quakes, ...robberies];
  assert.deepEqual(groups(clusterArticles(strip(all)).stories), expected(all));
});

test('the same report far apart in time opens a new story (the window moves with the story)', () => {
  const [a1, a2] = robberies;
  const late = { ...a2, id: 'r-late', published: '2024-07-20T12:00:00Z' };
  const result = clusterArticles([a1, a2, late].map(({ event: _e, ...a }) => a));
  assert.deepEqual(groups(result.stories), [['r-a1', 'r-a2'], ['r-late']]);
});

test('a daily follow-up keeps a story alive past the window of its first article', () => {
  const base = robberies[0];
  const chain = [0, 2, 4, 6].map((day, i) => ({
    ...base,
    id: `r-day${i}`,
    published: new Date(Date.parse('2024-05-02T12:00:00Z') + day * 86_400_000).toISOString(),
    text: `${base.text} Update ${i}: the Briggate investigation continues.`,
  }));
  const result = clusterArticles(chain, { windowDays: 3 });
  assert.equal(result.stories.length, 1);
});

test('story ids are deterministic and come from the first article', () => {
  const one = clusterArticles(strip(quakes));
  const two = clusterArticles(strip([...quakes].reverse()));
  assert.deepEqual(one, two);
  for (const s of one.stories) assert.match(s.id, /^s:[0-9a-f]{14}$/);
  assert.equal(one.stories.find((s) => s.articles.includes('q-a1'))!.title, quakes[0].title);
});

test('the batch result equals feeding the clusterer in the batch order', () => {
  const all = strip([...robberies, ...quakes]);
  const batch = clusterArticles(all, { primeIdf: false });
  const online = new StoryClusterer();
  const assignments = orderForClustering(all).map((a) => online.add(a));
  assert.deepEqual(online.stories(), batch.stories);
  assert.equal(assignments.filter((a) => a.isNew).length >= batch.stories.length, true);
  assert.equal(online.storyOf('q-a2'), online.storyOf('q-a1'));
});

test('a primed clusterer gives the same stories as the batch', () => {
  const all = strip([...robberies, ...quakes]);
  const clusterer = new StoryClusterer();
  clusterer.prime(all);
  for (const a of orderForClustering(all)) clusterer.add(a);
  assert.deepEqual(clusterer.stories(), clusterArticles(all).stories);
});

test('adding an article id twice is an error naming the id', () => {
  const clusterer = new StoryClusterer();
  clusterer.add({ id: 'x', text: 'Some text about Leeds.' });
  assert.throws(() => clusterer.add({ id: 'x', text: 'Again.' }), /PARALLAX_DUPLICATE_ID.*"x"/);
});

test('empty and wordless articles become stories of their own', () => {
  const result = clusterArticles([{ id: 'a', text: '' }, { id: 'b', text: '!!!' }, { id: 'c', text: '' }]);
  assert.equal(result.stories.length, 3);
});
