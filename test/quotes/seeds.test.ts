/** Quotes of the seed story (../shared/seeds) get their speakers. Skips without ../shared. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../helpers/shared.js';
import { splitSentences } from '../../src/stages/sentences/split-sentences.js';
import { findMentions } from '../../src/stages/entities/index.js';
import { findQuotes, type QuoteMention } from '../../src/stages/quotes/index.js';
import { analyzeSync } from '../../src/pipeline.js';

const seeds = sharedPath('seeds');

function quotesOf(prefix: string): QuoteMention[] {
  const file = readdirSync(seeds!).find((f) => f.startsWith(prefix))!;
  const sentences = splitSentences(prefix, readFileSync(join(seeds!, file), 'utf8'), []);
  return findQuotes(sentences, findMentions(sentences));
}

function speakerOf(quotes: QuoteMention[], words: string): string | undefined {
  const q = quotes.find((x) => x.text.includes(words));
  assert.ok(q, `a quote with "${words}"`);
  return q.speakerMention?.text;
}

test('seeds: Blinken’s and Xi’s direct quotes in seed 004 get their speakers', (t) => {
  if (!seeds) return t.skip('../shared/seeds absent');
  const quotes = quotesOf('004');
  assert.match(speakerOf(quotes, 'I came to Beijing to strengthen')!, /Blinken/);
  assert.match(speakerOf(quotes, 'It is absolutely vital')!, /Blinken/);
  assert.match(speakerOf(quotes, 'We remain opposed to any unilateral')!, /Blinken/);
  assert.match(speakerOf(quotes, 'The two sides have also made progress')!, /Xi/);
  assert.match(speakerOf(quotes, 'I hope that through this visit')!, /Xi/);
  assert.match(speakerOf(quotes, 'weakness on Communist China')!, /Haley/);
  const direct = quotes.filter((q) => q.text.startsWith('I hope that through this visit'));
  assert.equal(direct[0].kind, 'direct');
});

test('seeds: “It is necessary to make a choice…,” he said (seed 002) is Wang’s', (t) => {
  if (!seeds) return t.skip('../shared/seeds absent');
  const quotes = quotesOf('002');
  const q = quotes.find((x) => x.text.startsWith('It is necessary to make a choice'))!;
  assert.equal(q.speakerText, 'he');
  assert.match(q.speakerMention!.text, /Wang/);
});

test('seeds: scare quotes have no speaker', (t) => {
  if (!seeds) return t.skip('../shared/seeds absent');
  const q = quotesOf('000').find((x) => x.text === 'Spy Balloons')!;
  assert.equal(q.kind, 'partial');
  assert.equal(q.speakerText, null);
});

/** The report's quotes for the whole seed story, as `analyzeSync` gives them. */
function storyQuotes() {
  const articles = readdirSync(seeds!).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(seeds!, f), 'utf8') }));
  return analyzeSync(articles).quotes;
}

test('seeds: Qin Gang’s “lowest point” (001, 002) and the Turkish report’s “worst point” (000) are one statement', (t) => {
  if (!seeds) return t.skip('../shared/seeds absent');
  const quotes = storyQuotes();
  const q = quotes.find((x) => x.variants.some((v) => v.article === '000' && v.text.includes('worst point')));
  assert.ok(q, 'the worst-point version is found');
  assert.deepEqual(q.articles, ['000', '001', '002']);
  assert.ok(q.variants.some((v) => v.article === '001' && v.text.includes('lowest point')));
  assert.ok(q.variants.some((v) => v.article === '002' && v.text.includes('lowest point')));
  assert.match(q.speaker ?? '', /Qin Gang/);
});

test('seeds: Blinken’s news-conference quote and Xi’s quotes keep their speakers in the report', (t) => {
  if (!seeds) return t.skip('../shared/seeds absent');
  const quotes = storyQuotes();
  const speaker = (words: string) => quotes.find((x) => x.variants.some((v) => v.text.includes(words)))?.speaker ?? '';
  assert.match(speaker('I came to Beijing to strengthen'), /Blinken/);
  assert.match(speaker('The two sides have also made progress'), /Xi/);
  assert.match(speaker('I hope that through this visit'), /Xi/);
});
