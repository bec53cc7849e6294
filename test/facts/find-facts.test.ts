import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence } from '../../src/model/text.js';
import { findFacts } from '../../src/stages/facts/index.js';

/** A sentence placed at offset 100 of article "a", so article offsets are checked too. */
function sentence(text: string): Sentence {
  return { id: 'a#3', article: 'a', index: 3, start: 100, end: 100 + text.length, text, paragraph: 1 };
}

/** [sentence, expected facts as "kind|words|value|unit|qualifier|normalized"] */
const cases: [string, string[]][] = [
  ['They held a meeting that lasted 5 and a half hours.', ['duration|5 and a half hours|330|minute|exact|5.5 hours']],
  ['Blinken met Qin for seven and a half hours.', ['duration|seven and a half hours|450|minute|exact|7.5 hours']],
  ['Blinken met for 35 minutes with Xi.', ['duration|35 minutes|35|minute|exact|35 min']],
  ['The talks took two-and-a-half hours.', ['duration|two-and-a-half hours|150|minute|exact|2.5 hours']],
  ['He spoke for an hour and a half.', ['duration|an hour and a half|90|minute|exact|1.5 hours']],
  ['He arrived for a two-day official visit.', ['duration|two-day|2880|minute|exact|2 days']],
  ['It is part of an 18-month-old partnership.', ['duration|18-month-old|788940|minute|exact|18 months']],
  ['He became the first envoy to visit China in 5 years.', ['ordinal|first envoy|1|envoy|exact|#1 envoy', 'duration|5 years|2629800|minute|exact|5 years']],
  ['The 33-year-old actress checked in.', ['duration|33-year-old|17356680|minute|exact|33 years']],
  ['42 NGOs signed a joint letter.', ['quantity|42 NGOs|42|ngo|exact|42 ngo']],
  ['The balloon, the size of three buses, was about 60 meters tall.', ['quantity|three buses|3|bus|exact|3 bus', 'quantity|about 60 meters|60|meter|about|60 meter']],
  ['China plans to open at least five new embassies.', ['quantity|at least five new embassies|5|embassy|at-least|5 embassy']],
  ['Three military boats patrol the islands.', ['quantity|Three military boats|3|boat|exact|3 boat']],
  ['China has twice held drills near the island.', ['quantity|twice|2|time|exact|2 time']],
  ['The quake killed at least 12 people.', ['quantity|at least 12 people|12|dead|at-least|12 dead']],
  ['Officials said 12 dead and more than 40 injured.', ['quantity|12 dead|12|dead|exact|12 dead', 'quantity|more than 40 injured|40|injured|more-than|40 injured']],
  ['The death toll rose to 25 on Tuesday.', ['quantity|25|25|dead|exact|25 dead', 'date|Tuesday|2|weekday|exact|weekday-2']],
  ['The death toll from Friday\'s quake in the port has risen to 17.', ['date|Friday\'s|5|weekday|exact|weekday-5', 'quantity|17|17|dead|exact|17 dead']],
  ['The toll road fee rose to 17 dollars.', ['money|17 dollars|17|usd|exact|USD 17']],
  ['A magnitude 5.9 quake hit the coast.', ['quantity|magnitude 5.9|5.9|magnitude|exact|magnitude 5.9']],
  ['A 7.1-magnitude earthquake struck.', ['quantity|7.1-magnitude|7.1|magnitude|exact|magnitude 7.1']],
  ['The deal is worth $2.5 million.', ['money|$2.5 million|2500000|usd|exact|USD 2500000']],
  ['Fines of £300 and up to 2 billion yuan.', ['money|£300|300|gbp|exact|GBP 300', 'money|up to 2 billion yuan|2000000000|cny|up-to|CNY 2000000000']],
  ['Exports fell 12% and about 3.5 percent later.', ['percent|12%|12|percent|exact|12%', 'percent|about 3.5 percent|3.5|percent|about|3.5%']],
  // A share written as a fraction is a round per cent; a fraction of a unit is not a share.
  ['Nearly three-quarters of Web users run it.', ['percent|Nearly three-quarters|75|percent|about|75%']],
  ['More than half of the candidates were from the party.', ['percent|More than half|50|percent|more-than|50%']],
  ['Half an hour later, half a dozen trucks came.', ['quantity|half a dozen trucks|6|truck|exact|6 truck']],
  // A half of a period or a game is a time, not a share.
  ['He scored early in the second half of the match.', ['ordinal|second half|2|half|exact|#2 half']],
  // Lengths written with an article or a fraction word.
  ['She lived half a mile away; he lived about a mile and a half away.', ['quantity|half a mile|0.5|mile|exact|0.5 mile', 'quantity|about a mile and a half|1.5|mile|about|1.5 mile']],
  ['The crash was a quarter of a mile north of the school, on a mile-long road.', ['quantity|a quarter of a mile|0.25|mile|exact|0.25 mile']],
  ['Xi meets Blinken at 4:30 p.m. local time.', ['time|4:30 p.m.|990|clock|exact|16:30']],
  ['The meeting began at 10 a.m.', ['time|10 a.m.|600|clock|exact|10:00']],
  ['On June 18, Qin held talks.', ['date|June 18|618|month-day|exact|--06-18']],
  ['The last visit was in 2018.', ['date|2018|24216|year|exact|2018']],
  ['It was their second meeting this year.', ['ordinal|second meeting|2|meeting|exact|#2 meeting', 'date|this year|0|year|exact|']],
  // A possessive is a determiner; "for the Nth time" counts what its verb names.
  ["The knockout was Klitschko's sixth defense of the belt.", ["ordinal|sixth defense|6|defense|exact|#6 defense"]],
  ['Klitschko retained his title for the fifth time.', ['ordinal|fifth time|5|defense|exact|#5 defense']],
  ['He visited the city for the fifth time.', ['ordinal|fifth time|5|time|exact|#5 time']],
  // A word that is a property of every object ("constructor") is no verb of the list.
  ['The constructor retained his title for the fifth time.', ['ordinal|fifth time|5|defense|exact|#5 defense']],
  ['The constructor toured the site for the fifth time.', ['ordinal|fifth time|5|time|exact|#5 time']],
  ['Some 300 members joined.', ['quantity|Some 300 members|300|member|about|300 member']],
  ['Nearly 1,000 troops and 50 people or more.', ['quantity|Nearly 1,000 troops|1000|troop|about|1000 troop', 'quantity|50 people or more|50|person|at-least|50 person']],
  // Things that are not facts:
  ['Qin urged the US to adhere to the one-China principle.', []],
  ['The two sides agreed to keep talking.', []],
  ['President Xi and President Biden met in Bali.', []],
  ['It is one of the most important issues.', []],
  ['The three joint communiqués form the basis.', []],
  ['the world’s two largest economies', []],
  ['The No. 1 seed beat Covid-19 patients with an F-16.', []],
  ['They signed the Three Joint Declarations.', []],
  ['Lohan Dies at 77 in prison.', []],
  ['It was a zero-day flaw in Internet Explorer 9 releases.', []],
  ['Dozens of people and hundreds of troops gathered.', []],
  ['Obama overturned the midnight rules.', []],
  ['The flaw was found just over a week ago.', []],
  ['It ships on the 11th or 18th according to the press release.', []],
  ['Shares closed at NT$ 53.8 and HK$5.', ['money|NT$ 53.8|53.8|twd|exact|TWD 53.8', 'money|HK$5|5|hkd|exact|HKD 5']],
  ['He scored in the first 7\u2009½ minutes.', ['duration|7\u2009½ minutes|7.5|minute|exact|7.5 min']],
  ['He moved away five or six years ago.', []],
  ['Her blood-alcohol level was more than five times the legal limit.', []],
  ['A mother of two died in the crash.', []],
  ['Robert Berg, 32, died while climbing.', ['duration|32|16830720|minute|exact|32 years']],
];

