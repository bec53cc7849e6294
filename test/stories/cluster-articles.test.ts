import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterArticles, clusterInPieces, orderForClustering, StoryClusterer, type ClusterInput } from '../../src/stages/stories/index.js';
import { makeStoryId } from '../../src/stages/stories/steps/03-hash-id.js';
import { leedsFollowUps, quakes, quietDay, rateRise, robberies, streamedRobberies, wildfireBill } from './fixtures.js';

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

test('the online batch equals feeding the clusterer in the batch order, then refining', () => {
  const all = strip([...robberies, ...quakes]);
  const batch = clusterArticles(all, { batchMethod: 'online', primeIdf: false });
  const online = new StoryClusterer();
  const assignments = orderForClustering(all).map((a) => online.add(a));
  online.refine();
  assert.deepEqual(online.stories(), batch.stories);
  assert.equal(assignments.filter((a) => a.isNew).length >= batch.stories.length, true);
  assert.equal(online.storyOf('q-a2'), online.storyOf('q-a1'));
});

test('a primed clusterer gives the same stories as the online batch', () => {
  const all = strip([...robberies, ...quakes]);
  const clusterer = new StoryClusterer();
  clusterer.prime(all);
  for (const a of orderForClustering(all)) clusterer.add(a);
  clusterer.refine();
  assert.deepEqual(clusterer.stories(), clusterArticles(all, { batchMethod: 'online' }).stories);
});

test('the batch default agglomerates: the same stories whatever the input order, each story named by its first article', () => {
  const all = strip([...quakes, ...robberies, ...leedsFollowUps]);
  const forward = clusterArticles(all);
  const backward = clusterArticles([...all].reverse());
  const shuffled = clusterArticles([...all].sort((a, b) => (a.text.length % 7) - (b.text.length % 7) || (a.id < b.id ? 1 : -1)));
  assert.deepEqual(backward, forward);
  assert.deepEqual(shuffled, forward);
  assert.deepEqual(groups(forward.stories), expected([...quakes, ...robberies, ...leedsFollowUps]));
  const ordered = orderForClustering(all);
  for (const story of forward.stories) {
    const first = ordered.find((a) => story.articles.includes(a.id))!;
    assert.equal(story.id, makeStoryId(first.id));
  }
});

test('a batch read in pieces (texts fetched a few at a time, only features kept) gives the stories of the batch in memory', async () => {
  const all = strip([...quakes, ...robberies, ...leedsFollowUps, ...rateRise]);
  const whole = clusterArticles(all).stories;
  const byId = new Map(all.map((a) => [a.id, a]));
  const asked: string[][] = [];
  const heads = all.map((a) => ({ id: a.id, published: a.published }));
  const read = async (ids: string[]): Promise<ClusterInput[]> => {
    asked.push(ids);
    return [...ids].reverse().map((id) => byId.get(id)!);
  };
  assert.deepEqual(await clusterInPieces([...heads].reverse(), read, {}, 3), whole);
  assert.ok(asked.every((ids) => ids.length <= 3));
  assert.equal(asked.flat().length, all.length);
  await assert.rejects(clusterInPieces(heads, async (ids) => read(ids.slice(1))), /PARALLAX_UNKNOWN_ARTICLE/);
});

test('addPrimed takes only primed articles, each once', () => {
  const clusterer = new StoryClusterer();
  const [a, b] = strip(quakes.slice(0, 2));
  clusterer.stage(a);
  clusterer.prime();
  assert.throws(() => clusterer.addPrimed([a.id, b.id]), /PARALLAX_NOT_PRIMED.*"q-a2"/);
  assert.throws(() => clusterer.addPrimed([a.id, a.id]), /PARALLAX_DUPLICATE_ID/);
  clusterer.addPrimed([a.id]);
  assert.equal(clusterer.stories().length, 1);
});

