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

test('HTML "Who said what": one row per statement, outlets side by side, differing words marked, reported words unquoted, conflicts linked', async () => {
  const { analyzeSync } = await import('../../src/pipeline.js');
  const { renderHtml } = await import('../../src/report/render-html.js');
  const report = analyzeSync([
    { id: 'a', source: 'Alpha', text: '“We will never accept a partition of the island under any circumstances,” Foreign Minister Ana Ruiz said on Monday.' },
    { id: 'b', source: 'Beta', text: '“We will never accept a partition of the island under any circumstances,” said Prime Minister Tom Berg on Monday.' },
    { id: 'c', source: 'Gamma', text: 'Ruiz said the government would never accept any partition of the island.' },
  ]);
  const html = renderHtml(report);
  const section = html.slice(html.indexOf('id="h-quotes"'), html.indexOf('id="h-timeline"'));
  const rows = section.match(/<tr id="q:/g) ?? [];
  assert.equal(rows.length, report.quotes.length);
  assert.match(section, /also credited to <a href="#q:/);
  // Gamma's reported version is not put in quotation marks, and its own words are marked.
  const gamma = /<cite>Gamma<\/cite> ([^<]*)<a /.exec(section);
  assert.ok(gamma, 'Gamma has a version');
  assert.doesNotMatch(gamma[1], /“/);
  assert.match(section, /<mark class="differs">government<\/mark>/);
});

test('quoteConflicts: a lone role and a name, or a company and a person, may be one source: no row', () => {
  const quote = (id: string, article: string, speaker: string, speakerEntity: string | null, other: string) => ({
    id, speaker, speakerEntity, text: 'an old man brought to bay in his declining years', articles: [article], isParaphrase: false,
    speakerConflict: [other], variants: [{ article, text: 'an old man brought to bay in his declining years', start: 0, end: 47 }],
  });
  const entity = (id: string, name: string, type: 'person' | 'organization') => ({ id, name, type, variants: [name], forms: [{ text: name, articles: ['a'] }], articles: ['a'], roles: [], mentions: [] });
  const role = [quote('q:1', 'a', 'the judge', null, 'q:2'), quote('q:2', 'b', 'Anna Weil', 'e:anna-weil', 'q:1')];
  assert.deepEqual(quoteConflicts(role, [entity('e:anna-weil', 'Anna Weil', 'person')]), [], '"the judge" may be Judge Weil');
  const spokesman = [quote('q:1', 'a', 'Her spokesman', null, 'q:2'), quote('q:2', 'b', 'Bill Ames', 'e:bill-ames', 'q:1')];
  assert.deepEqual(quoteConflicts(spokesman, [entity('e:bill-ames', 'Bill Ames', 'person')]), [], '"her spokesman" may be Bill Ames');
  const officer = [quote('q:1', 'a', 'the top US law enforcement officer', null, 'q:2'), quote('q:2', 'b', 'Bill Ames', 'e:bill-ames', 'q:1')];
  assert.deepEqual(quoteConflicts(officer, [entity('e:bill-ames', 'Bill Ames', 'person')]), [], 'a role with an acronym may be Bill Ames');
  const company = [quote('q:1', 'a', 'Arco', 'e:arco', 'q:2'), quote('q:2', 'b', 'Lena Holt', 'e:lena-holt', 'q:1')];
  const entities = [entity('e:arco', 'Arco', 'organization'), entity('e:lena-holt', 'Lena Holt', 'person')];
  assert.deepEqual(quoteConflicts(company, entities), [], 'a company and the person speaking for it');
  const people = [quote('q:1', 'a', 'Ana Ruiz', 'e:ana-ruiz', 'q:2'), quote('q:2', 'b', 'Lena Holt', 'e:lena-holt', 'q:1')];
  const persons = [entity('e:ana-ruiz', 'Ana Ruiz', 'person'), entity('e:lena-holt', 'Lena Holt', 'person'), entity('e:tom-berg', 'Tom Berg', 'person'), entity('e:holt', 'Holt', 'person')];
  assert.equal(quoteConflicts(people, persons).length, 1, 'two people: a row');
  const three = [quote('q:1', 'a', 'Ana Ruiz', 'e:ana-ruiz', 'q:2'), quote('q:2', 'b', 'Lena Holt', 'e:lena-holt', 'q:3'), quote('q:3', 'c', 'Tom Berg', 'e:tom-berg', 'q:1')];
  assert.deepEqual(quoteConflicts(three, persons), [], 'three speakers for one statement is a linking error, not a dispute');
  const surname = [quote('q:1', 'a', 'Holt', 'e:holt', 'q:2'), quote('q:2', 'b', 'Lena Holt', 'e:lena-holt', 'q:1')];
  assert.deepEqual(quoteConflicts(surname, persons), [], 'Holt and Lena Holt are one person written two ways');
});
