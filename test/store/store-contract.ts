/**
 * The contract every Store implementation passes: SQLite on `:memory:` and on a file today,
 * PostgreSQL later. `runStoreContract(name, makeStore)` registers the tests; makeStore gives a
 * fresh, empty store each time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NewArticle, Store, StoredClaim } from '../../adapters/store/index.js';

function article(id: string, over: Partial<NewArticle> = {}): NewArticle {
  return {
    id, title: `Title of ${id}`, source: 'Example News', url: `https://example.org/${id}`,
    published: '2024-03-04T08:00:00Z', language: 'en', text: `Body of ${id}.`, ...over,
  };
}

const claim = (key: string, kind: StoredClaim['kind'], text: string, articles: string[]): StoredClaim => ({ key, kind, text, articles });

/** Register the store contract tests for one implementation; `skip` (a reason) skips them all. */
export function runStoreContract(name: string, makeStore: () => Promise<Store>, options: { skip?: string | false } = {}): void {
  const withStore = (title: string, fn: (store: Store) => Promise<void>) =>
    test(`${name}: ${title}`, { skip: options.skip ?? false }, async () => {
      const store = await makeStore();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    });

  withStore('adds articles once, keeps every field, lists in ingest order', async (store) => {
    const added = await store.addArticles([article('a'), article('b', { url: null, published: null })], '2024-03-04T09:00:00Z');
    assert.deepEqual(added, ['a', 'b']);
    assert.deepEqual(await store.addArticles([article('b'), article('c')], '2024-03-04T10:00:00Z'), ['c']);
    assert.equal(await store.countArticles(), 3);
    assert.deepEqual(await store.getArticle('b'), {
      ...article('b', { url: null, published: null }), copyOf: null, story: null, ingestedAt: '2024-03-04T09:00:00Z',
    });
    assert.equal(await store.getArticle('missing'), null);
    assert.deepEqual((await store.listArticles()).map((a) => a.id), ['a', 'b', 'c']);
  });

  withStore('lists heads without texts and reads articles by id in the order asked', async (store) => {
    await store.addArticles([article('a'), article('b', { url: null, published: null }), article('c')], '2024-03-04T09:00:00Z');
    await store.markCopies(new Map([['c', 'a']]));
    const heads = await store.listArticleHeads();
    assert.deepEqual(heads.map((h) => h.id), ['a', 'b', 'c']);
    assert.ok(heads.every((h) => !('text' in h)));
    const { text: _text, ...head } = { ...article('b', { url: null, published: null }), copyOf: null, story: null, ingestedAt: '2024-03-04T09:00:00Z' };
    assert.deepEqual(heads[1], head);
    assert.equal(heads[2].copyOf, 'a');
    const read = await store.getArticles(['c', 'missing', 'a']);
    assert.deepEqual(read.map((a) => a.id), ['c', 'a']);
    assert.deepEqual(read[1], await store.getArticle('a'));
    assert.deepEqual(await store.getArticles([]), []);
  });

  withStore('lists the heads of articles not yet in a story, in ingest order', async (store) => {
    await store.addArticles([article('a'), article('b'), article('c')], 't');
    assert.deepEqual((await store.listUnclusteredHeads()).map((h) => h.id), ['a', 'b', 'c']);
    await store.saveStories([{ id: 's:1', title: 'One', articles: ['b'] }], 't');
    const heads = await store.listUnclusteredHeads();
    assert.deepEqual(heads.map((h) => h.id), ['a', 'c']);
    assert.ok(heads.every((h) => !('text' in h) && h.story === null));
    await store.saveStories([{ id: 's:1', title: 'One', articles: ['a', 'b', 'c'] }], 't');
    assert.deepEqual(await store.listUnclusteredHeads(), []);
  });

  withStore('finds articles by any of some words, more and rarer words first, in a date range', async (store) => {
    await store.addArticles([
      article('both', { title: 'Quake in Antofagasta', text: 'A strong earthquake struck Antofagasta, Chile.', published: '2024-03-04T08:00:00Z' }),
      article('one', { title: 'Copper', text: 'Copper rose after the earthquake.', published: '2024-03-05T08:00:00Z' }),
      article('none', { title: 'Leeds', text: 'A bank on Briggate was robbed.', published: '2024-03-04T08:00:00Z' }),
      article('old', { title: 'Old quake', text: 'An earthquake in Antofagasta years ago.', published: '2019-01-01T00:00:00Z' }),
      article('undated', { title: 'Undated', text: 'Antofagasta port news.', published: null }),
    ], 't');
    const all = await store.findArticlesByWords({ words: ['Antofagasta', 'EARTHQUAKE'], limit: 10 });
    assert.deepEqual([...all].sort(), ['both', 'old', 'one', 'undated']);
    assert.equal(all[0], 'both', 'the article with both words, twice in title and text, ranks first');
    assert.ok(all.indexOf('one') > all.indexOf('both'));
    assert.deepEqual(await store.findArticlesByWords({ words: ['antofagasta', 'earthquake'], limit: 1 }), ['both']);
    const ranged = await store.findArticlesByWords({ words: ['antofagasta', 'earthquake'], limit: 10, from: '2024-03-01', to: '2024-03-31' });
    assert.deepEqual([...ranged].sort(), ['both', 'one', 'undated']);
    assert.deepEqual(await store.findArticlesByWords({ words: ['earthquake'], limit: 10, from: '2024-03-05' }), ['one']);
    assert.deepEqual(await store.findArticlesByWords({ words: ['earthquake'], limit: 10, to: '2024-01-01' }), ['old']);
    assert.deepEqual(await store.findArticlesByWords({ words: ['--', '"('], limit: 10 }), []);
    assert.deepEqual(await store.findArticlesByWords({ words: [], limit: 10 }), []);
    assert.deepEqual(await store.findArticlesByWords({ words: ['zebra'], limit: 10 }), []);
    assert.deepEqual(await store.findArticlesByWords({ words: ['earthquake'], limit: 0 }), []);
  });

  withStore('samples article ids spread over the store, in ingest order, the same each time', async (store) => {
    assert.deepEqual(await store.sampleArticleIds(10), []);
    await store.addArticles(Array.from({ length: 100 }, (_, i) => article(`p${String(i).padStart(3, '0')}`)), 't');
    const sample = await store.sampleArticleIds(10);
    assert.equal(sample.length, 10);
    assert.equal(new Set(sample).size, 10);
    assert.deepEqual(sample, [...sample].sort(), 'in ingest order');
    assert.deepEqual(await store.sampleArticleIds(10), sample);
    // spread: one from each tenth of the store
    sample.forEach((id, i) => assert.equal(Math.floor(Number(id.slice(1)) / 10), i, `${id} in tenth ${i}`));
    assert.deepEqual(await store.sampleArticleIds(150), (await store.listArticleHeads()).map((h) => h.id));
    assert.deepEqual(await store.sampleArticleIds(0), []);
  });

  withStore('reads more articles by id than one query can bind', async (store) => {
    const many = Array.from({ length: 33_000 }, (_, i) => article(`m${i}`, { text: `Text ${i}.` }));
    await store.addArticles(many, 't');
    const ids = many.map((a) => a.id).reverse();
    const read = await store.getArticles(ids);
    assert.equal(read.length, ids.length);
    assert.equal(read[0].id, 'm32999');
    assert.equal(read[32_999].text, 'Text 0.');
  });

  withStore('keeps unicode text and quotes intact', async (store) => {
    const text = 'Zürich „Zitat“ — 北京 \'single\' "double" 🙂';
    await store.addArticles([article('u', { text, title: text })], 't');
    assert.equal((await store.getArticle('u'))!.text, text);
  });

  withStore('marks copies', async (store) => {
    await store.addArticles([article('a'), article('b')], 't');
    await store.markCopies(new Map([['b', 'a']]));
    assert.equal((await store.getArticle('b'))!.copyOf, 'a');
    assert.equal((await store.getArticle('a'))!.copyOf, null);
  });

  withStore('saves stories, lists them with outlets, counts and last update', async (store) => {
    await store.addArticles([article('a', { source: 'Daily B' }), article('b', { source: 'Courier A' }), article('c')], 't0');
    await store.saveStories([{ id: 's:1', title: 'Quake', articles: ['a', 'b'] }, { id: 's:2', title: 'Robbery', articles: ['c'] }], '2024-01-01T00:00:00Z');
    await store.saveStories([{ id: 's:2', title: 'Bank robbery', articles: ['c'] }], '2024-01-02T00:00:00Z');
    const stories = await store.listStories();
    assert.deepEqual(stories.map((s) => [s.id, s.title, s.articleCount, s.sources]), [
      ['s:1', 'Quake', 2, ['Courier A', 'Daily B']],
      ['s:2', 'Bank robbery', 1, ['Example News']],
    ].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
    // s:2's membership did not change, so its update time did not move
    assert.equal((await store.getStory('s:2'))!.updatedAt, '2024-01-01T00:00:00Z');
    assert.deepEqual((await store.listArticles({ story: 's:1' })).map((a) => a.id), ['a', 'b']);
    assert.equal(await store.getStory('s:none'), null);
  });

  withStore('lists stories filtered by text, outlet and date, a page at a time', async (store) => {
    await store.addArticles([
      article('q1', { source: 'Quake Wire', title: 'Earthquake hits Kessel', text: 'A strong earthquake shook Kessel.', published: '2024-01-05T08:00:00Z' }),
      article('q2', { source: 'Daily B', title: 'Kessel shaken', text: 'Buildings fell in Kessel.', published: '2024-01-06T08:00:00Z' }),
      article('r1', { source: 'crime desk', title: 'Bank robbed', text: 'Robbers took cash from a bank in Brill.', published: null }),
      article('f1', { source: 'Daily B', title: 'Ferry strike', text: 'Ferry crews walked out.', published: '2024-02-01T08:00:00Z' }),
    ], '2024-03-01T00:00:00Z');
    await store.saveStories([{ id: 's:q', title: 'Earthquake in Kessel', articles: ['q1', 'q2'] }], '2024-01-06T00:00:00Z');
    await store.saveStories([{ id: 's:r', title: 'Bank robbery', articles: ['r1'] }], '2024-01-07T00:00:00Z');
    await store.saveStories([{ id: 's:f', title: 'Ferry strike', articles: ['f1'] }, { id: 's:g', title: 'Ferry strike, day two', articles: [] }], '2024-02-01T00:00:00Z');
    const ids = async (query: Parameters<Store['listStories']>[0]) => (await store.listStories(query)).map((s) => s.id);
    assert.deepEqual(await ids({}), ['s:f', 's:r', 's:q']);
    assert.deepEqual(await ids({ text: 'kessel' }), ['s:q'], 'title and text match');
    assert.deepEqual(await ids({ text: 'cash' }), ['s:r'], 'an article text match finds its story');
    assert.deepEqual(await ids({ text: 'earthq' }), ['s:q'], 'the last word is a prefix');
    assert.deepEqual(await ids({ text: '"?!' }), [], 'no word: no match');
    assert.deepEqual(await ids({ outlet: 'daily b' }), ['s:f', 's:q'], 'outlet: exact name, any case');
    assert.deepEqual(await ids({ outlet: 'Daily' }), []);
    assert.deepEqual(await ids({ date: '2024-01-06' }), ['s:q']);
    assert.deepEqual(await ids({ date: '2024-01' }), ['s:q']);
    assert.deepEqual(await ids({ date: '2024-03-01' }), ['s:r'], 'undated article: its ingest day');
    assert.deepEqual(await ids({ date: '2024', outlet: 'Daily B', text: 'ferry' }), ['s:f'], 'filters combine');
    await assert.rejects(store.listStories({ date: "2024-01' OR 1" }), /INVALID_OPTION/);
    const first = await store.listStories({ limit: 2 });
    assert.deepEqual(first.map((s) => s.id), ['s:f', 's:r']);
    const last = first[first.length - 1];
    assert.deepEqual(await ids({ limit: 2, after: { updatedAt: last.updatedAt, id: last.id } }), ['s:q']);
  });

  withStore('moving an article updates both stories; an emptied story is not listed', async (store) => {
    await store.addArticles([article('a'), article('b')], 't');
    await store.saveStories([{ id: 's:1', title: 'One', articles: ['a'] }, { id: 's:2', title: 'Two', articles: ['b'] }], '2024-01-01T00:00:00Z');
    await store.saveStories([{ id: 's:1', title: 'One', articles: ['a', 'b'] }], '2024-01-05T00:00:00Z');
    assert.deepEqual((await store.listStories()).map((s) => [s.id, s.articleCount, s.updatedAt]), [['s:1', 2, '2024-01-05T00:00:00Z']]);
  });

  withStore('refuses a story naming an unknown article, and saves nothing of that call', async (store) => {
    await store.addArticles([article('a')], 't');
    await assert.rejects(store.saveStories([{ id: 's:1', title: 'x', articles: ['a', 'ghost'] }], 't'), /PARALLAX_UNKNOWN_ARTICLE.*"ghost"/);
    assert.deepEqual(await store.listStories(), []);
    assert.equal((await store.getArticle('a'))!.story, null);
  });

  withStore('numbers story versions and keeps their claims', async (store) => {
    await store.addArticles([article('a'), article('b')], 't');
    await store.saveStories([{ id: 's:1', title: 'Talks', articles: ['a', 'b'] }], 't');
    const v1 = await store.addStoryVersion({
      story: 's:1', createdAt: '2024-01-01T00:00:00Z', articles: ['a'], conflicts: 0, report: '{"v":1}',
      claims: [claim('k1', 'agreement', 'Talks lasted two days', ['a', 'b'])],
    });
    const v2 = await store.addStoryVersion({
      story: 's:1', createdAt: '2024-01-02T00:00:00Z', articles: ['a', 'b'], conflicts: 1, report: null,
      claims: [claim('k1', 'conflict', 'Talks lasted two or three days', ['a', 'b']), claim('k2', 'unique', 'A deal was signed', ['b'])],
    });
    assert.deepEqual([v1, v2], [1, 2]);
    assert.equal((await store.getStory('s:1'))!.conflicts, 1);
    const latest = (await store.getStoryVersion('s:1'))!;
    assert.equal(latest.version, 2);
    assert.deepEqual(latest.claims.map((c) => c.key), ['k1', 'k2']);
    assert.equal((await store.getStoryVersion('s:1', 1))!.report, '{"v":1}');
    assert.equal(await store.getStoryVersion('s:1', 9), null);
    assert.deepEqual(await store.listStoryVersions('s:1'), [{ version: 1, createdAt: '2024-01-01T00:00:00Z' }, { version: 2, createdAt: '2024-01-02T00:00:00Z' }]);
  });

  withStore('lists claims new, changed or contradicted since a time', async (store) => {
    await store.addArticles([article('a'), article('b'), article('c')], 't');
    await store.saveStories([{ id: 's:1', title: 'Talks', articles: ['a', 'b', 'c'] }], 't');
    const base = { story: 's:1', articles: ['a', 'b'], conflicts: 0, report: null };
    await store.addStoryVersion({ ...base, createdAt: '2024-01-01T00:00:00Z', claims: [
      claim('held', 'agreement', 'Talks were held in Beijing', ['a', 'b']),
      claim('days', 'agreement', 'Talks lasted two days', ['a', 'b']),
      claim('same', 'agreement', 'Blinken met Wang', ['a', 'b']),
    ] });
    await store.addStoryVersion({ ...base, createdAt: '2024-01-03T00:00:00Z', claims: [
      claim('held', 'agreement', 'Talks were held in Beijing', ['a', 'b', 'c']),
      claim('days', 'conflict', 'Talks lasted two days / three days', ['a', 'c']),
      claim('same', 'agreement', 'Blinken met Wang', ['a', 'b']),
      claim('deal', 'unique', 'A deal was signed', ['c']),
    ] });
    const changes = await store.findClaimChanges('s:1', '2024-01-02T00:00:00Z');
    assert.equal(changes.fromVersion, 1);
    assert.equal(changes.toVersion, 2);
    assert.deepEqual(changes.added.map((c) => c.key), ['deal']);
    assert.deepEqual(changes.changed.map((c) => c.after.key), ['held']);
    assert.deepEqual(changes.contradicted.map((c) => [c.before?.kind, c.after.key]), [['agreement', 'days']]);
    const all = await store.findClaimChanges('s:1', '2023-12-31T00:00:00Z');
    assert.equal(all.fromVersion, null);
    assert.deepEqual(all.added.map((c) => c.key), ['deal', 'held', 'same']);
    assert.deepEqual(all.contradicted.map((c) => c.after.key), ['days']);
    const none = await store.findClaimChanges('s:none', '2024-01-01T00:00:00Z');
    assert.deepEqual([none.toVersion, none.added.length], [null, 0]);
  });

  withStore('searches articles and stories, ranked, with snippets', async (store) => {
    await store.addArticles([
      article('quake', { title: 'Earthquake shakes Antofagasta', text: 'A magnitude 6.8 earthquake struck near Antofagasta in northern Chile. Two people died in Calama.' }),
      article('robbery', { title: 'Bank robbed in Leeds', text: 'Three armed men robbed a bank on Briggate in Leeds and escaped with cash.' }),
      article('mention', { title: 'Markets', text: 'Copper prices rose after the earthquake in Chile closed a mine.' }),
    ], 't');
    await store.saveStories([{ id: 's:q', title: 'Antofagasta earthquake', articles: ['quake', 'mention'] }, { id: 's:r', title: 'Leeds bank robbery', articles: ['robbery'] }], 't');
    const hits = await store.search('Antofagasta earthquake');
    assert.deepEqual(hits.map((h) => `${h.kind}:${h.id}`).sort(), ['article:quake', 'story:s:q']);
    const hit = hits.find((h) => h.kind === 'article')!;
    assert.match(hit.snippet, /\[Antofagasta\]|\[earthquake\]/i);
    assert.equal(hit.story, 's:q');
    const chile = await store.search('chile');
    assert.deepEqual(chile.map((h) => h.id).sort(), ['mention', 'quake']);
    assert.deepEqual((await store.search('robb')).map((h) => h.id).sort(), ['robbery', 's:r']);
    assert.deepEqual(await store.search('   '), []);
    assert.deepEqual(await store.search('"unbalanced AND OR ('), []);
    assert.equal((await store.search('a', { limit: 1 })).length <= 1, true);
  });

  withStore('runs callers of one lock one at a time, and of two locks side by side', async (store) => {
    const events: string[] = [];
    const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
    const hold = (lock: string, label: string) => store.withLock(lock, async () => {
      events.push(`${label} in`);
      await pause();
      events.push(`${label} out`);
      return label;
    });
    assert.deepEqual(await Promise.all([hold('stories', 'a'), hold('stories', 'b')]), ['a', 'b']);
    assert.deepEqual(events, ['a in', 'a out', 'b in', 'b out']);
    events.length = 0;
    await Promise.all([hold('x', 'x'), hold('y', 'y')]);
    assert.deepEqual(events.slice(0, 2).sort(), ['x in', 'y in']);
    await assert.rejects(store.withLock('stories', async () => { throw new Error('inside'); }), /inside/);
    assert.equal(await store.withLock('stories', async () => 'free again'), 'free again');
  });

  withStore('keeps feed subscriptions; a due feed is claimed once and moved to its next time', async (store) => {
    assert.equal(await store.addSubscription({ url: 'https://b.example/feed', everySeconds: 900, allowPrivate: false }, '2024-03-05T10:00:00.000Z'), true);
    assert.equal(await store.addSubscription({ url: 'https://a.example/rss', everySeconds: 60, allowPrivate: true }, '2024-03-05T10:00:00.000Z'), true);
    assert.equal(await store.addSubscription({ url: 'https://b.example/feed', everySeconds: 300, allowPrivate: false }, '2024-03-05T11:00:00.000Z'), false);
    assert.deepEqual(await store.listSubscriptions(), [
      { url: 'https://a.example/rss', everySeconds: 60, allowPrivate: true, addedAt: '2024-03-05T10:00:00.000Z', nextPollAt: '2024-03-05T10:00:00.000Z' },
      { url: 'https://b.example/feed', everySeconds: 300, allowPrivate: false, addedAt: '2024-03-05T10:00:00.000Z', nextPollAt: '2024-03-05T10:00:00.000Z' },
    ]);
    assert.deepEqual(await store.claimDueSubscriptions('2024-03-05T09:59:59.000Z', 10), [], 'nothing due yet');
    const [first, second] = await Promise.all([store.claimDueSubscriptions('2024-03-05T10:00:30.000Z', 10), store.claimDueSubscriptions('2024-03-05T10:00:30.000Z', 10)]);
    assert.deepEqual([...first, ...second].map((s) => s.url).sort(), ['https://a.example/rss', 'https://b.example/feed'], 'each due feed claimed once');
    assert.deepEqual((await store.listSubscriptions()).map((s) => s.nextPollAt), ['2024-03-05T10:01:30.000Z', '2024-03-05T10:05:30.000Z']);
    assert.deepEqual((await store.claimDueSubscriptions('2024-03-05T10:02:00.000Z', 10)).map((s) => s.url), ['https://a.example/rss']);
    assert.equal(await store.removeSubscription('https://a.example/rss'), true);
    assert.equal(await store.removeSubscription('https://a.example/rss'), false);
    assert.deepEqual((await store.listSubscriptions()).map((s) => s.url), ['https://b.example/feed']);
  });

  withStore('keeps feed fetch state', async (store) => {
    assert.equal(await store.getFeedState('https://example.org/feed'), null);
    const state = { url: 'https://example.org/feed', etag: '"abc"', lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT', fetchedAt: '2024-03-05T10:00:01Z' };
    await store.saveFeedState(state);
    await store.saveFeedState({ ...state, etag: '"def"' });
    assert.deepEqual(await store.getFeedState(state.url), { ...state, etag: '"def"' });
  });
}
