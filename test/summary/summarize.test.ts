import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence } from '../../src/model/text.js';
import { readStory } from '../../src/stages/summary/read-story.js';
import { defaultCiteCosine, orderForReading, summarize, summarizeStory, type SummaryInput } from '../../src/stages/summary/summarize.js';
import { loadFittedModel, scorePairs } from '../../src/stages/summary/summary-model.js';
import { countWords } from '../../src/stages/summary/tokenize-terms.js';

/** Sentences of an article from a list of texts, joined by single spaces. */
function makeArticle(article: string, texts: string[]): Sentence[] {
  let at = 0;
  return texts.map((text, index) => {
    const s: Sentence = { id: `${article}#${index}`, article, index, start: at, end: at + text.length, text, paragraph: 0 };
    at += text.length + 1;
    return s;
  });
}

const harbourA = makeArticle('a', [
  'The Riverside Bridge in Milford will stay closed until March after inspectors found cracks in two of its steel supports.',
  'He said repairs would cost about 4 million dollars.',
  'Commuters will have to use the ferry or a 12-mile detour through Dunmore.',
  'Why did nobody notice sooner?',
]);
const harbourB = makeArticle('b', [
  'Inspectors found cracks in two steel supports of the Riverside Bridge, which will stay closed until March, Milford officials said.',
  'City engineer Dana Royce estimated the repairs at 4 million dollars.',
  'The bridge carries about 30,000 vehicles a day.',
]);
const harbourC = makeArticle('c', [
  'Milford’s Riverside Bridge is closed until March because of cracked steel supports, the city said on Monday.',
  'But the mayor promised a temporary ferry service for commuters.',
  '“It is a disaster for this town.',
]);
const story: SummaryInput = {
  sentences: [...harbourA, ...harbourB, ...harbourC],
  articleOrder: ['a', 'b', 'c'],
  titles: new Map([
    ['a', 'Riverside Bridge closed until March'],
    ['b', 'Cracks shut Milford bridge'],
    ['c', 'Milford bridge closure'],
  ]),
};

test('every pick is one of the input sentences, unchanged', () => {
  const picks = summarize(story, { words: 60 });
  assert.ok(picks.length > 0);
  for (const p of picks) {
    const original = story.sentences.find((s) => s.id === p.sentence.id);
    assert.ok(original, p.sentence.id);
    assert.deepEqual(p.sentence, original);
    assert.equal(p.sentence.text, original.text);
    assert.equal(p.supportedBy[0], p.sentence.article);
  }
});

test('the word budget is respected for every budget', () => {
  for (const words of [20, 25, 40, 60, 70, 120, 500]) {
    const picks = summarize(story, { words });
    const total = picks.reduce((sum, p) => sum + countWords(p.sentence.text), 0);
    assert.ok(total <= words, `${total} > ${words}`);
    assert.ok(picks.length > 0);
  }
});

test('when no sentence fits, the summary is empty: the budget is never passed', () => {
  assert.deepEqual(summarize(story, { words: 3 }), []);
});

test('two near-identical sentences from two articles: one picked, both articles cited from the support map', () => {
  const x = makeArticle('x', ['Heavy rain flooded the main square of Alder on Sunday, and the regional council closed three schools.']);
  const y = makeArticle('y', ['Heavy rain flooded the main square of Alder on Sunday and the regional council closed three schools.']);
  const z = makeArticle('z', ['A weather warning remains in force for the whole valley until Wednesday evening.']);
  const support = new Map([
    ['x#0', ['x', 'y']],
    ['y#0', ['y', 'x']],
  ]);
  const picks = summarize({ sentences: [...x, ...y, ...z], articleOrder: ['x', 'y', 'z'], support }, { words: 100 });
  const flood = picks.filter((p) => p.sentence.text.startsWith('Heavy rain'));
  assert.equal(flood.length, 1);
  assert.deepEqual([...flood[0].supportedBy].sort(), ['x', 'y']);
});

test('without a support map, articles saying the same thing are found lexically', () => {
  const x = makeArticle('x', ['Heavy rain flooded the main square of Alder on Sunday, and the regional council closed three schools.']);
  const y = makeArticle('y', ['Heavy rain flooded the main square of Alder on Sunday and the regional council closed three schools.']);
  const picks = summarize({ sentences: [...x, ...y], articleOrder: ['x', 'y'] }, { words: 100 });
  assert.equal(picks.length, 1);
  assert.deepEqual(picks[0].supportedBy, ['x', 'y']);
});

