import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readArticles } from '../../adapters/ingest/read-articles.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/model/report.js';
import { projectRoot } from '../helpers/shared.js';
import { assertDroppedNotReused, assertSpansVerbatim } from './report-invariants.js';

let cached: Report | null = null;
async function demo(): Promise<Report> {
  if (!cached) {
    const read = await readArticles([join(projectRoot, 'examples', 'demo')]);
    cached = await analyze(read.articles, { inputIssues: read.issues });
  }
  return cached;
}

const outlet = { ledger: 'harbor-ledger', north: 'northline-news', meridian: 'meridian-post', wire: 'coastwire' };

function findConflict(report: Report, predicate: (values: string[]) => boolean) {
  return report.conflicts.find((c) => predicate(c.values.map((v) => v.normalized + ' ' + v.value)));
}

test('demo: every planted disagreement is found with its kind', async () => {
  const r = await demo();
  const magnitude = findConflict(r, (v) => v.some((x) => x.includes('6.1')) && v.some((x) => x.includes('6.4')));
  assert.equal(magnitude?.kind, 'contradiction', 'magnitude 6.1 vs 6.4');
  assert.deepEqual(magnitude!.values.find((v) => v.value.includes('6.4'))!.articles, [outlet.meridian]);

  const time = findConflict(r, (v) => v.some((x) => /3:42/.test(x)) && v.some((x) => /4:42/.test(x)));
  assert.equal(time?.kind, 'contradiction', 'time 3:42 vs 4:42');

  const toll = findConflict(r, (v) => v.some((x) => /\b17\b/.test(x)) && v.some((x) => /\b12\b/.test(x)));
  assert.equal(toll?.kind, 'update', 'toll 12 → 17');
  assert.deepEqual(toll!.values.find((v) => /17/.test(v.value))!.articles, [outlet.north]);

  const shelters = findConflict(r, (v) => v.some((x) => /\b300\b/.test(x)) && v.some((x) => /\b312\b/.test(x)));
  assert.equal(shelters?.kind, 'precision', 'about 300 vs 312');

  const title = r.conflicts.find((c) => c.slot === 'title');
  assert.ok(title, 'title conflict');
  assert.match(title.topic, /Kova/);
  assert.ok(title.values.some((v) => /deputy mayor/i.test(v.value) && v.articles.includes(outlet.meridian)));
});

test('demo: no false conflicts', async () => {
  const r = await demo();
  assert.equal(r.conflicts.length, 5, r.conflicts.map((c) => `${c.topic}: ${c.values.map((v) => v.value).join(' vs ')}`).join('\n'));
});

test('demo: names resolved without merging different people', async () => {
  const r = await demo();
  const elena = r.entities.find((e) => e.variants.some((v) => v.includes('Elena')));
  assert.ok(elena);
  for (const v of ['Elena Kovačić', 'Elena Kovacic', 'Elena Kovachich']) assert.ok(elena.variants.includes(v), `${v} in ${elena.variants}`);
  assert.ok(!elena.variants.some((v) => v.includes('Marko')), 'the fire chief is another person');
  const tomas = r.entities.find((e) => e.variants.includes('Tomas Lindqvist'));
  assert.ok(tomas?.variants.includes('Thomas Lindquist'));
});

test('demo: junk, captions, credits and repeats are dropped with reasons', async () => {
  const r = await demo();
  const reasons = (needle: string) => r.dropped.filter((d) => d.text.includes(needle)).map((d) => d.reason);
  assert.deepEqual(reasons('Advertisement'), ['junk']);
  assert.deepEqual(reasons('Share this article'), ['junk']);
  assert.deepEqual(reasons('Sign up for our morning newsletter'), ['junk']);
  assert.ok(reasons('Oops!').length >= 1);
  assert.deepEqual(reasons('Reporting by'), ['credit']);
  assert.deepEqual(reasons('Pictured:'), ['caption']);
  assert.deepEqual(reasons('Residents gather outside'), ['caption']);
  assert.deepEqual(reasons('The quake was centred offshore'), ['repeated']);
  assertDroppedNotReused(r);
  assertSpansVerbatim(r);
});

test('demo: agreements, unique facts, quotes, timeline, summary', async () => {
  const r = await demo();
  assert.ok(r.agreements.length >= 4);
  const market = r.agreements.find((a) => /harbour market/.test(a.statement));
  assert.ok(market, 'harbour market collapse is agreed');
  assert.ok(market.articles.length >= 3);
  for (const id of Object.values(outlet)) assert.ok(r.unique.some((u) => u.article === id) || id === outlet.wire, `unique facts for ${id}`);
  const mayorQuote = r.quotes.find((q) => /pulling people/.test(q.text));
  assert.ok(mayorQuote, 'the mayor quote');
  assert.match(mayorQuote.speaker ?? '', /Kova/);
  assert.ok(mayorQuote.articles.length >= 3, 'its variants across outlets are linked');
  assert.ok(r.timeline.some((t) => t.date === '2025-03-14'));
  const words = r.summary.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  assert.ok(words <= 120 && r.summary.length >= 2);
});

test('demo: the same input gives the same bytes', async () => {
  const read = await readArticles([join(projectRoot, 'examples', 'demo')]);
  const a = JSON.stringify(await analyze(read.articles));
  const b = JSON.stringify(await analyze(structuredClone(read.articles)));
  assert.equal(a, b);
});
