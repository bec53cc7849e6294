/**
 * Entities bench: mention finding and cross-article resolution on the seeds repeated to 1,000
 * articles and on all ECB+ dev documents taken as one large "story" (many distinct names).
 * Peer: the same name clustering done all-pairs over distinct written forms, which blocking avoids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sharedPath } from './shared-data.js';
import { compareNames, findMentions, resolveEntities } from '../src/stages/entities/index.js';
import type { Mention } from '../src/model/mention.js';
import type { Sentence } from '../src/model/text.js';

/** Naive sentences (line breaks and ". X"), enough to feed the finder. */
function toSentences(article: string, text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  text.split('\n').forEach((line, paragraph) => {
    const lineStart = offset;
    offset += line.length + 1;
    let pos = 0;
    for (const part of line.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/)) {
      const at = line.indexOf(part, pos);
      pos = at + part.length;
      if (/\p{L}/u.test(part)) out.push({ id: `${article}#${out.length}`, article, index: out.length, start: lineStart + at, end: lineStart + at + part.length, text: part, paragraph });
    }
  });
  return out;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

/** The peer: compare every pair of distinct person-like written forms. */
function allPairs(mentions: Mention[], limit: number): { pairs: number; ms: number; complete: boolean } {
  const forms = [...new Set(mentions.filter((m) => m.type === 'person' || m.type === 'other').map((m) => m.text))].sort();
  const t0 = performance.now();
  let pairs = 0;
  for (let i = 0; i < forms.length; i++) {
    for (let j = i + 1; j < forms.length; j++) {
      compareNames(forms[i], forms[j]);
      if (++pairs >= limit) return { pairs, ms: performance.now() - t0, complete: false };
    }
  }
  return { pairs, ms: performance.now() - t0, complete: true };
}

function report(label: string, sentences: Sentence[], articles: number): void {
  const bytes = sentences.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  findMentions(sentences.slice(0, 200)); // warm up
  const [mentions, findMs] = time(() => findMentions(sentences));
  const [entities, resolveMs] = time(() => resolveEntities(mentions));
  console.log(`${label}: ${articles} articles, ${sentences.length} sentences, ${(bytes / 1e6).toFixed(2)} MB`);
  console.log(`  findMentions: ${mentions.length} mentions in ${findMs.toFixed(0)} ms = ${((articles / findMs) * 1000).toFixed(0)} articles/s, ${((bytes / 1e6 / findMs) * 1000).toFixed(2)} MB/s`);
  console.log(`  resolveEntities: ${entities.length} entities in ${resolveMs.toFixed(0)} ms = ${((mentions.length / resolveMs) * 1000).toFixed(0)} mentions/s`);
  const peer = allPairs(mentions, 2_000_000);
  const perPair = peer.ms / peer.pairs;
  const forms = new Set(mentions.filter((m) => m.type === 'person' || m.type === 'other').map((m) => m.text)).size;
  const fullPairs = (forms * (forms - 1)) / 2;
  const peerMs = peer.complete ? peer.ms : perPair * fullPairs;
  console.log(
    `  peer all-pairs compareNames over ${forms} distinct forms: ${fullPairs} pairs, ${peer.complete ? '' : 'extrapolated '}${peerMs.toFixed(0)} ms` +
      ` = ${(peerMs / resolveMs).toFixed(2)}x the time of the whole blocked resolve (peer comparisons only, no grouping)`,
  );
}

/**
 * Growth of resolveEntities with the number of mentions: the mentions of the first 1/8, 1/4, 1/2
 * and all of the articles, each step's time ratio against its mention ratio, and the exponent
 * (1 = linear, 2 = quadratic: what comparing all pairs would give).
 */
function growth(label: string, mentions: Mention[]): void {
  const articles = [...new Set(mentions.map((m) => m.article))];
  const rows: { n: number; ms: number }[] = [];
  for (const part of [8, 4, 2, 1]) {
    const keep = new Set(articles.slice(0, Math.ceil(articles.length / part)));
    const some = mentions.filter((m) => keep.has(m.article));
    resolveEntities(some); // warm up
    const runs = [0, 1, 2].map(() => time(() => resolveEntities(some))[1]).sort((a, b) => a - b);
    rows.push({ n: some.length, ms: runs[1] });
  }
  console.log(`  growth of resolveEntities (${label}, median of 3):`);
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const step = prev ? `, ×${(r.n / prev.n).toFixed(2)} mentions → ×${(r.ms / prev.ms).toFixed(2)} time, exponent ${(Math.log(r.ms / prev.ms) / Math.log(r.n / prev.n)).toFixed(2)}` : '';
    console.log(`    ${r.n} mentions: ${r.ms.toFixed(1)} ms${step}`);
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  console.log(`    overall exponent ${(Math.log(last.ms / first.ms) / Math.log(last.n / first.n)).toFixed(2)} (sub-quadratic below 2)`);
}

/** Print the figures. */
export async function run(): Promise<void> {
  const seeds = sharedPath('seeds');
  if (!seeds) {
    console.log('skipped: ../shared/seeds is absent');
  } else {
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
    const texts = files.map((f) => readFileSync(join(seeds, f), 'utf8'));
    const sentences: Sentence[] = [];
    for (let i = 0; i < 1000; i++) sentences.push(...toSentences(`s${i}`, texts[i % texts.length]));
    report('seeds x200', sentences, 1000);
  }
  const ecb = sharedPath('data', 'ecbplus-dev.jsonl');
  if (!ecb) {
    console.log('skipped: ../shared/data/ecbplus-dev.jsonl is absent');
    return;
  }
  const docs = readFileSync(ecb, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { doc: string; text: string });
  // The set is pre-tokenised ("Lohan 's"); re-attach punctuation so it reads as news text.
  const detok = (t: string) => t.replace(/ ([,.;:!?%)])/g, '$1').replace(/\( /g, '(').replace(/ (['’]s)\b/g, '$1');
  const sentences = docs.flatMap((d) => toSentences(d.doc, detok(d.text)));
  report('ECB+ dev as one story', sentences, docs.length);
  growth('ECB+ dev as one story', findMentions(sentences));
  // The set as corpora give it, pre-tokenised ("U . S .", "Hewlett - Packard"), as the scorer runs it.
  growth('ECB+ dev pre-tokenised', findMentions(docs.flatMap((d) => toSentences(d.doc, d.text))));
}
