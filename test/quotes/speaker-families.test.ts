/**
 * Who said what, by error family (issue #16): each family has cases that must come out right and
 * must-not cases (the outlet, a name inside the quote, the person a quote is about). Articles run
 * through the real sentence splitter and name finder, so the cases read as news text does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/stages/sentences/split-sentences.js';
import { findMentions, resolveEntities } from '../../src/stages/entities/index.js';
import { linkQuotes, speakerName } from '../../src/stages/quote-groups/link-quotes.js';
import type { Entity, Mention } from '../../src/model/mention.js';
import type { Quote } from '../../src/model/report.js';

/** The report's quotes for articles given as plain text. */
function quotesOf(articles: Record<string, string>): Quote[] {
  const sentences = Object.entries(articles).flatMap(([id, text]) => splitSentences(id, text, []));
  const mentions = findMentions(sentences);
  return linkQuotes(sentences, mentions, resolveEntities(mentions));
}

/** The speaker given to the quote holding `words`. */
function speakerOf(articles: Record<string, string>, words: string): string | null {
  const q = quotesOf(articles).find((x) => x.variants.some((v) => v.text.includes(words)));
  assert.ok(q, `a quote holding "${words}"`);
  return q.speaker;
}

/** [family, case, article text, words of the quote, speaker it must have (regex), speaker it must not have] */
const cases: [string, string, string, string, RegExp, RegExp | null][] = [
  // The outlet as speaker: the outlet is where it was said.
  ['outlet', '“…,” X told the Times', '“We will appeal the ruling,” Maria Lopez told The New York Times.', 'appeal the ruling', /Lopez/, /Times/],
  ['outlet', 'he told the Times', 'Maria Lopez lost the case on Monday. “We will appeal the ruling,” she told The New York Times.', 'appeal the ruling', /Lopez/, /Times/],
  ['outlet', 'X told Reuters that …', 'Maria Lopez told Reuters that the company would appeal the ruling.', 'would appeal the ruling', /Lopez/, /Reuters/],
  ['outlet', 'an apposition before "told"', 'Attackers found a new twist on the flaw, Dave Marcus, a research director at McAfee Labs, told InternetNews.com.', 'new twist on the flaw', /Marcus/, /InternetNews/],
  ['outlet', 'the outlet speaks in its own editorial', '“The council has failed the city,” a Daily Ledger editorial said.', 'failed the city', /Ledger/, null],
  // No speaker where the article names one before or after the quote.
  ['no speaker', 'named after the quote with a role', '“The ferry is safe,” said Ana Ruiz, the ministry’s spokeswoman.', 'ferry is safe', /Ana Ruiz/, null],
  ['no speaker', 'a quote split by "he said"', '“The bridge is closed,” Tom Berg said. “It will take months to repair.”', 'take months to repair', /Tom Berg/, null],
  ['no speaker', '"He said" opening a sentence after a newly named person', 'Fire chief Tom Berg said the blaze was out. Anchorage lawyer William Ingram, the building’s owner, came to see the damage. He said he had owned the building for six years.', 'owned the building', /Ingram/, /Berg/],
  ['no speaker', 'the title joined to the name', 'The victims were not named, said Troy police Lt. Gerry Scherlinck.', 'victims were not named', /Scherlinck/, /^Lt$/],
  // The nearest name instead of the speaker.
  ['nearest name', 'speech relayed by another is the quoted one\'s', 'Salvatore Gravano testified against John Gotti. “He is crazy like a fox,” Mr. Gravano quoted Mr. Gotti as saying after a meeting in 1988.', 'crazy like a fox', /Gotti/, /Gravano/],
  ['no speaker', 'a role several people hold: the one named last before the quote', 'Judge Ana Ruiz heard the first trial. Judge Tom Berg sentenced him in 1997. “He is a shadow of his former self,” the judge said.', 'shadow of his former self', /Berg/, /Ruiz/],
  ['no speaker', 'a role several people hold, named after the quote only: unresolved', '“He is a shadow of his former self,” the judge said. Judge Ana Ruiz and Judge Tom Berg heard the case.', 'shadow of his former self', /^the judge$/, /Berg|Ruiz/],
  ['no speaker', 'two holders of a role named in one sentence: a tie, unresolved', 'Judge Ana Ruiz and Judge Tom Berg heard the case. “He is a shadow of his former self,” the judge said.', 'shadow of his former self', /^the judge$/, /Berg|Ruiz/],
  ['nearest name', 'a name inside the quote', '“Tom Berg has never paid a cent of it,” Maria Lopez said.', 'never paid a cent', /Lopez/, /Berg/],
  ['nearest name', 'the person the quote is about', 'Mayor Tom Berg resigned on Monday. “He was a good mayor for this city,” Maria Lopez said.', 'good mayor', /Lopez/, /Berg/],
  ['nearest name', 'a pronoun after a quote that names someone else', '“I trust Tom Berg completely,” Maria Lopez said. “He has done nothing wrong,” she said.', 'done nothing wrong', /Lopez/, /Berg/],
  ['nearest name', 'a body named by its kind is not the last organisation', 'The Northern Seismic Institute said the quake was shallow. The regional government said it would release 4 million euros in aid.', 'release 4 million euros', /regional government/, /Seismic/],
  // Reported speech.
  ['reported', 'X said that …', 'Maria Lopez said that the bridge would reopen next spring.', 'reopen next spring', /Lopez/, null],
  ['reported', 'according to X, …', 'According to the Harbour Authority, the ferry will resume service on Friday.', 'resume service on Friday', /Harbour Authority/, null],
  ['reported', 'X told reporters …', 'Maria Lopez told reporters the company had no plans to close the plant.', 'no plans to close', /Lopez/, null],
  ['reported', 'X denied …', 'Tom Berg denied that he had taken any money from the contractor.', 'taken any money', /Berg/, null],
  ['reported', 'X warned …', 'Maria Lopez warned that the river could flood the lower town by Friday.', 'flood the lower town', /Lopez/, null],
  ['reported', 'an unnamed source keeps its description', 'The driver fled the scene before officers arrived, a police official said.', 'fled the scene', /a police official/, null],
  ['reported', 'a dateline state before the source', 'Troy, Mich. police said the gunman had been fired a week earlier.', 'gunman had been fired', /^police$/, /Mich/],
  ['reported', 'a dateline state inside the source', 'Police in Troy, Mich. said the gunman had been fired a week earlier.', 'gunman had been fired', /^Police/, /Mich/],
  ['reported', '…, police said', 'A 59-year-old woman died when a car struck her on Friday night, police said.', 'car struck her', /police/, null],
  ['reported', 'an attribution inside the sentence', 'After a quick look at the scene, Owen said, the chief decided to protect the fuel depot next door.', 'protect the fuel depot', /Owen/, null],
  ['reported', 'the inner speaker of nested speech', 'In a statement, the State Department said that Secretary Antony Blinken stressed the importance of open channels.', 'importance of open channels', /Blinken/, /State Department/],
];