test('after a batch, new articles join its stories online', () => {
  const clusterer = new StoryClusterer();
  clusterer.addBatch(strip([...quakes.slice(0, 2), ...robberies.slice(0, 3)]));
  const chile = clusterer.storyOf('q-a1');
  assert.equal(clusterer.storyOf('q-a2'), chile);
  assert.deepEqual(clusterer.add(strip([quakes[2]])[0]), { story: chile, isNew: false });
  const turkey = clusterer.add(strip([quakes[3]])[0]);
  assert.equal(turkey.isNew, true);
  assert.equal(clusterer.add(strip([quakes[4]])[0]).story, turkey.story);
  assert.equal(clusterer.storyOf('r-b2'), null);
  assert.equal(clusterer.add(strip([robberies[3]])[0]).story, clusterer.storyOf('r-b1'));
  assert.throws(() => clusterer.addBatch(strip([quakes[0], quakes[0]])), /PARALLAX_DUPLICATE_ID/);
});

test('agglomeration stops at the merge threshold: above every score nothing merges, at zero evidence-gated stories still stay apart', () => {
  const all = strip([...quakes, ...robberies]);
  assert.equal(clusterArticles(all, { mergeThreshold: 10 }).stories.length, all.length);
  const loose = clusterArticles(all, { mergeThreshold: 0 });
  // quakes and robberies share no name, number or date: even with no threshold they never merge
  for (const s of loose.stories) assert.ok(!(s.articles.some((id) => id.startsWith('q-')) && s.articles.some((id) => id.startsWith('r-'))));
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

test('more reports of one robbery do not pull in another city\'s robbery: a shared "Police" is not evidence enough', () => {
  const undated = [...robberies, ...leedsFollowUps].map(({ published: _p, ...a }) => a);
  assert.deepEqual(groups(clusterArticles(strip(undated)).stories), expected(undated));
});

test('two short takes sharing one name join when each is the other\'s nearest; without neighbours one name is not enough', () => {
  assert.deepEqual(groups(clusterArticles(strip(rateRise)).stories), expected(rateRise));
  const alone = clusterArticles(strip(rateRise), { neighbours: 0 });
  assert.ok(alone.stories.every((s) => !(s.articles.includes('f-1') && s.articles.includes('f-2'))));
});

test('dated takes sharing headline words but no name join; undated, shared headline words are no evidence', () => {
  const storyOf = (stories: { articles: string[] }[], id: string): string[] => [...stories.find((s) => s.articles.includes(id))!.articles].sort();
  const batch = strip([...wildfireBill, ...quietDay]);
  assert.deepEqual(storyOf(clusterArticles(batch).stories, 'w-1'), ['w-1', 'w-2']);
  const undated = batch.map(({ published: _p, ...a }) => a);
  assert.deepEqual(storyOf(clusterArticles(undated).stories, 'w-1'), ['w-1']);
  // in a batch of five, two articles in five is no rarity: the pairs are no evidence
  assert.deepEqual(storyOf(clusterArticles(strip(wildfireBill)).stories, 'w-1'), ['w-1']);
});

test('refine moves an article that joined a story early, before the IDF knew its shared words were common', () => {
  const { briggate, kirkgate, background } = streamedRobberies;
  const clusterer = new StoryClusterer();
  clusterer.add(briggate[0]);
  clusterer.add(kirkgate[0]);
  for (const a of background) clusterer.observe(a);
  for (const a of [briggate[1], briggate[2], kirkgate[1], kirkgate[2]]) clusterer.add(a);
  assert.equal(clusterer.storyOf('k-1'), clusterer.storyOf('b-1'), 'the stream puts k-1 with b-1 at first');
  clusterer.refine();
  assert.deepEqual(groups(clusterer.stories()), [['b-1', 'b-2', 'b-3'], ['k-1', 'k-2', 'k-3']]);
  // each story takes the id of its first article, as if that one had opened it
  assert.equal(clusterer.storyOf('k-2'), makeStoryId('k-1'));
  assert.equal(clusterer.storyOf('b-2'), makeStoryId('b-1'));
});

test('refine leaves a right grouping alone, and refining again changes nothing', () => {
  const all = strip([...quakes, ...robberies]);
  const clusterer = new StoryClusterer();
  clusterer.prime(all);
  for (const a of orderForClustering(all)) clusterer.add(a);
  const before = clusterer.stories();
  clusterer.refine();
  assert.deepEqual(clusterer.stories(), before);
  clusterer.refine();
  assert.deepEqual(clusterer.stories(), before);
});