test('the same input gives the same output, whatever the order of the sentences', () => {
  const first = summarize(story, { words: 50 });
  assert.deepEqual(summarize(story, { words: 50 }), first);
  const shuffled = [...story.sentences].reverse();
  shuffled.push(shuffled.splice(3, 1)[0]);
  assert.deepEqual(summarize({ ...story, sentences: shuffled }, { words: 50 }), first);
});

test('empty input or a zero budget gives an empty summary', () => {
  assert.deepEqual(summarize({ sentences: [], articleOrder: [] }, { words: 70 }), []);
  assert.deepEqual(summarize(story, { words: 0 }), []);
});

test('one article on its own works and starts from its lead', () => {
  const picks = summarize({ sentences: harbourA, articleOrder: ['a'] }, { words: 30 });
  assert.ok(picks.length >= 1);
  assert.equal(picks[0].sentence.id, 'a#0');
  assert.deepEqual(picks[0].supportedBy, ['a']);
});

test('a sentence starting with a pronoun or connective loses to one that stands alone', () => {
  const p = makeArticle('p', [
    'He said on Tuesday that the Eastfield library budget would grow by 12 percent.',
    'The money will pay for four new librarians and longer opening hours.',
  ]);
  const q = makeArticle('q', [
    'Rain is expected across the county this weekend, forecasters said.',
    'Council leader Ann Moss said the Eastfield library budget would grow by 12 percent.',
  ]);
  const input = { sentences: [...p, ...q], articleOrder: ['p', 'q'] };
  const texts = summarize(input, { words: 16 }).map((x) => x.sentence.text);
  assert.deepEqual(texts, ['Council leader Ann Moss said the Eastfield library budget would grow by 12 percent.']);
  // The fitted model has learnt the same: its weight for a dangling opener is below zero.
  assert.ok(loadFittedModel().sentence.opener < 0);
});

test('questions, connective openers and unattributed quote fragments are avoided', () => {
  const picks = summarize(story, { words: 70 });
  for (const p of picks) {
    assert.ok(!p.sentence.text.endsWith('?'), p.sentence.text);
    assert.ok(!p.sentence.text.startsWith('But '), p.sentence.text);
    assert.ok(!p.sentence.text.startsWith('“It is'), p.sentence.text);
  }
});

test('articles missing from articleOrder still take part, after the listed ones', () => {
  const picks = summarize({ sentences: [...harbourA, ...harbourB], articleOrder: ['b'] }, { words: 70 });
  assert.ok(picks.length > 0);
  const again = summarize({ sentences: [...harbourB, ...harbourA], articleOrder: ['b'] }, { words: 70 });
  assert.deepEqual(again, picks);
});

test('a story of many articles stays fast enough to run in a unit test and within budget', () => {
  const sentences: Sentence[] = [];
  for (let k = 0; k < 300; k++) {
    sentences.push(
      ...makeArticle(`n${k}`, [
        `Officials in district ${k % 17} reported that the storm damaged ${k} homes and cut power to the northern suburbs.`,
        `Crews from company ${k % 5} worked overnight to restore electricity to about ${1000 + k} customers.`,
        `Residents of street ${k} described the wind as the strongest they had seen in decades.`,
      ]),
    );
  }
  const picks = summarize({ sentences, articleOrder: [] }, { words: 70 });
  const total = picks.reduce((sum, p) => sum + countWords(p.sentence.text), 0);
  assert.ok(picks.length > 0 && total <= 70);
});

test('the support map decides citations for the sentences it lists; unlisted ones fall back to similarity', () => {
  const x = makeArticle('x', ['Heavy rain flooded the main square of Alder on Sunday, and the regional council closed three schools.']);
  const y = makeArticle('y', ['Heavy rain flooded the main square of Alder on Sunday and the regional council closed three schools.']);
  const listedAlone = summarize({ sentences: [...x, ...y], articleOrder: ['x', 'y'], support: new Map([['x#0', ['x']], ['y#0', ['y']]]) }, { words: 100 });
  assert.equal(listedAlone.length, 1);
  assert.deepEqual(listedAlone[0].supportedBy, ['x']);
  const unlisted = summarize({ sentences: [...x, ...y], articleOrder: ['x', 'y'], support: new Map() }, { words: 100 });
  assert.deepEqual(unlisted[0].supportedBy, ['x', 'y']);
});

