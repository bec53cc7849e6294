import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterState } from '../../src/stages/stories/cluster-state.js';
import { resolveClusterOptions } from '../../src/stages/stories/options.js';
import { primeStaged, stageArticle } from '../../src/stages/stories/article-features.js';
import { agglomerate } from '../../src/stages/stories/agglomerate.js';
import { featureKind } from '../../src/stages/stories/feature-table.js';
import type { WeightMap } from '../../src/stages/stories/weight-map.js';
import { quietDay, wildfireBill } from './fixtures.js';

/** Feature ids held in a weight map. */
function idsOf(map: WeightMap): number[] {
  const ids: number[] = [];
  for (let slot = 0; slot < map.slots; slot++) if (map.keyAt(slot) >= 0) ids.push(map.keyAt(slot));
  return ids;
}

test('headline pairs sit beside a story\'s profile: they take none of its room and are never trimmed', () => {
  // a tiny profile (5 features, trimmed past 10) that the two takes' words alone overflow
  const state = new ClusterState(resolveClusterOptions({ profileSize: 5 }));
  const batch = [...wildfireBill, ...quietDay];
  for (const article of batch) stageArticle(state, article);
  primeStaged(state);
  agglomerate(state, batch.map((a) => a.id));
  const story = state.articleById.get('w-1')!.story;
  assert.equal(state.articleById.get('w-2')!.story, story, 'the premise: the two takes are one story');
  assert.ok(idsOf(story.profile).length <= 10);
  assert.ok(idsOf(story.profile).every((id) => state.table.kindOf(id) !== featureKind.headlinePair));
  // w-1's headline gives 10 pairs, w-2's 15, the 10 of w-1 among them
  assert.equal(idsOf(story.headlinePairs).length, 15);
  assert.ok(idsOf(story.headlinePairs).every((id) => state.table.kindOf(id) === featureKind.headlinePair));
});
