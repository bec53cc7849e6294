/**
 * Incremental stories against a full re-clustering: the scale bench's stream (10,000 invented
 * articles over 30 days) ingested in date order as 10 batches of 1,000 into a SQLite store (the
 * first clustered whole, the other nine assigned incrementally), then the same articles
 * clustered at once. Prints the B-cubed agreement of the two (target F1 ≥ 0.97), each against
 * the seed stories, and the time per incremental batch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore, updateStore } from '../adapters/store/index.js';
import { clusterArticles } from '../src/stages/stories/index.js';
import { loadSeeds, makeArticles } from './cluster-scale-data.js';
import { scoreBCubed, type BCubed } from './cluster-score.js';

const batches = 10;
const batchSize = 1000;

function format(s: BCubed): string {
  return `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
}

/** Run the incremental check and print its figures. */
export async function runIncremental(): Promise<void> {
  const seeds = loadSeeds();
  if (!seeds) {
    console.log('incremental: skipped (../shared data absent)');
    return;
  }
  const articles = makeArticles(seeds, batches * batchSize).sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1));
  const gold = new Map(articles.map((a) => [a.id, a.gold]));
  const dir = mkdtempSync(join(tmpdir(), 'parallax-incremental-'));
  try {
    const store = openSqliteStore(join(dir, 'incremental.db'));
    const times: string[] = [];
    for (let b = 0; b < batches; b++) {
      const batch = articles.slice(b * batchSize, (b + 1) * batchSize);
      const start = performance.now();
      const result = await updateStore(store, batch.map((a) => ({ id: a.id, title: a.title, source: a.source, url: null, published: a.published, language: 'en', text: a.text })), { now: `2024-02-01T00:00:${String(b).padStart(2, '0')}Z` });
      times.push(`${result.mode === 'full' ? 'full ' : ''}${((performance.now() - start) / 1000).toFixed(1)}s`);
    }
    const byStory = new Map<string, string[]>();
    for (const h of await store.listArticleHeads()) byStory.set(h.story ?? h.id, [...(byStory.get(h.story ?? h.id) ?? []), h.id]);
    await store.close();
    const incremental = [...byStory.values()];
    const start = performance.now();
    const whole = clusterArticles(articles.map((a) => ({ id: a.id, title: a.title, text: a.text, published: a.published })), { findDuplicates: false }).stories.map((s) => s.articles);
    const wholeMs = performance.now() - start;
    const wholeLabels = new Map(whole.flatMap((s, i) => s.map((id) => [id, String(i)] as const)));
    const agreement = scoreBCubed(incremental, wholeLabels);
    console.log(`incremental: ${batches} batches of ${batchSize} scale-stream articles in date order (per batch: ${times.join(', ')}); one full clustering of all ${articles.length}: ${(wholeMs / 1000).toFixed(1)}s`);
    console.log(`  agreement, incremental vs full re-cluster  ${format(agreement)}  (target F1 ≥ 0.97: ${agreement.f1 >= 0.97 ? 'met' : 'missed'})`);
    console.log(`  against the seed stories: incremental ${format(scoreBCubed(incremental, gold))}; full ${format(scoreBCubed(whole, gold))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
