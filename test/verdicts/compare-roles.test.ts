import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRoles, formalTitles } from '../../src/stages/verdicts/compare-roles.js';

test('compareRoles: titles outlets give one person', () => {
  const cases: [string, string, ReturnType<typeof compareRoles>][] = [
    ['Mayor', 'Deputy Mayor', 'conflict'],
    ['Mayor', 'mayor', 'same'],
    ['State Councilor and Foreign Minister', 'Foreign Minister', 'compatible'],
    ['Foreign Minister', 'Minister', 'compatible'],
    ['US Secretary of State', 'Secretary of State', 'compatible'],
    ['US Secretary of State', 'Secretary', 'compatible'],
    ["China's Deputy Assistant Secretary of State for North American and Oceania Affairs", 'Director-General of the Department of North American and Oceanian Affairs of the Chinese Foreign Ministry', 'conflict'],
    ["China's top diplomat", 'Director of the Office of the Central Foreign Relations Commission', 'not-comparable'],
    ['spokesman for the State Department', 'State Department spokesman', 'compatible'],
    ['Chinese President', 'President', 'compatible'],
    ['Vice President', 'President', 'conflict'],
    ['former UN ambassador', 'Governor', 'not-comparable'],
    ['Fire chief', 'Mayor', 'conflict'],
    ['chief seismologist', 'seismologist', 'compatible'],
    ['Police Chief', 'Deputy Police Chief', 'conflict'],
    // A sheriff's deputy who is a sergeant: "deputy" does not make another rank here.
    ['Sgt.', 'Deputy Sgt.', 'compatible'],
    ["Sheriff's Deputy Sgt.", 'Sgt.', 'compatible'],
    ['Sheriff', 'Deputy Sheriff', 'conflict'],
    // An associate justice is a justice of the court; "former" is read by the former rule, not as a rank.
    ['Justice', 'Associate Justice', 'compatible'],
    ['Supreme Court Justice', 'Supreme Court Associate Justice', 'compatible'],
    ['former President', 'former US President', 'compatible'],
    ['former Mayor', 'former Deputy Mayor', 'conflict'],
    // "Acting" holds the office for now; a spelling ("advisor"); a possessive names someone else's title;
    // "to the president" names the boss; a rank word before an agency's initials; one post named twice.
    ['Acting Secretary of Homeland Security', 'Homeland Security Secretary', 'compatible'],
    ['Former national security adviser', "President Vance's former national security advisor", 'compatible'],
    ['assistant to the president', 'director', 'not-comparable'],
    ['former Deputy FBI Director', 'former FBI Deputy Director', 'compatible'],
    ['Deputy FBI Director', 'FBI Director', 'conflict'],
    ['press secretary', 'spokeswoman', 'compatible'],
    ['Senate Majority Leader', 'Senator', 'compatible'],
    ['president of the Eurasia Group', 'professor', 'compatible'],
    ['Florida Congressman', 'Representative', 'compatible'],
    ['House Oversight Committee Chairman', 'Representative', 'compatible'],
    ['Iranian Gen.', 'Iranian commander', 'compatible'],
    ['Senator', 'Representative', 'conflict'],
    ['the leader', 'the president', 'not-comparable'],
    // Long and short forms of one office; offices one person holds together; generic words.
    ['chief executive', 'CEO', 'compatible'],
    ['SeaMicro CEO and co-founder', 'chief executive', 'compatible'],
    ['CEO', 'COO', 'conflict'],
    ['president', "AMD's CEO", 'compatible'],
    ['Prosecutor', 'Assistant District Attorney', 'not-comparable'],
    ['District Attorney', 'Assistant District Attorney', 'conflict'],
    ['will become general manager', 'chief executive', 'not-comparable'],
    // A role just taken is an update, not a dispute: "new AMD general manager" vs "SeaMicro chief executive".
    ['new AMD general manager', 'SeaMicro chief executive', 'not-comparable'],
    // One office, three spellings.
    ['police spokeswoman', 'spokesperson', 'compatible'],
    ['security research and communications manager', 'security research and communications director', 'conflict'],
    ['general manager', 'manager', 'compatible'],
    ['Senior Vice President and General Manager', 'senior vice president', 'compatible'],
    ['incoming mayor', 'Mayor', 'not-comparable'],
    // Ranks, written out or abbreviated; a title and its synonym.
    ['Colonel', 'Lieutenant Colonel', 'conflict'],
    ['Lt. Col.', 'Colonel', 'conflict'],
    ['Lt. Col.', 'Lieutenant Colonel', 'compatible'],
    ['Maj. Gen.', 'Brigadier General', 'conflict'],
    ['Police Inspector', 'Inspector', 'compatible'],
    ['Premier', 'Prime Minister', 'compatible'],
    // One bench, two words: "Brooklyn Supreme Court Judge" / "Justice".
    ['Brooklyn Supreme Court Judge', 'Justice', 'compatible'],
    // The employer after "with" holds no second title; a misspelling is one title.
    ["inspector with the Alaska State Fire Marshal's Office", 'State Fire Marshall', 'conflict'],
    ['State Fire Marshall', 'Fire Marshal', 'compatible'],
  ];
  for (const [a, b, expected] of cases) assert.equal(compareRoles(a, b), expected, `${a} ~ ${b}`);
});

test('formalTitles: longest title wins, possessives and punctuation ignored', () => {
  assert.deepEqual(formalTitles('Deputy Mayor'), ['deputy mayor']);
  assert.deepEqual(formalTitles("China's Foreign Minister"), ['foreign minister']);
  assert.deepEqual(formalTitles('State Councilor and Foreign Minister'), ['foreign minister', 'state councilor']);
  assert.deepEqual(formalTitles('his counterpart'), []);
});

test('role conflicts: titles one outlet writes together for a person are two hats, not a dispute', async () => {
  const { analyzeSync } = await import('../../src/pipeline.js');
  const articles = [
    { id: 'a', source: 'a', title: 'Shooting in Gastown', text: 'Constable Lena Morrow said the suspect surrendered after two hours in the warehouse.' },
    { id: 'b', source: 'b', title: 'Shooting in Gastown', text: 'Police spokesperson Lena Morrow said the suspect surrendered to officers after two hours.' },
    { id: 'c', source: 'c', title: 'Shooting in Gastown', text: 'Police spokesman Constable Lena Morrow said nobody else was hurt in the warehouse.' },
  ];
  const titles = (r: ReturnType<typeof analyzeSync>) => r.conflicts.filter((c) => c.slot === 'title').map((c) => c.topic);
  assert.deepEqual(titles(analyzeSync(articles)), []);
  // Without the outlet that writes both, the two titles are still compared (and disagree).
  assert.deepEqual(titles(analyzeSync(articles.slice(0, 2))), ['Title of Lena Morrow']);
});
