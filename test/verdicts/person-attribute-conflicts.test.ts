/**
 * Rows about a person's attributes told differently by different outlets: home, birthplace,
 * nationality. Real rows, and the false-row families each rule is there to stop.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/pipeline.js';

/** The rows of one slot, each as "kind: value [articles] || …". */
function rows(slot: string, texts: Record<string, string>): string[] {
  const report = analyzeSync(Object.entries(texts).map(([id, text]) => ({ id, source: `Outlet ${id}`, title: `Report ${id}`, text })));
  return report.conflicts.filter((c) => c.slot === slot).map((c) => `${c.kind}: ${c.values.map((v) => `${v.value} [${v.articles.join(',')}]`).join(' || ')}`);
}

test('home: "X, 44, of P" against "X, who lived in Q" is a contradiction', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'Maria Olsen, 44, of Westfield, was struck by a van on Friday evening. The driver fled.',
      b: 'Maria Olsen, who lived two blocks away in Park Hill, was struck by a van on Friday.',
    }),
    ['contradiction: Park Hill [b] || Westfield [a]'],
  );
});

test('home: one place inside the other\'s words ("South Park Hill" / "Park Hill") is a precision row', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'Maria Olsen, 44, of South Park Hill, was struck by a van on Friday evening.',
      b: 'Maria Olsen, 44, of Park Hill, was struck by a van on Friday evening.',
    }),
    ['precision: Park Hill [b] || South Park Hill [a]'],
  );
});

test('home: one place written two ways is no row (an owner region before it, a state after it)', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'Alan Brisk, 48, of Macomb County\'s Bruce Township, was treated at a hospital.',
      b: 'Alan Brisk, 48, of Bruce Township, was treated at a hospital.',
      c: 'Paul Okafor, 47, of Sterling Heights, Michigan, was hurt.',
      d: 'Paul Okafor, 47, of Sterling Heights, was hurt.',
    }),
    [],
  );
});

test('home: a state or country alone is never set against a town; two states after one town are two places', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'Lena Dorsey, 30, of Texas, was hurt. Omar Field, 52, of Portland, Oregon, was hurt.',
      b: 'Lena Dorsey, 30, of Beaumont, was hurt. Omar Field, 52, of Portland, Maine, was hurt.',
    }),
    ['contradiction: Portland, Maine [b] || Portland, Oregon [a]'],
  );
});

test('home: a person given two homes by one article is not a dispute between outlets', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'Maria Olsen, 44, of Westfield, was hurt. Olsen, who lived in Park Hill, was taken to hospital.',
      b: 'Maria Olsen, 44, of Westfield, was struck by a van.',
      c: 'Maria Olsen, who lived in Park Hill, was struck by a van.',
    }),
    [],
  );
});

test('home: a place of another person in the same sentence is not this person\'s; a body is no place', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'Maria Olsen and Tom Reyes, 51, of Westfield, were struck by a van. Dana Whitfield of Boston College, said the road was dark.',
      b: 'Maria Olsen, 44, of Park Hill, was struck by a van. Dana Whitfield, 39, of Park Hill, saw it.',
    }),
    [],
  );
});

test('home: the story\'s setting against a finer place is told coarser (precision), not as another home', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'A woman was killed by a van in Riverton on Friday. Maria Olsen, 44, of Riverton, was crossing the street.',
      b: 'A van struck a woman in Riverton on Friday night. Maria Olsen, who lived in South Hollis, died at the scene.',
      c: 'Police in Riverton are searching for the driver of a van that killed a pedestrian.',
      d: 'The crash in Riverton is the third this year.',
    }),
    ['precision: Riverton [a] || South Hollis [b]'],
  );
});

test('birthplace: "Born in P, …, X became" against "X was born in Q"; a pronoun is not read', () => {
  assert.deepEqual(
    rows('birthplace', {
      a: 'Born in Dunmore in 1931, the son of a miner, Peter Kalnins became a union organiser.',
      b: 'Peter Kalnins was born on May 2, 1931, in Scranton and grew up there.',
      c: 'Peter Kalnins died on Sunday. He was born in Carbondale.',
    }),
    ['contradiction: Dunmore [a] || Scranton [b]'],
  );
});

test('nationality: a nationality before the name against one in apposition is a contradiction', () => {
  assert.deepEqual(
    rows('nationality', {
      a: 'Australian climber Duncan Reid died after a fall on Friday.',
      b: 'Duncan Reid, a New Zealander, died after a fall on Friday.',
    }),
    ['contradiction: Australian [a] || New Zealander [b]'],
  );
});

test('nationality: dual, part-of-country, language and origin words are no dispute', () => {
  assert.deepEqual(
    rows('nationality', {
      a: 'Iranian-American journalist Sara Nadim was freed. English actor Tom Ashby spoke. French teacher Anna Lind was there. Indian immigrant Ravi Dhillon lived nearby.',
      b: 'American journalist Sara Nadim was freed. British actor Tom Ashby spoke. Swedish author Anna Lind was there. Canadian engineer Ravi Dhillon lived nearby.',
    }),
    [],
  );
});

test('nationality: a word after a capitalised word is part of a longer name ("African American", "Latin American")', () => {
  assert.deepEqual(
    rows('nationality', {
      a: 'The group honoured African American poet Lena Moss on Friday.',
      b: 'Nigerian poet Lena Moss was honoured on Friday.',
    }),
    [],
  );
});

