import { test } from 'node:test';
import assert from 'node:assert/strict';
import model from '../../src/stages/stories/data/pair-model.json' with { type: 'json' };
import { clusterArticles, type ClusterInput } from '../../src/stages/stories/index.js';
import { estimateStorySize, expandFeatures, findElbow, pairFeatureNames, pairRing, scorePair } from '../../src/stages/stories/pair-evidence.js';
import { isNearSpelling } from '../../src/stages/stories/pair-features.js';
import { fitPairModel } from '../../scripts/stories/fit-pair-model.js';
import { quakes, robberies } from './fixtures.js';

const ring = (...cosines: number[]): { ordinal: number; similarity: number }[] => cosines.map((similarity, ordinal) => ({ ordinal, similarity }));

test('an elbow is the story size the nearest cosines show: 1 + the neighbours before the largest drop', () => {
  // a NeuS take: its two story mates, then other stories of the topic
  assert.equal(findElbow(ring(0.41, 0.36, 0.06, 0.055)), 3);
  // a ring cut short by the floor or the window ends at a cliff
  assert.equal(findElbow(ring(0.5)), 2);
  // a full ring says nothing of what lies past its end: its last cosine is no cliff
  const full = ring(...Array.from({ length: pairRing }, (_, k) => 0.3 - k * 0.002));
  full[4].similarity = 0.1;
  for (let k = 5; k < pairRing; k++) full[k].similarity = 0.09 - k * 0.001;
  assert.equal(findElbow(full), 5);
});

test('the batch story size is the median elbow, at least 2', () => {
  assert.equal(estimateStorySize([ring(0.4, 0.35, 0.06), ring(0.4, 0.38, 0.06), ring(0.5, 0.06), []]), 3);
  assert.equal(estimateStorySize([]), 2);
});

test('names spelt two ways are near; other names and equal names are not', () => {
  assert.equal(isNearSpelling('soleimani', 'suleimani'), true);
  assert.equal(isNearSpelling('qasem', 'qassem'), true);
  assert.equal(isNearSpelling('gaddafi', 'qaddafi'), true);
  assert.equal(isNearSpelling('pelosi', 'schumer'), false);
  assert.equal(isNearSpelling('kavanaugh', 'kavanaugh'), false);
  assert.equal(isNearSpelling('barrett', 'bannon'), false);
});

test('the committed model matches the features it is read with', () => {
  const n = pairFeatureNames.length;
  assert.deepEqual(model.features, [...pairFeatureNames]);
  assert.equal(model.weights.length, expandFeatures(new Array<number>(n).fill(0)).length);
  assert.equal(model.low.length, n);
  assert.equal(model.high.length, n);
});

test('features are held to the range seen in training: a copy scores as the most alike pair seen', () => {
  const x = model.high.map((v) => v);
  const beyond = x.map((v, k) => (pairFeatureNames[k] === 'cosine' ? 0.99 : v));
  assert.equal(scorePair(beyond), scorePair(x));
  // what two takes of one event share makes them likelier one event than two strangers
  assert.ok(scorePair(model.high) > scorePair(model.low));
});

test('fitting is deterministic and learns which way evidence points', () => {
  const n = pairFeatureNames.length;
  const pairs = Array.from({ length: 200 }, (_, i) => {
    const y = (i % 2) as 0 | 1;
    const x = Array.from({ length: n }, (_, k) => ((i * 7 + k * 13) % 10) / 10);
    x[0] = y === 1 ? 0.3 + (i % 5) / 20 : 0.05 + (i % 5) / 40;
    return { x, y };
  });
  const first = fitPairModel(pairs);
  assert.deepEqual(fitPairModel(pairs), first);
  const positive = pairs.find((p) => p.y === 1)!;
  const negative = pairs.find((p) => p.y === 0)!;
  assert.ok(scorePair(positive.x, first) > 0.5);
  assert.ok(scorePair(negative.x, first) < 0.5);
});

test('a batch too small to show a story size clusters as without pair evidence', () => {
  const all: ClusterInput[] = [...quakes, ...robberies].map(({ event: _e, ...a }) => a);
  assert.deepEqual(clusterArticles(all, { pairMode: 'gate' }).stories, clusterArticles(all, { pairMode: 'off' }).stories);
  // allowed on so small a batch, a gate no pair can pass leaves every article alone
  assert.equal(clusterArticles(all, { pairMode: 'gate', pairMinBatch: 2, pairThreshold: 1.5 }).stories.length, all.length);
});

test("'auto' uses the pair gate on a mostly undated batch of at most pairMaxBatch articles, not on a dated one", () => {
  const dated: ClusterInput[] = [...quakes, ...robberies].map(({ event: _e, ...a }) => a);
  const undated = dated.map(({ published: _p, ...a }) => a);
  // a gate no pair can pass shows whether the gate is on: every article stays alone
  const tight = { pairMode: 'auto', pairMinBatch: 2, pairThreshold: 1.5 } as const;
  assert.equal(clusterArticles(undated, tight).stories.length, undated.length);
  assert.deepEqual(clusterArticles(dated, tight).stories, clusterArticles(dated, { pairMode: 'off' }).stories);
  assert.deepEqual(clusterArticles(undated, { ...tight, pairMaxBatch: 3 }).stories, clusterArticles(undated, { pairMode: 'off' }).stories);
});

test("headline cover: the share of one take's headline words the other's text holds", async () => {
  const { stageArticle, primeStaged } = await import('../../src/stages/stories/article-features.js');
  const { ClusterState } = await import('../../src/stages/stories/cluster-state.js');
  const { createArticle, findRings } = await import('../../src/stages/stories/neighbour-graph.js');
  const { resolveClusterOptions } = await import('../../src/stages/stories/options.js');
  const { StemTable, compareArticles, summariseArticle } = await import('../../src/stages/stories/pair-features.js');
  const state = new ClusterState(resolveClusterOptions({ pairMode: 'gate' }));
  const inputs = [
    { id: 'a', title: 'Pompeo hails progress in North Korea talks', text: 'Secretary of State Mike Pompeo said his talks with Kim Jong Un in Pyongyang made progress.' },
    { id: 'b', title: 'Next summit pretty close, Pompeo says', text: 'Mike Pompeo said the talks in North Korea made progress and a summit is close.' },
    { id: 'c', title: 'Senate passes budget blueprint', text: 'The Senate adopted a budget plan on Thursday night by a narrow vote.' },
  ];
  for (const input of inputs) stageArticle(state, input);
  primeStaged(state);
  const articles = inputs.map(({ id }) => {
    const { title, vector, top, time, ordinal } = state.primed.get(id)!;
    const { neighbours } = findRings(state, vector, top, time, ordinal, true);
    return createArticle(state, id, title, vector, top, ordinal, time, neighbours);
  });
  const stems = new StemTable(articles.length);
  const [x, y, z] = articles.map((article) => summariseArticle(state, article, stems));
  for (const s of [x, y, z]) stems.count(s.stems);
  const ab = compareArticles(state, articles[0], articles[1], x, y, stems);
  const ac = compareArticles(state, articles[0], articles[2], x, z, stems);
  // b's text tells a's headline (Pompeo, progress, North Korea, talks) and more of it than c's does
  assert.ok(ab.headlineCoverHigh > 0.5, String(ab.headlineCoverHigh));
  assert.ok(ab.headlineCoverLow <= ab.headlineCoverHigh);
  assert.equal(ac.headlineCoverHigh, 0);
});