for (const [family, name, text, words, must, mustNot] of cases) {
  test(`speaker families (${family}): ${name}`, () => {
    const speaker = speakerOf({ a: text }, words);
    assert.match(speaker ?? '', must);
    if (mustNot) assert.doesNotMatch(speaker ?? '', mustNot);
  });
}

test('speaker families (linking): a trimmed, a translated and a split version are one statement', () => {
  const quotes = quotesOf({
    a: '“Relations are at their lowest point since diplomatic ties were established,” Foreign Minister Ana Ruiz said.',
    b: 'Ruiz said relations were at the worst point since the establishment of diplomatic ties.',
    c: '“Relations are at their lowest point,” Ruiz said. “Since diplomatic ties were established, never so low.”',
  });
  const q = quotes.find((x) => x.variants.some((v) => v.article === 'b'));
  assert.ok(q);
  assert.deepEqual(q.articles, ['a', 'b', 'c']);
  assert.match(q.speaker ?? '', /Ruiz/);
});

test('speaker families (linking): one person written two ways by two outlets is one speaker', () => {
  const quotes = quotesOf({
    a: '“Within a minute or two the whole roof was ablaze,” said Palmer Public Safety Director Jon Owen.',
    b: '“Within a minute or two, the whole roof was in flames,” Owen said.',
  });
  assert.equal(quotes.length, 1);
  assert.deepEqual(quotes[0]!.articles, ['a', 'b']);
});

test('speaker families (linking): different statements of one speaker stay apart', () => {
  const quotes = quotesOf({
    a: '“The roof collapsed within minutes,” Jon Owen said.',
    b: '“We will rebuild the market hall next year,” Jon Owen said.',
  });
  assert.equal(quotes.length, 2);
});

test('speaker families (naming): an organisation is named as the outlets write it, not by its longest name', () => {
  const quotes = quotesOf({
    a: 'Advanced Micro Devices (AMD) agreed to buy the server maker on Wednesday. AMD said the deal would close in the second quarter.',
    b: 'Advanced Micro Devices said on Wednesday it had agreed to buy the server maker. AMD said the deal would close in the second quarter, and it expects no job cuts.',
    c: 'Chip maker AMD said it expects the deal to close in the second quarter.',
  });
  const q = quotes.find((x) => x.variants.some((v) => v.text.includes('second quarter')));
  assert.ok(q);
  assert.equal(q.speaker, 'AMD');
  assert.equal(q.speakerEntity, 'e:advanced-micro-devices'); // the entity keeps its full name
});

/** An entity with the given spellings: [text, articles writing it, times written]. */
function entityOf(name: string, type: Entity['type'], forms: [string, string[], number][]): Entity {
  const mentions: Mention[] = forms.flatMap(([text, articles, times]) =>
    Array.from({ length: times }, (_, k) => ({ article: articles[k % articles.length]!, start: k, end: k + text.length, text, type, sentence: `${articles[0]}#${k}` })));
  return { id: `e:${name}`, name, type, variants: forms.map(([t]) => t).sort(), forms: forms.map(([text, articles]) => ({ text, articles })), articles: [...new Set(forms.flatMap(([, a]) => a))].sort(), roles: [], mentions };
}

test('speaker families (naming): equal reach goes to the spelling written more often, a suffix never wins', () => {
  const interior = entityOf('Department of Interior', 'organization', [['Department of Interior', ['a'], 1], ['Interior Department', ['a'], 3]]);
  assert.equal(speakerName(interior), 'Interior Department');
  const suffix = entityOf('SeaMicro Inc .', 'organization', [['SeaMicro Inc .', ['a', 'b'], 2], ['SeaMicro', ['a', 'b'], 1]]);
  assert.equal(speakerName(suffix), 'SeaMicro');
  const even = entityOf('Surrey Police', 'organization', [['Surrey Police', ['a'], 1], ['Police', ['b'], 1]]);
  assert.equal(speakerName(even), 'Surrey Police'); // a full tie keeps the canonical name
  // A person keeps the full name even when most outlets write the surname.
  const person = entityOf('Andrew Feldman', 'person', [['Andrew Feldman', ['a'], 1], ['Feldman', ['a', 'b', 'c'], 5]]);
  assert.equal(speakerName(person), 'Andrew Feldman');
});
