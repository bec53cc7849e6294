/**
 * The five seed articles (../shared/seeds), checked against what a reader finds by reading them.
 * The expected article sets below were checked by hand against the texts; skipped when ../shared
 * is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticles } from '../../adapters/ingest/read-articles.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/model/report.js';
import { sharedPath } from '../helpers/shared.js';
import { assertDroppedNotReused, assertSpansVerbatim } from './report-invariants.js';

const seeds = sharedPath('seeds');
const skip = seeds ? false : '../shared/seeds is absent';
const id = (n: number) => ['000_25baf6650ea2bb80', '001_b75e0c9e01f78e2c', '002_e866d559e996a40b', '003_dc72ba6f28a4c457', '004_4de6c9c732b8d66f'][n]!;

let cached: Report | null = null;
async function report(): Promise<Report> {
  if (!cached) {
    const read = await readArticles([seeds!]);
    cached = await analyze(read.articles, { inputIssues: read.issues });
  }
  return cached;
}

/** The agreement whose evidence in `article` matches `words`. */
function agreementWith(r: Report, article: string, words: RegExp) {
  return r.agreements.find((a) => a.evidence.some((e) => e.article === article && words.test(e.text)));
}

test('seeds: the talks lasted 5½ hours (first article) against 7½ hours (third)', { skip }, async () => {
  const r = await report();
  const length = r.conflicts.find((c) => c.slot === 'duration' && c.values.some((v) => v.normalized === '5.5 hours') && c.values.some((v) => v.normalized === '7.5 hours'));
  assert.ok(length, r.conflicts.map((c) => c.topic).join('\n'));
  assert.equal(length.kind, 'contradiction');
  assert.deepEqual(length.values.find((v) => v.normalized === '5.5 hours')!.articles, [id(0)]);
  assert.deepEqual(length.values.find((v) => v.normalized === '7.5 hours')!.articles, [id(2)]);
});

test('seeds: further real disagreements: the date of the talks and Yang Tao\'s title', { skip }, async () => {
  const r = await report();
  const date = r.conflicts.find((c) => c.slot === 'date' && c.values.some((v) => /Dec\. 21/.test(v.value)));
  assert.ok(date, 'Dec. 21 against June 18');
  assert.deepEqual(date.values.find((v) => /Dec\. 21/.test(v.value))!.articles, [id(0)]);
  assert.ok(date.values.some((v) => v.normalized.endsWith('06-18') && v.articles.includes(id(1))));
  const title = r.conflicts.find((c) => c.slot === 'title' && /Yang Tao/.test(c.topic));
  assert.ok(title, 'Yang Tao: deputy assistant secretary vs director-general');
  assert.deepEqual(title.values.map((v) => v.articles).flat().sort(), [id(0), id(3)]);
  assert.ok(r.conflicts.length <= 5, `no flood of conflicts: ${r.conflicts.map((c) => c.topic).join('; ')}`);
});

test('seeds: agreements with the article sets a reader finds', { skip }, async () => {
  const r = await report();
  const expected: [number, RegExp, number[]][] = [
    [1, /lowest point since its establishment/, [0, 1, 2]],
    [0, /highest-ranking official/, [0, 2]],
    [0, /objective and rational view/, [0, 1]],
    [2, /open channels of communication/, [0, 2]],
    [1, /firm position and raised clear demands/, [1, 3]],
    [1, /passenger flights/, [1, 3]],
    [1, /mutual visits by students/, [1, 3]],
  ];
  for (const [article, words, articles] of expected) {
    const agreement = agreementWith(r, id(article), words);
    assert.ok(agreement, `agreement on ${words}`);
    assert.deepEqual(agreement.articles, articles.map(id), `${words}`);
    assert.ok(agreement.independentSources >= 2);
  }
});

test('seeds: every outlet has facts only it reports', { skip }, async () => {
  const r = await report();
  for (let n = 0; n < 5; n++) assert.ok(r.unique.some((u) => u.article === id(n)), `unique facts of ${id(n)}`);
  for (const u of r.unique) assert.ok(!r.agreements.some((a) => a.evidence.some((e) => e.article === u.article && e.start === u.evidence[0]!.start)), 'a unique fact is not also agreed');
});

test('seeds: summary verbatim and cited; no junk, caption or repeat in any content field', { skip }, async () => {
  const r = await report();
  assert.ok(r.summary.length >= 2);
  const words = r.summary.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  assert.ok(words <= 120, `${words} words`);
  for (const s of r.summary) {
    const article = r.articles.find((a) => a.id === s.article)!;
    assert.equal(article.text!.slice(s.start, s.end), s.text, 'verbatim from the article it cites');
  }
  assertSpansVerbatim(r);
  assertDroppedNotReused(r);
  const content = JSON.stringify([r.agreements, r.unique, r.summary, r.timeline, r.quotes, r.conflicts]);
  for (const junk of ['Oops!', 'Something went wrong', 'Please try again later', 'With News Wire Services', 'Pictured:']) assert.ok(!content.includes(junk), junk);
});