test('home: a street address, a team, a firm, and an "of" phrase that runs into its verb ("of Microsoft said") are no homes', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'Mr Pitman, of High Street, Wellington, pleaded not guilty. Coach Leon Marsh of the Jets, praised the defence. Tom Berg of Carver Logistics said the road was dark. Ada Quint of Westfield said she saw it.',
      b: 'Mr Pitman, of Wellington, pleaded not guilty. Coach Leon Marsh of the Giants, praised the defence. Tom Berg, 40, of Park Hill, saw the crash. Ada Quint, 61, of Park Hill, saw it.',
    }),
    [],
  );
});

test('home: a former home ("who lived until last year in") is not today\'s, and a home inside a quotation is the speaker\'s words', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'Maria Olsen, who lived until last year in Park Hill, was struck by a van. “I knew Tom Reyes, 51, of Dover, well,” a neighbour said.',
      b: 'Maria Olsen, 44, of Westfield, was struck by a van. Tom Reyes, 51, of Westfield, was not hurt.',
    }),
    [],
  );
});

test('transfer: one move from a place told as headed to two places is a row; a destination inside the other\'s phrase is precision', () => {
  assert.deepEqual(
    rows('transfer-destination', {
      a: 'The inmate escaped during his transport from Carlow, Texas, to Redfield, Texas.',
      b: 'He escaped while being transported from a prison in Carlow to one in Marlin.',
      c: 'He was en route from the Dane Unit in Carlow to the Redfield Unit in Marlin when he escaped.',
    }),
    ['precision: Marlin [b,c] || Redfield, Texas [a]'],
  );
  assert.deepEqual(
    rows('transfer-destination', {
      a: 'The inmate escaped during his transport from Carlow, Texas, to Redfield, Texas.',
      b: 'He escaped while being transported from a prison in Carlow to one in Marlin.',
    }),
    ['contradiction: Marlin [b] || Redfield, Texas [a]'],
  );
});

test('transfer: spans of time, sentences with two moves and moves from other places are no row', () => {
  assert.deepEqual(
    rows('transfer-destination', {
      a: 'Patients were transferred from Monday to Friday. Two were flown from Carlow to Marlin and from Dover to Ely.',
      b: 'Patients were transferred from Monday to Sunday. Two were flown from Carlow to Ely and from Dover to Marlin.',
      c: 'Supplies were transported from Dover to Ely.',
      d: 'Supplies were transported from Stowe to Marlin.',
    }),
    [],
  );
});

test('home: an "of" without an age must name a place the story knows ("Mark Lund of Brightwave," is an affiliation); words for people are no place', () => {
  assert.deepEqual(
    rows('residence', {
      a: 'The chief executive, Mark Lund of Brightwave, defended the policy. Officers pinned African American Riverton resident Ada Moss to the ground.',
      b: 'Mark Lund, 44, of Park Hill, defended the policy. Ada Moss, a Riverton resident, was pinned to the ground.',
      c: 'Ada Moss, an African American resident, spoke at the rally.',
    }),
    [],
  );
});

test('nationality: a nationality that leads a verb or a plural is not the named person\'s', () => {
  assert.deepEqual(
    rows('nationality', {
      a: 'A Russian court sentenced Ivan Petrov on Monday. Exit polls by Israeli broadcasters had Dan Eshel ahead.',
      b: 'Polish activist Ivan Petrov was sentenced on Monday. Dutch pollster Dan Eshel was ahead.',
    }),
    [],
  );
});

test('nationality of a person known by age: "a 36-year-old Australian climber" against "A 36-year-old man … The man, a New Zealander"', () => {
  assert.deepEqual(
    rows('nationality', {
      a: 'A 36-year-old Australian climber died after a fall on Friday.',
      b: 'A 36-year-old man died after a fall on Friday. The man, a New Zealander living in Perth, was planning to ski.',
      c: 'The first death was that of a New Zealand climber who fell on Friday. The 36-year-old had been living in Perth.',
    }),
    ['contradiction: New Zealander [b,c] || Australian [a]'],
  );
});

test('nationality of a person known by age: an age two named people share, or a sentence before with two ages, ties nothing', () => {
  assert.deepEqual(
    rows('nationality', {
      a: 'Duncan Reid, 36, and Tom Ashby, 36, were hurt in the fall. A 36-year-old Australian climber died.',
      b: 'A 36-year-old man died. The man, a New Zealander, was planning to ski.',
    }),
    [],
  );
  assert.deepEqual(
    rows('nationality', {
      a: 'A 36-year-old Australian climber died after a fall on Friday.',
      b: 'A 36-year-old man and a 41-year-old woman died after a fall. The man, a New Zealander, was planning to ski.',
    }),
    [],
  );
});

test('place: some outlets writing a part ("in South Hollis") and others only the whole ("in Hollis") is a precision row', () => {
  assert.deepEqual(
    rows('place', {
      a: 'A woman was struck on 117th Street in South Hollis on Friday.',
      b: 'A woman was struck at 97th Avenue and 117th Street in Hollis on Friday.',
      c: 'The crash near 117th Street in Hollis left a woman dead.',
    }),
    ['precision: Hollis [b,c] || South Hollis [a]'],
  );
});

test('place: an outlet writing both, a country and its namesake, and "New" names are no precision row', () => {
  assert.deepEqual(
    rows('place', {
      a: 'Protests spread in West Carlow and later in Carlow itself. Aid arrived in South Sudan on Monday. Talks were held in New Delhi. Storms hit homes in South Carolina.',
      b: 'Protests spread in Carlow on Sunday. Aid arrived in Sudan on Monday. Talks were held in Delhi. Storms hit homes in Carolina.',
    }),
    [],
  );
});
