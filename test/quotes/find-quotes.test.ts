import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../src/model/mention.js';
import { findQuotes, type QuoteMention } from '../../src/stages/quotes/index.js';
import { buildArticle } from './build-article.js';

const names: Record<string, EntityType> = {
  'Maria Lopez': 'person', Lopez: 'person', 'Tom Berg': 'person', Berg: 'person', 'Ana Ruiz': 'person',
  'Harbour Authority': 'organization', 'City Council': 'organization', Reuters: 'organization', Oslo: 'place',
};

/** One quote shown as "kind|text|speakerText|mention" */
function show(q: QuoteMention): string {
  return `${q.kind}|${q.text}|${q.speakerText ?? '-'}|${q.speakerMention?.text ?? '-'}`;
}

function quotesOf(paragraphs: string[][]): string[] {
  const { sentences, mentions } = buildArticle('t', paragraphs, names);
  return findQuotes(sentences, mentions).map(show);
}

/** [paragraphs, expected quotes in text order] */
const cases: [string, string[][], string[]][] = [
  ['“…,” X said', [['“The bridge will reopen on Friday,” Maria Lopez said.']], ['direct|The bridge will reopen on Friday|Maria Lopez|Maria Lopez']],
  ['X said, “…”', [['Tom Berg said, “We have no money left for repairs.”']], ['direct|We have no money left for repairs.|Tom Berg|Tom Berg']],
  ['X said: “…”', [['Tom Berg said: “We have no money left.”']], ['direct|We have no money left.|Tom Berg|Tom Berg']],
  ['“…,” said X, the …', [['“The ferry is safe,” said Ana Ruiz, the harbour master.']], ['direct|The ferry is safe|Ana Ruiz|Ana Ruiz']],
  ['title before the name', [['“The ferry is safe,” Harbour Master Ana Ruiz said on Monday.']], ['direct|The ferry is safe|Harbour Master Ana Ruiz|Ana Ruiz']],
  ['X told Y', [['“We will pay,” Lopez told Reuters.']], ['direct|We will pay|Lopez|Lopez']],
  ['X added', [['“It is a scandal,” Berg added.']], ['direct|It is a scandal|Berg|Berg']],
  ['tweeted X', [['“Shameful decision by the council,” tweeted Tom Berg, a local activist.']], ['direct|Shameful decision by the council|Tom Berg|Tom Berg']],
  ['according to X', [['“Repairs will take a year,” according to the Harbour Authority.']], ['direct|Repairs will take a year|the Harbour Authority|Harbour Authority']],
  [
    'he said → previous speaker',
    [['“The bridge is closed,” Maria Lopez said.', 'Tom Berg was not available.', '“It will take months,” she said.']],
    ['direct|The bridge is closed|Maria Lopez|Maria Lopez', 'direct|It will take months|she|Maria Lopez'],
  ],
  [
    'he said → latest person named when no quote came before',
    [['Tom Berg visited the site on Monday.', '“It is worse than we thought,” he said.']],
    ['direct|It is worse than we thought|he|Tom Berg'],
  ],
  [
    'she said skips a man the article calls he',
    [['Maria Lopez said her crew was ready.', '“We start on Monday,” Tom Berg said, adding that he expected delays.', '“It will be hard,” she said.']],
    // "adding that he expected delays" is Berg's own reported speech, outside the marks.
    ['reported|her crew was ready|Maria Lopez|Maria Lopez', 'direct|We start on Monday|Tom Berg|Tom Berg', 'reported|he expected delays|Tom Berg|Tom Berg', 'direct|It will be hard|she|Maria Lopez'],
  ],
  [
    'the statement said → latest organisation',
    [['In a statement, the City Council said that the works were urgent.', '“Safety comes first,” the statement said.']],
    ['reported|the works were urgent|the City Council|City Council', 'direct|Safety comes first|the statement|City Council'],
  ],
  [
    'a quote over two sentences of one paragraph',
    [['“We tried everything. Nobody listened to us,” Lopez said.']],
    ['direct|We tried everything. Nobody listened to us|Lopez|Lopez'],
  ],
  [
    'an unattributed quote right after an attributed one',
    [['“The money is gone,” Berg said.', '“Somebody must answer for it.”']],
    ['direct|The money is gone|Berg|Berg', 'direct|Somebody must answer for it.|Berg|Berg'],
  ],
  [
    'partial quote inside the writer’s sentence',
    [['Lopez said the council had been “reckless and blind” for years.']],
    ['partial|reckless and blind|Lopez|Lopez'],
  ],
  [
    'scare quotes have no speaker (the sentence is still reported speech)',
    [['Officials say more “ghost ships” were seen near Oslo.']],
    ['partial|ghost ships|-|-', 'reported|more “ghost ships” were seen near Oslo|Officials|-'],
  ],
  ['reported speech, speaker first', [['Maria Lopez said that the bridge would reopen next spring.']], ['reported|the bridge would reopen next spring|Maria Lopez|Maria Lopez']],
  ['reported speech, subject with an apposition', [['A council official, who asked not to be named, said the works would take a year.']], ['reported|the works would take a year|A council official|-']],
  ['reported speech, speaker last', [['The repairs will cost more than planned, Berg said.']], ['reported|The repairs will cost more than planned|Berg|Berg']],
  ['straight quotes', [['"We are ready," Lopez said.']], ['direct|We are ready|Lopez|Lopez']],
  ['pre-tokenised quotes', [["`` We are ready , '' Lopez said ."]], ['direct|We are ready|Lopez|Lopez']],
  ['a stray closing mark opens nothing', [['The council agreed with the port." it was said.']], []],
  ['apostrophes are not quotes', [["Lopez's plan and the council's money aren't enough."]], []],
  ['no speech', [['The bridge was closed in May after a storm.']], []],
  ['a verb with a number object is no speech', [['Berg added 101 yards on the ground for the home side.']], []],
  ['a participle is no speech', [['The rules announced Thursday would allow the council to skip reviews.']], []],
  ['title abbreviations stay in the speaker', [['Council Chairman Rep. Tom Berg said the plan was “a waste of money.”']], ['partial|a waste of money.|Council Chairman Rep. Tom Berg|Tom Berg']],
  [
    'according to after a quote is the source when a speaker stands before it',
    [['Lopez told the council that the bridge was “completely beyond repair,” according to Reuters.']],
    ['partial|completely beyond repair|Lopez|Lopez'],
  ],
];

