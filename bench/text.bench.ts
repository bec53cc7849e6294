/**
 * `npm run bench -- text`: throughput of the text and sentence stages (normalize → clean → split →
 * drop repeats) on the seeds repeated to ~1 MB, on the extraction benchmark's true article bodies,
 * and on one 10 MB article; beside a naive regex splitter measured in the same run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from './shared-data.js';
import { normalizeText, cleanText } from '../src/stages/text/index.js';
import { splitSentences, dropRepeatedSentences } from '../src/stages/sentences/index.js';

/** Runs every stage on one article; returns the number of sentences kept. */
function processArticle(id: string, raw: string): number {
  const { text } = normalizeText(raw);
  const cleaned = cleanText(id, text);
  return dropRepeatedSentences(splitSentences(id, cleaned.text, cleaned.headings)).kept.length;
}

/** The naive peer: split on whitespace after . ! ? with no cleaning. */
function splitNaively(raw: string): number {
  return raw.split(/(?<=[.!?])\s+/).length;
}

/** Best of three timed runs, in ms. */
function time(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function report(name: string, articles: string[]): void {
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
  let sentences = 0;
  const ms = time(() => {
    sentences = 0;
    articles.forEach((a, i) => (sentences += processArticle(`a${i}`, a)));
  });
  const naiveMs = time(() => articles.forEach((a) => splitNaively(a)));
  const mbs = bytes / 2 ** 20 / (ms / 1000);
  console.log(
    `${name}: ${articles.length} articles, ${(bytes / 2 ** 20).toFixed(2)} MB, ${sentences} sentences in ${ms.toFixed(0)} ms → ` +
      `${mbs.toFixed(2)} MB/s, ${(articles.length / (ms / 1000)).toFixed(0)} articles/s; naive regex split ${naiveMs.toFixed(1)} ms (×${(ms / naiveMs).toFixed(0)} slower)`,
  );
}

/** Prints throughput figures. */
export async function run(): Promise<void> {
  const seedsDir = sharedPath('seeds');
  const benchDir = sharedPath('data', 'article-extraction-benchmark', 'ground-truth.json');
  const line = (i: number): string =>
    `Sen. Ada Ruiz (D-Ore.) met Gov. Tom Hale at ${i % 12 + 1} a.m. Monday in the U.S. Capitol. “Why now?” she asked. ` +
    `The vote, set for Dec. ${i % 28 + 1}, passed ${i} to 3.5 (two members were absent).\nADVERTISEMENT\nPictured: Ruiz waves in Salem on Monday\n`;
  if (seedsDir) {
    const seeds = readdirSync(seedsDir).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
    report('seeds x200', Array.from({ length: 1000 }, (_, i) => seeds[i % seeds.length]));
  } else console.log('seeds: ../shared absent, skipped');
  if (benchDir) {
    const gt = JSON.parse(readFileSync(benchDir, 'utf8')) as Record<string, { articleBody: string }>;
    report('extraction-benchmark bodies', Object.values(gt).map((v) => v.articleBody));
  } else console.log('extraction-benchmark: ../shared absent, skipped');
  const parts: string[] = [];
  for (let i = 0, size = 0; size < 10 * 2 ** 20; i++) size += (parts[i] = line(i)).length;
  report('one 10 MB article', [parts.join('')]);
}
