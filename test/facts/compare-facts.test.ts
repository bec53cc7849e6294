import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/fact.js';
import type { Sentence } from '../../src/model/text.js';
import { compareFacts, factSlot, findFacts, isLikelyUpdate } from '../../src/stages/facts/index.js';

function sentence(text: string): Sentence {
  return { id: 'a#0', article: 'a', index: 0, start: 0, end: text.length, text, paragraph: 0 };
}

/** The first fact of a kind found in a sentence. */
function fact(text: string, kind?: Fact['kind'], reference: string | null = null): Fact {
  const found = findFacts(sentence(text), { reference }).filter((f) => !kind || f.kind === kind);
  assert.ok(found.length > 0, `no fact in "${text}"`);
  return found[0];
}

/** [a, b, expected relation/kind] */
const cases: [string, string, string][] = [
  ['a meeting that lasted 5 and a half hours', 'they met for seven and a half hours', 'conflict/contradiction'],
  ['they met for 5 and a half hours', 'the talks lasted five and a half hours', 'equal'],
  ['they met for 330 minutes', 'they met for 5 and a half hours', 'equal'],
  // A month is 28 to 31 days, a year 365 or 366: counted in days, the same span.
  ['she began a 90-day stay', 'she began a three-month stay', 'equal'],
  ['the ban lasted 365 days', 'the ban lasted a year', 'equal'],
  ['the ban lasted 300 days', 'the ban lasted 11 months', 'conflict/contradiction'],
  ['the ban lasted three months', 'the ban lasted four months', 'conflict/contradiction'],
  // Clock times go round midnight.
  ['the site went dark just before midnight', 'the site went dark at 11:59 p.m.', 'conflict/precision'],
  ['about 30 people were hurt', '32 people were hurt', 'conflict/precision'],
  ['the building dates to 1935', 'the buildings dated back to the mid 1930s', 'conflict/precision'],
  ['nearly three-quarters of users run it', 'about 70 percent of users run it', 'conflict/precision'],
  ['two-thirds of the voters', '40 percent of the voters', 'conflict/contradiction'],
  ['the family was founded in 1925', 'the family was founded in the 1930s', 'conflict/contradiction'],
  // A named part of a decade is a narrower date: 1983 is about the middle, 1981 is not late.
  ['in 1983, it was forced to file for bankruptcy', 'it was taken over by the state in the mid-1980s', 'conflict/precision'],
  ['it was sold in 1981', 'it was sold in the late 1980s', 'conflict/contradiction'],
  ['that changed at the start of the 1980s', 'it was taken over in the mid-1980s', 'conflict/precision'],
  ['it opened in the early 1980s', 'it opened in the late 1980s', 'conflict/contradiction'],
  ['it opened in the 1980s', 'it opened in the mid-1980s', 'compatible'],
  // A part of a year: the end of a year lies in its second half; a quarter misses other months.
  ['it will ship in the second half of 2012', 'it will ship towards the end of 2012', 'conflict/precision'],
  ['it will ship in the first half of 2012', 'it will ship in the second half of 2012', 'conflict/contradiction'],
  ['sales fell in the first quarter of 2011', 'sales fell in September 2011', 'conflict/contradiction'],
  ['sales fell in the first quarter of 2011', 'sales fell in February 2011', 'conflict/precision'],
  ['it will ship in the second half of 2012', 'it will ship in 2012', 'compatible'],
  ['it will ship in the second half of 2012', 'it will ship in the second half of 2012', 'equal'],
  ['it will ship in the second half of 2012', 'it shipped in the second half of 2013', 'conflict/contradiction'],
  // A part of a month: its days.
  ['attacks began in the first week of December 2008', 'attacks began on December 9, 2008', 'conflict/contradiction'],
  ['attacks began in early December 2008', 'attacks began on December 4, 2008', 'conflict/precision'],
  ['attacks began in early December 2008', 'attacks began in December 2008', 'compatible'],
  ['attacks began in early December 2008', 'attacks began in late December 2008', 'conflict/contradiction'],
  ['about 30 people were hurt', '45 people were hurt', 'conflict/contradiction'],
  ['at least 50 people died', '70 people died', 'conflict/precision'],
  ['at least 50 people died', '40 people died', 'conflict/contradiction'],
  ['more than 100 injured', 'at least 150 injured', 'conflict/precision'],
  ['up to 20 people', 'about 20 people', 'conflict/precision'],
  ['about 60 meters tall', 'about 60 meters tall', 'equal'],
  ['about 60 meters tall', '60 meters tall', 'equal'],
  ['a magnitude 5.9 quake', 'a 5.9-magnitude quake', 'equal'],
  ['a magnitude 5.9 quake', 'a magnitude 6.1 quake', 'conflict/contradiction'],
  ['a $2.5 million deal', 'a $2,510,000 deal', 'equal'],
  ['a $2.5 million deal', 'a $3 million deal', 'conflict/contradiction'],
  ['the price rose 12%', 'the price rose 12 percent', 'equal'],
  ['at 4:30 p.m.', 'at 16:30', 'equal'],
  ['at about 4:30 p.m.', 'at 4:40 p.m.', 'conflict/precision'],
  // The same figure, one side hedged: both true, nothing to report.
  ['killing at least 12 people', 'killing 12 people', 'compatible'],
  ['up to 40 people were hurt', '40 people were hurt', 'compatible'],
  // Not comparable: different units or kinds.
  ['42 NGOs signed', '42 people signed', 'compatible'],
  ['for 35 minutes', '35 NGOs', 'compatible'],
  ['three buses', 'three hours', 'compatible'],
  ['$300 fine', '£300 fine', 'compatible'],
];