test('a fragment is not taken just because it is all that fits', () => {
  const a = makeArticle('a', ['The Riverside Bridge in Milford will stay closed until March after inspectors found cracks in its supports.', 'Rear.']);
  const b = makeArticle('b', ['Inspectors found cracks in the supports of the Riverside Bridge in Milford, which stays closed until March.']);
  const c = makeArticle('c', ['Bridge closed again.', 'Residents were told to use the ferry.']);
  const input = { sentences: [...a, ...b, ...c], articleOrder: ['a', 'b', 'c'] };
  assert.deepEqual(summarize(input, { words: 5 }), []);
  // Checked: without the floor the fragment is taken.
  assert.deepEqual(summarize(input, { words: 5, choice: { minShare: 0 } }).map((p) => p.sentence.text), ['Bridge closed again.']);
  const texts = summarize(input, { words: 25 }).map((p) => p.sentence.text);
  assert.equal(texts.length, 1);
  assert.ok(/Riverside Bridge/.test(texts[0]), texts[0]);
});

test('lines that differ only in their numbers are one statement: only one is picked', () => {
  const sentences: Sentence[] = [];
  for (let k = 0; k < 40; k++) {
    sentences.push(
      ...makeArticle(`n${k}`, [
        `Officials in district ${k % 7} reported that the storm damaged ${k} homes and cut power to the northern suburbs.`,
        `Residents of street ${k} described the wind as the strongest they had seen in decades.`,
      ]),
    );
  }
  const picks = summarize({ sentences, articleOrder: [] }, { words: 100 });
  assert.equal(picks.filter((p) => p.sentence.text.startsWith('Officials')).length, 1);
  assert.equal(picks.filter((p) => p.sentence.text.startsWith('Residents')).length, 1);
  assert.ok(picks[0].supportedBy.length > 1);
});

test('of two outlets stating one fact, the shorter sentence without a lead-in is the one kept, cited to both', () => {
  const x = makeArticle('x', [
    'In a statement released to reporters on Monday afternoon, the regional council of Alder said that heavy rain had flooded the main square and closed three schools.',
    'Residents were asked to stay away from the river banks.',
  ]);
  const y = makeArticle('y', [
    'Heavy rain flooded the main square of Alder and closed three schools, the regional council said.',
    'Forecasters expect more rain on Wednesday.',
  ]);
  const z = makeArticle('z', ['Heavy rain closed three schools in Alder on Monday.', 'The river rose by two metres overnight.']);
  const picks = summarize({ sentences: [...x, ...y, ...z], articleOrder: ['x', 'y', 'z'] }, { words: 40 });
  const flood = picks.filter((p) => /main square/.test(p.sentence.text));
  assert.equal(flood.length, 1, picks.map((p) => p.sentence.text).join(' | '));
  assert.ok(flood[0].sentence.text.startsWith('Heavy rain flooded'), flood[0].sentence.text);
  assert.ok(flood[0].supportedBy.includes('x'), `${flood[0].supportedBy}`);
  // Checked: the margin is the fitted lead-in penalty (there is no reading rule for a lead-in: the
  // line reads well alone). With a model that rewards a lead-in a little (+0.25), the long line is taken.
  const fitted = loadFittedModel();
  assert.ok(fitted.sentence.leadIn < 0);
  const model = { ...fitted, sentence: { ...fitted.sentence, leadIn: 0.25 } };
  const without = summarize({ sentences: [...x, ...y, ...z], articleOrder: ['x', 'y', 'z'] }, { words: 40, model });
  assert.ok(without.some((p) => p.sentence.text.startsWith('In a statement')), without.map((p) => p.sentence.text).join(' | '));
});

test('summarizeStory on a story read once gives what summarize gives, with or without the chances given', () => {
  const model = loadFittedModel();
  const view = readStory(story, defaultCiteCosine);
  const chances = scorePairs(view.features, view.pairs, model);
  for (const words of [20, 45, 80]) {
    const direct = summarize(story, { words }).map((p) => p.sentence.id);
    assert.deepEqual(summarizeStory(view, { words }).map((p) => p.sentence.id), direct);
    assert.deepEqual(summarizeStory(view, { words, model }, chances).map((p) => p.sentence.id), direct);
  }
  // Another length prior on the same chances changes only how much is taken, never its budget.
  const longer = summarizeStory(view, { words: 80, model: { ...model, lengthPrior: model.lengthPrior * 3 } }, chances);
  assert.ok(longer.reduce((n, p) => n + countWords(p.sentence.text), 0) <= 80);
});

test('reading order: leads first, of two leads the likeliest telling first, then article order', () => {
  // Picks in canonical order: lead of article 1, second sentence of article 1, lead of article 2.
  const order = orderForReading([
    { position: 0, precision: 0.2, rank: 0 },
    { position: 1, precision: 0.9, rank: 1 },
    { position: 0, precision: 0.3, rank: 2 },
  ]);
  assert.deepEqual(order, [2, 0, 1]);
  // Equal precision: article order.
  assert.deepEqual(orderForReading([{ position: 0, precision: 0.3, rank: 5 }, { position: 0, precision: 0.3, rank: 1 }]), [1, 0]);
});
