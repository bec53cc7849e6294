import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/stages/sentences/split-sentences.js';
import { findMentions, resolveEntities } from '../../src/stages/entities/index.js';
import { linkQuotes } from '../../src/stages/quote-groups/link-quotes.js';
import { quoteConflicts } from '../../src/stages/quote-groups/quote-conflicts.js';
import { markQuoteWording } from '../../src/report/mark-quote-wording.js';

function quotesOf(articles: Record<string, string>) {
  const sentences = Object.entries(articles).flatMap(([id, text]) => splitSentences(id, text, []));
  const mentions = findMentions(sentences);
  return linkQuotes(sentences, mentions, resolveEntities(mentions));
}

test('quoteConflicts: the same words credited to two speakers are flagged and become one contradiction row', () => {
  const quotes = quotesOf({
    a: '“We will never accept a partition of the island under any circumstances,” Foreign Minister Ana Ruiz said.',
    b: '“We will never accept a partition of the island under any circumstances,” said Prime Minister Tom Berg.',
  });
  assert.equal(quotes.length, 2, 'two speakers, two quotes');
  assert.deepEqual(quotes[0]!.speakerConflict, [quotes[1]!.id]);
  assert.deepEqual(quotes[1]!.speakerConflict, [quotes[0]!.id]);
  const rows = quoteConflicts(quotes);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.kind, 'contradiction');
  assert.equal(rows[0]!.slot, 'speaker');
  assert.deepEqual(rows[0]!.values.map((v) => [v.value, v.articles]), [['Ana Ruiz', ['a']], ['Tom Berg', ['b']]]);
  assert.equal(rows[0]!.values[0]!.evidence[0]!.article, 'a');
});

test('quoteConflicts: one speaker in both outlets, or different words, is no conflict', () => {
  const same = quotesOf({
    a: '“We will never accept a partition of the island under any circumstances,” Ana Ruiz said.',
    b: '“We will never accept a partition of the island,” Ruiz said.',
  });
  assert.equal(same.length, 1);
  assert.equal(same[0]!.speakerConflict, undefined);
  const other = quotesOf({
    a: '“The harbour will reopen on Friday morning,” Ana Ruiz said.',
    b: '“We need more rescue dogs and heavy lifting equipment,” said Tom Berg.',
  });
  assert.deepEqual(quoteConflicts(other), []);
});

test('markQuoteWording: words no other version has are marked, text escaped', () => {
  assert.equal(markQuoteWording('at the worst point <ever>', ['at the lowest point ever']), 'at the <mark class="differs">worst</mark> point &#60;ever&#62;');
  assert.equal(markQuoteWording('at the lowest point', []), 'at the lowest point');
});