for (const [name, paragraphs, expected] of cases) {
  test(`findQuotes: ${name}`, () => {
    assert.deepEqual(quotesOf(paragraphs), expected);
  });
}

test('findQuotes: offsets are article offsets of the quoted words', () => {
  const { sentences, mentions, text } = buildArticle('t', [['Intro sentence here.'], ['“The bridge will reopen,” Maria Lopez said. “Soon,” she added.']], names);
  const quotes = findQuotes(sentences, mentions);
  assert.ok(quotes.length >= 1);
  for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(quotes[0].sentence, 't#1');
});

test('findQuotes: a quote does not run across paragraphs', () => {
  const out = quotesOf([['“We will fight on,” Lopez said.', 'She left.', '“This is not over'], ['The council met on Monday.']]);
  assert.equal(out[1], 'direct|This is not over|Lopez|Lopez');
  assert.equal(out.length, 2);
});

test('findQuotes: a quote closed on the next line runs on (one sentence a line)', () => {
  const { sentences, mentions, text } = buildArticle('t', [['" We will rebuild the bridge .'], ['It needs money first , " Lopez said .']], names);
  const quotes = findQuotes(sentences, mentions);
  assert.deepEqual(quotes.map(show), ['direct|We will rebuild the bridge .\nIt needs money first|Lopez|Lopez']);
  assert.equal(text.slice(quotes[0].start, quotes[0].end), quotes[0].text);
  assert.deepEqual(quotes[0].sentences, ['t#0', 't#1']);
});

test('findQuotes: articles are kept apart and sorted', () => {
  const a = buildArticle('b', [['“Yes,” Lopez said.']], names);
  const b = buildArticle('a', [['“No way at all,” Berg said.']], names);
  const quotes = findQuotes([...a.sentences, ...b.sentences], [...a.mentions, ...b.mentions]);
  assert.deepEqual(quotes.map((q) => q.article), ['a', 'b']);
});
