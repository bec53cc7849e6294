import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../src/model/mention.js';
import { groupQuotes, type QuoteMention } from '../../src/stages/quotes/index.js';

let offset = 0;
/** A quote of `article` with an optional speaker name (a person mention of that name). */
function quote(article: string, text: string, speaker: string | null, kind: QuoteMention['kind'] = 'direct'): QuoteMention {
  const start = (offset += 100);
  const mention: Mention | null = speaker ? { article, start: 0, end: speaker.length, text: speaker, type: 'person', sentence: `${article}#0` } : null;
  return { article, start, end: start + text.length, text, sentence: `${article}#1`, sentences: [`${article}#1`], speakerText: speaker, speakerMention: mention, kind, attribution: speaker ? 'after-quote' : 'none' };
}

/** Speaker key: the surname of the mention, as an entity resolver would give one id per person. */
const bySurname = (m: Mention | null) => (m ? m.text.split(' ').pop()!.toLowerCase() : null);

function groupsOf(quotes: QuoteMention[]): string[] {
  return groupQuotes(quotes, bySurname).map((g) => `${g.speaker ?? '-'}|${g.articles.join(',')}|${g.isParaphrase}|${g.quotes.length}`);
}

test('groupQuotes: a trimmed variant joins the full quote and is no paraphrase', () => {
  const out = groupsOf([
    quote('a', 'We remain opposed to any unilateral changes to the status quo by either side', 'Ann Lee'),
    quote('b', 'opposed to any unilateral changes to the status quo', 'Lee'),
  ]);
  assert.deepEqual(out, ['lee|a,b|false|2']);
});

test('groupQuotes: translation variants are linked and flagged as paraphrase', () => {
  const out = groupsOf([
    quote('a', 'at its lowest point since diplomatic relations were established', 'Minister Qin', 'partial'),
    quote('b', 'relations are at the lowest point since their establishment', 'Qin'),
  ]);
  assert.deepEqual(out, ['qin|a,b|true|2']);
});

test('groupQuotes: the same words from two different named speakers stay apart', () => {
  const out = groupsOf([
    quote('a', 'We will not accept any unilateral change to the status quo', 'Ann Lee'),
    quote('b', 'We will not accept any unilateral change to the status quo', 'Bo Wang'),
  ]);
  assert.deepEqual(out, ['lee|a|false|1', 'wang|b|false|1']);
});

test('groupQuotes: an unknown speaker links to a named one', () => {
  const out = groupsOf([
    quote('a', 'The ferry service will resume on Friday morning', null),
    quote('b', 'the ferry service will resume on Friday morning', 'Ann Lee'),
  ]);
  assert.deepEqual(out, ['lee|a,b|false|2']);
});

test('groupQuotes: different quotes of one speaker are not merged', () => {
  const out = groupsOf([
    quote('a', 'open, substantive and constructive', 'Miller', 'partial'),
    quote('b', 'candid, in-depth and constructive', 'Miller', 'partial'),
  ]);
  assert.deepEqual(out, ['miller|a|false|1', 'miller|b|false|1']);
});

test('groupQuotes: reported speech joins its speaker’s quote but not an unattributed one', () => {
  const out = groupsOf([
    quote('a', 'the bridge will reopen next spring after the repairs', 'Ann Lee', 'reported'),
    quote('b', 'The bridge will reopen next spring', 'Lee'),
    quote('c', 'the bridge will reopen next spring', null, 'partial'),
  ]);
  assert.deepEqual(out, ['lee|a,b,c|false|3']);
});

test('groupQuotes: the group text is the longest variant in quotation marks', () => {
  const [g] = groupQuotes(
    [quote('a', 'the ferry is safe and the crew is trained', 'Lee', 'reported'), quote('b', 'The ferry is safe, the crew is trained', 'Lee')],
    bySurname,
  );
  assert.equal(g.text, 'The ferry is safe, the crew is trained');
});

test('groupQuotes: many unrelated quotes stay singletons (blocking keeps it linear)', () => {
  const quotes = Array.from({ length: 400 }, (_, i) => quote(`a${i}`, `statement number ${i} about topic${i} and matter${i}`, null));
  const groups = groupQuotes(quotes, bySurname);
  assert.equal(groups.length, 400);
});