for (const [text, expected] of cases) {
  test(`findFacts: ${text}`, () => {
    const facts = findFacts(sentence(text), { reference: null });
    const shown = facts.map((f) => `${f.kind}|${f.text}|${f.value}|${f.unit}|${f.qualifier}|${f.normalized}`);
    // "this year" has no value without a reference: it is dropped, so filter the expectation too.
    assert.deepEqual(shown, expected.filter((e) => !e.endsWith('|')));
    for (const f of facts) {
      assert.equal(text.slice(f.start - 100, f.end - 100), f.text);
      assert.equal(f.article, 'a');
      assert.equal(f.sentence, 'a#3');
    }
  });
}

test('findFacts: relative dates resolve against the reference', () => {
  const facts = findFacts(sentence('Blinken met Xi on Monday, a day after talks on Sunday.'), { reference: '2023-06-20' });
  assert.deepEqual(facts.filter((f) => f.kind === 'date').map((f) => `${f.normalized}|${f.resolution}`), [
    '2023-06-19|relative-to-published',
    '2023-06-18|relative-to-published',
  ]);
});

test('findFacts: a story reference is marked as such', () => {
  const facts = findFacts(sentence('They met on Monday.'), { reference: '2023-06-18', isStoryReference: true });
  assert.equal(facts[0].normalized, '2023-06-19');
  assert.equal(facts[0].resolution, 'relative-to-story');
});
