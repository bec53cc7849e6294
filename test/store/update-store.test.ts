import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore, updateStore, claimsOfReport } from '../../adapters/store/index.js';
import type { Article, ArticleInput } from '../../src/model/article.js';
import type { Report } from '../../src/model/report.js';
import { quakes, robberies } from '../stories/fixtures.js';

const toArticle = ({ event: _e, ...a }: (typeof quakes)[number]): Article => ({
  id: a.id, title: a.title ?? '', source: a.id.slice(0, 3), url: null, published: a.published ?? null, language: 'en', text: a.text,
});

/** A stand-in brief: one agreement naming the articles, one conflict when a story has 3+. */
function fakeBrief(articles: ArticleInput[]): Report {
  const ids = articles.map((a) => a.id).sort();
  return {
    agreements: [{ id: 'a1', statement: `Reported by ${ids.length}`, articles: ids, independentSources: ids.length, evidence: [] }],
    conflicts: ids.length >= 3 ? [{ id: 'c1', topic: 'Deaths', kind: 'contradiction', slot: 'count', values: [{ value: 'two', normalized: '2', articles: ids.slice(0, 1), evidence: [] }, { value: 'three', normalized: '3', articles: ids.slice(1), evidence: [] }] }] : [],
    unique: [],
  } as unknown as Report;
}

test('updateStore adds, clusters and versions; a re-run changes nothing; new articles version only their story', async () => {
  const store = openSqliteStore(':memory:');
  const day1 = [...quakes.slice(0, 2), ...robberies.slice(0, 1)].map(toArticle);
  const first = await updateStore(store, day1, { now: '2024-05-02T00:00:00Z', makeBrief: fakeBrief });
  assert.deepEqual(first.added, ['q-a1', 'q-a2', 'r-a1']);
  assert.equal(first.stories, 2);
  assert.equal(first.versions, 2);

  const again = await updateStore(store, day1, { now: '2024-05-02T01:00:00Z', makeBrief: fakeBrief });
  assert.deepEqual([again.added.length, again.skipped, again.versions], [0, 3, 0]);

  const day2 = [quakes[2], robberies[1]].map(toArticle);
  const second = await updateStore(store, day2, { now: '2024-05-03T00:00:00Z', makeBrief: fakeBrief });
  assert.equal(second.versions, 2);
  const stories = await store.listStories();
  assert.deepEqual(stories.map((s) => s.articleCount).sort(), [2, 3]);
  const quake = stories.find((s) => s.articleCount === 3)!;
  assert.equal(quake.conflicts, 1);
  const changes = await store.findClaimChanges(quake.id, '2024-05-02T12:00:00Z');
  assert.deepEqual(changes.added.map((c) => c.text), ['Reported by 3']);
  assert.deepEqual(changes.contradicted.map((c) => c.after.text), ['Deaths: two / three']);
  await store.close();
});

test('updateStore marks wire copies against the earliest stored text', async () => {
  const store = openSqliteStore(':memory:');
  const original = toArticle(quakes[0]);
  const copy = { ...original, id: 'copy', source: 'Other', text: `By Wire Staff. ${original.text}` };
  const result = await updateStore(store, [original, copy], { now: 't' });
  assert.equal(result.copies, 1);
  assert.equal((await store.getArticle('copy'))!.copyOf, 'q-a1');
  assert.equal(result.versions, 0);
  await store.close();
});

test('claimsOfReport keys claims stably and drops repeats', () => {
  const report = fakeBrief([{ id: 'b' }, { id: 'a' }, { id: 'c' }] as ArticleInput[]);
  const claims = claimsOfReport(report);
  assert.deepEqual(claims.map((c) => c.key), ['agreement:reported by 3', 'conflict:deaths|count']);
  assert.deepEqual(claims[1].articles, ['a', 'b', 'c']);
});

test('updateStore assigns a later batch incrementally: stories keep their ids, only the touched ones change; a full re-cluster moves nothing', async () => {
  const store = openSqliteStore(':memory:');
  const day1 = [quakes[0], quakes[1], quakes[3], robberies[0], robberies[1], robberies[2]].map(toArticle);
  const first = await updateStore(store, day1, { now: '2024-05-01T00:00:00Z', makeBrief: fakeBrief });
  assert.equal(first.mode, 'full', 'an empty store is clustered whole');
  const before = new Map((await store.listArticleHeads()).map((h) => [h.id, h.story]));
  const storiesBefore = await store.listStories();

  const day2 = [quakes[2], quakes[4]].map(toArticle);
  const second = await updateStore(store, day2, { now: '2024-05-05T00:00:00Z', makeBrief: fakeBrief });
  assert.equal(second.mode, 'incremental');
  assert.equal(second.stories, 2, 'the two quake stories changed');
  assert.equal(second.versions, 2);
  assert.equal(second.moved, 0);
  const after = new Map((await store.listArticleHeads()).map((h) => [h.id, h.story]));
  for (const [id, story] of before) assert.equal(after.get(id), story, `${id} kept its story`);
  assert.equal(after.get('q-a3'), after.get('q-a1'));
  assert.equal(after.get('q-b2'), after.get('q-b1'));
  assert.notEqual(after.get('q-a1'), after.get('q-b1'));
  assert.deepEqual(await store.listUnclusteredHeads(), []);
  // the robbery stories were not touched
  const robberyStories = new Set([before.get('r-a1'), before.get('r-b1')]);
  for (const s of await store.listStories()) {
    if (robberyStories.has(s.id)) assert.equal(s.updatedAt, storiesBefore.find((b) => b.id === s.id)!.updatedAt);
  }

  const full = await updateStore(store, [], { now: '2024-05-06T00:00:00Z', mode: 'full', makeBrief: fakeBrief });
  assert.deepEqual([full.mode, full.moved, full.versions], ['full', 0, 0]);
  const reclustered = new Map((await store.listArticleHeads()).map((h) => [h.id, h.story]));
  assert.deepEqual(reclustered, after);
  await store.close();
});
