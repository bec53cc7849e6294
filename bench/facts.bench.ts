/**
 * `npm run bench -- facts`: speed of the fact, date and quote finders on the ECB+ sentences
 * (../shared/data/ecbplus-dev.jsonl), beside chrono-node's own parser over the same sentences as
 * a peer, and how groupQuotes grows with the number of quotes (it must stay near-linear).
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { sharedPath } from './shared-data.js';
import type { Sentence } from '../src/model/text.js';
import { findFacts } from '../src/stages/facts/index.js';
import { findDates } from '../src/stages/dates/index.js';
import { findQuotes, groupQuotes, type QuoteMention } from '../src/stages/quotes/index.js';

/** Milliseconds for `fn`, best of `repeat` runs. */
function time(fn: () => void, repeat = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** ECB+ documents as sentences (one line = one sentence, one paragraph). */
function loadSentences(): Sentence[] {
  const path = sharedPath('data', 'ecbplus-dev.jsonl');
  if (!path) return [];
  const out: Sentence[] = [];
  for (const line of readFileSync(path, 'utf8').trim().split('\n')) {
    const doc = JSON.parse(line) as { doc: string; text: string };
    let start = 0;
    doc.text.split('\n').forEach((text, i) => {
      out.push({ id: `${doc.doc}#${i}`, article: doc.doc, index: i, start, end: start + text.length, text, paragraph: i });
      start += text.length + 1;
    });
  }
  return out;
}

/** Synthetic quotes: `n` articles of one story, each quoting some of 20 shared statements plus its own. */
function syntheticQuotes(n: number): QuoteMention[] {
  const shared = Array.from({ length: 20 }, (_, i) => `the harbour plan number ${i} will cost the city dearly over ${i + 2} years of works`);
  const out: QuoteMention[] = [];
  for (let a = 0; a < n; a++) {
    const texts = [shared[a % 20], shared[(a * 7) % 20], `outlet ${a} alone reports remark ${a} about matter${a} and detail${a}`];
    texts.forEach((text, k) => {
      out.push({ article: `a${a}`, start: k * 200, end: k * 200 + text.length, text, sentence: `a${a}#${k}`, sentences: [`a${a}#${k}`], speakerText: null, speakerMention: null, kind: 'direct', attribution: 'none' });
    });
  }
  return out;
}

/** Print the figures. */
export async function run(): Promise<void> {
  const sentences = loadSentences();
  if (sentences.length === 0) {
    console.log('skipped: ../shared/data/ecbplus-dev.jsonl absent');
  } else {
    const words = sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
    let facts = 0;
    const tFacts = time(() => {
      facts = 0;
      for (const s of sentences) facts += findFacts(s, { reference: '2013-05-03' }).length;
    });
    const tDates = time(() => {
      for (const s of sentences) findDates(s.text, { date: '2013-05-03' });
    });
    const ref = new Date(Date.UTC(2013, 4, 3));
    const tChrono = time(() => {
      for (const s of sentences) chrono.parse(s.text, ref);
    });
    let quotes = 0;
    const tQuotes = time(() => {
      quotes = findQuotes(sentences, []).length;
    });
    console.log(`ECB+ dev: ${sentences.length} sentences, ${words} words`);
    console.log(`findFacts:  ${tFacts.toFixed(0)} ms (${((sentences.length / tFacts) * 1000).toFixed(0)} sentences/s), ${facts} facts`);
    console.log(`findDates:  ${tDates.toFixed(0)} ms; peer chrono.parse (casual, all dates and times): ${tChrono.toFixed(0)} ms; ratio ${(tDates / tChrono).toFixed(2)}`);
    console.log(`findQuotes: ${tQuotes.toFixed(0)} ms, ${quotes} quotes (no mentions)`);
  }
  const sizes = [100, 1000, 4000];
  const times = sizes.map((n) => {
    const q = syntheticQuotes(n);
    return { n, quotes: q.length, ms: time(() => groupQuotes(q, () => null)) };
  });
  for (const t of times) console.log(`groupQuotes: ${t.n} articles, ${t.quotes} quotes: ${t.ms.toFixed(1)} ms`);
  const growth = Math.log(times[2].ms / times[0].ms) / Math.log(times[2].quotes / times[0].quotes);
  console.log(`groupQuotes growth exponent 100→4000 articles: ${growth.toFixed(2)} (1 = linear, 2 = all pairs)`);
}
