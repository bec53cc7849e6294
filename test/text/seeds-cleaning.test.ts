import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../helpers/shared.js';
import { normalizeText, cleanText } from '../../src/stages/text/index.js';
import { splitSentences, dropRepeatedSentences } from '../../src/stages/sentences/index.js';

const seedsDir = sharedPath('seeds');

/** Runs the text and sentence stages on one seed, the first line taken as title when it reads as a headline. */
function processSeed(prefix: string) {
  const file = readdirSync(seedsDir!).find((f) => f.startsWith(prefix))!;
  const { text } = normalizeText(readFileSync(join(seedsDir!, file), 'utf8'));
  const firstLine = text.split('\n')[0].trim();
  const title = /[.!?”"]$/.test(firstLine) ? undefined : firstLine;
  const cleaned = cleanText(prefix, text, { title });
  const sentences = splitSentences(prefix, cleaned.text, cleaned.headings);
  const repeats = dropRepeatedSentences(sentences);
  return { text, cleaned, sentences, kept: repeats.kept, repeated: repeats.dropped };
}

test('seeds: every sentence span matches the cleaned text; no heading is a sentence', (t) => {
  if (!seedsDir) return t.skip('../shared absent');
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const { cleaned, kept } = processSeed(prefix);
    const headingTexts = new Set(cleaned.headings.map((h) => h.text));
    for (const s of kept) {
      assert.equal(cleaned.text.slice(s.start, s.end), s.text);
      assert.ok(!headingTexts.has(s.text), `${prefix}: heading became a sentence: ${s.text}`);
    }
    for (const d of cleaned.dropped) assert.ok(d.start !== undefined);
  }
});

test('seed 004: the error banners, their retry lines and the wire credit are dropped and in no sentence', (t) => {
  if (!seedsDir) return t.skip('../shared absent');
  const { text, cleaned, kept } = processSeed('004');
  const junk = cleaned.dropped.filter((d) => d.reason === 'junk').map((d) => d.text);
  assert.equal(junk.filter((x) => x === 'Oops!').length, 3);
  assert.equal(junk.filter((x) => x === 'Something went wrong.').length, 3);
  assert.equal(junk.filter((x) => x === 'Please try again later.').length, 3);
  assert.ok(cleaned.dropped.some((d) => d.reason === 'credit' && d.text === 'With News Wire Services'));
  for (const d of cleaned.dropped) assert.equal(text.slice(d.start, d.start! + d.text.length), d.text);
  for (const s of kept) assert.doesNotMatch(s.text, /Oops|went wrong|try again later|Wire Services/);
  assert.doesNotMatch(cleaned.text, /Oops|try again later|Wire Services/);
});

test('seed 002: the photo captions are dropped as captions and are in no sentence', (t) => {
  if (!seedsDir) return t.skip('../shared absent');
  const { cleaned, kept } = processSeed('002');
  const captions = cleaned.dropped.filter((d) => d.reason === 'caption').map((d) => d.text);
  const expected = [/meets with/, /^Pictured:/, /walks after his arrival/, /^Soldier stands near/, /are seen docked/, /^Three military boats .* patrol /];
  for (const pattern of expected) {
    const caption = captions.find((c) => pattern.test(c));
    assert.ok(caption, `caption ${pattern} not dropped`);
    for (const s of kept) assert.ok(!s.text.includes(caption.slice(0, 40)), `caption in sentence: ${s.text}`);
  }
  assert.equal(captions.length, expected.length, 'only the captions are dropped');
  assert.ok(kept.some((s) => /balloon over the US$/.test(s.text)), 'the unpunctuated body line is kept');
});

test('seed 000: the ALL-CAPS lines are headings, and sentences carry them', (t) => {
  if (!seedsDir) return t.skip('../shared absent');
  const { text, cleaned, kept } = processSeed('000');
  const capsLines = text.split('\n').filter((l) => /\p{Lu}/u.test(l) && !/\p{Ll}/u.test(l));
  assert.equal(capsLines.length, 3);
  assert.deepEqual(cleaned.headings.map((h) => h.text), capsLines);
  assert.ok(kept.some((s) => s.heading === capsLines[2]));
});

test('seed 003: label lines ending in ":" are headings', (t) => {
  if (!seedsDir) return t.skip('../shared absent');
  const { cleaned } = processSeed('003');
  assert.equal(cleaned.headings.length, 2);
  for (const h of cleaned.headings) assert.match(h.text, /:$/);
});

test('seeds: nothing else is dropped; the only repeated sentence is the near-copy in seed 000', (t) => {
  if (!seedsDir) return t.skip('../shared absent');
  const expectedDrops: Record<string, number> = { '000': 0, '001': 0, '002': 6, '003': 0, '004': 11 };
  for (const [prefix, count] of Object.entries(expectedDrops)) {
    const { cleaned, repeated } = processSeed(prefix);
    assert.equal(cleaned.dropped.length, count, `${prefix}: ${JSON.stringify(cleaned.dropped.map((d) => d.text))}`);
    if (prefix === '000') {
      assert.equal(repeated.length, 1);
      assert.match(repeated[0].text, /^The parties agreed to continue consultations/);
    } else assert.deepEqual(repeated, [], prefix);
  }
  // 004's first line is its headline: dropped as the title, not as junk.
  const { cleaned } = processSeed('004');
  assert.equal(cleaned.dropped.filter((d) => d.reason === 'repeated').length, 1);
});

test('seeds: sentence splits on news English', (t) => {
  if (!seedsDir) return t.skip('../shared absent');
  const s000 = processSeed('000').kept.map((s) => s.text);
  assert.ok(s000.some((s) => s.endsWith('5 and a half hours Dec. 21.')), 'Dec. 21 stays inside');
  const s001 = processSeed('001').kept.map((s) => s.text);
  assert.ok(s001.includes('China is committed to building a stable, predictable and constructive relationship with the U.S.'));
  assert.ok(s001.some((s) => s.startsWith('On June 18,') && s.includes('U.S. Secretary of State')));
  const s004 = processSeed('004').kept.map((s) => s.text);
  assert.ok(s004.some((s) => s.includes('Mr. Secretary, you will')));
});