for (const [a, b, expected] of cases) {
  test(`compareFacts: "${a}" vs "${b}" → ${expected}`, () => {
    const r = compareFacts(fact(a), fact(b));
    assert.equal(r.kind ? `${r.relation}/${r.kind}` : r.relation, expected);
    const back = compareFacts(fact(b), fact(a));
    assert.deepEqual(back, r, 'symmetric');
  });
}

/** Dates: [a, b, reference, expected] */
const dateCases: [string, string, string | null, string][] = [
  ['talks on June 18', 'talks held Dec. 21', null, 'conflict/contradiction'],
  ['talks on June 18', 'talks on June 18, 2023', null, 'compatible'],
  ['talks on June 18', 'talks on June 18', null, 'equal'],
  ['talks on Sunday', 'talks on June 18, 2023', null, 'compatible'],
  ['talks on Monday', 'talks on June 18, 2023', null, 'conflict/contradiction'],
  ['talks on Sunday', 'talks on June 18', '2023-06-20', 'equal'],
  ['the 2018 visit was in 2018', 'in 2019 they met', null, 'conflict/contradiction'],
];
for (const [a, b, reference, expected] of dateCases) {
  test(`compareFacts (dates): "${a}" vs "${b}" (${reference ?? 'no reference'}) → ${expected}`, () => {
    const r = compareFacts(fact(a, 'date', reference), fact(b, 'date', reference));
    assert.equal(r.kind ? `${r.relation}/${r.kind}` : r.relation, expected);
  });
}

test('compareFacts (dates): one day of the year, the year written on one side only, is one date', () => {
  // Read against a reference after the day, "by September 11" falls in the next year; the outlet wrote no year.
  const written = fact('Troops will leave by Sept. 11, 2021, officials said.', 'date');
  const guessed = fact('Troops will leave by September 11, officials said.', 'date', '2021-12-01');
  assert.equal(guessed.normalized, '2022-09-11');
  assert.equal(compareFacts(written, guessed).relation, 'equal');
  // A year against a day whose year is a guess: nothing to compare.
  assert.equal(compareFacts(fact('The election was held in 2020.', 'date'), guessed).relation, 'compatible');
  // Both years written: two dates.
  assert.equal(compareFacts(fact('It happened on Jan. 6, 2021.', 'date'), fact('It happened on Jan. 6, 2022.', 'date')).kind, 'contradiction');
});

test('isLikelyUpdate: a later, higher toll is an update', () => {
  const early = fact('The quake killed 12 people.');
  const late = fact('The quake killed at least 15 people.');
  assert.equal(compareFacts(early, late).kind, 'contradiction');
  assert.equal(isLikelyUpdate(early, late, '2023-06-18T08:00:00Z', '2023-06-18T14:00:00Z'), true);
  assert.equal(isLikelyUpdate(late, early, '2023-06-18T14:00:00Z', '2023-06-18T08:00:00Z'), true);
});

test('isLikelyUpdate: not when the later report is lower, dates are unknown, or the unit is no toll', () => {
  const early = fact('The quake killed 15 people.');
  const late = fact('The quake killed 12 people.');
  assert.equal(isLikelyUpdate(early, late, '2023-06-18T08:00:00Z', '2023-06-18T14:00:00Z'), false);
  assert.equal(isLikelyUpdate(late, early, null, '2023-06-18T14:00:00Z'), false);
  const a = fact('they met for 5 hours');
  const b = fact('they met for 7 hours');
  assert.equal(isLikelyUpdate(a, b, '2023-06-18', '2023-06-19'), false);
});

/** [sentence, kind, expected slot words] */
const slotCases: [string, Fact['kind'], string][] = [
  ['Blinken held an inter-delegation meeting that lasted 5 and a half hours Dec. 21.', 'duration', 'delegation meet last'],
  ['On Sunday, Blinken met with Foreign Minister Qin Gang for seven and a half hours.', 'duration', 'meet'],
  ['Blinken and Wang Yi spoke for three hours on Monday.', 'duration', 'speak'],
  ['The quake killed at least 12 people on Monday.', 'quantity', 'quake kill'],
  ['The vehicles were about 60 meters tall.', 'quantity', 'vehicle tall'],
  ['The US Minister arrived in Beijing for a two-day official visit.', 'duration', 'arrive official visit'],
  ['On June 18, State Councilor and Foreign Minister Qin Gang held talks with Blinken.', 'date', 'hold talk'],
  ['They held a meeting that lasted 5 and a half hours Dec. 21.', 'date', 'hold meet last'],
  ['In 2018, Pompeo visited Beijing.', 'date', 'visit'],
  ['The ministry said on Monday that the talks were candid.', 'date', ''],
  ['Officials announced Tuesday the talks had ended.', 'date', ''],
];
for (const [text, kind, expected] of slotCases) {
  test(`factSlot: ${text}`, () => {
    const s = sentence(text);
    const f = findFacts(s, { reference: null }).find((x) => x.kind === kind)!;
    assert.equal(factSlot(f, s), expected);
    assert.equal(factSlot(f, text), expected, 'same from the plain text');
  });
}

test('factSlot: the two talk lengths of the seeds share a slot word', () => {
  const a = sentence('held an inter-delegation meeting that lasted 5 and a half hours');
  const b = sentence('Blinken met with Foreign Minister Qin Gang for seven and a half hours');
  const wa = new Set(factSlot(findFacts(a, { reference: null })[0], a).split(' '));
  const wb = factSlot(findFacts(b, { reference: null })[0], b).split(' ');
  assert.ok(wb.some((w) => wa.has(w)));
});
