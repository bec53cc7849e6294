import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/stages/sentences/index.js';
import type { Heading } from '../../src/model/text.js';

/** [name, paragraph text, expected sentences]. One sentence expected = must NOT split. */
const cases: [string, string, string[]][] = [
  // Plain splits.
  ['two plain sentences', 'The council met on Friday. It approved the budget.', ['The council met on Friday.', 'It approved the budget.']],
  ['question then statement', 'Will the bridge reopen? Engineers think so.', ['Will the bridge reopen?', 'Engineers think so.']],
  ['exclamation then statement', 'The crowd roared! Then the lights failed.', ['The crowd roared!', 'Then the lights failed.']],
  ['three sentences', 'Rain fell. Roads flooded. Schools closed.', ['Rain fell.', 'Roads flooded.', 'Schools closed.']],
  ['sentence ending in a number', 'The plant opened in 2019. Output doubled since.', ['The plant opened in 2019.', 'Output doubled since.']],
  ['sentence ending in a URL', 'Details are at www.example.org. Registration closes soon.', ['Details are at www.example.org.', 'Registration closes soon.']],
  // Abbreviations that must not split.
  ['U.S. before a noun', 'The U.S. Treasury issued new bonds on Tuesday.', ['The U.S. Treasury issued new bonds on Tuesday.']],
  ['U.K. before a noun', 'Talks with U.K. officials resumed in Leeds.', ['Talks with U.K. officials resumed in Leeds.']],
  ['month before a day', 'The vote is set for Dec. 14 in the capital.', ['The vote is set for Dec. 14 in the capital.']],
  ['Jan. with a year', 'Prices rose sharply after Jan. 3, 2022, the agency said.', ['Prices rose sharply after Jan. 3, 2022, the agency said.']],
  ['Sen. and a party tag', 'Sen. Mara Ellison (D-Oregon) opposed the plan.', ['Sen. Mara Ellison (D-Oregon) opposed the plan.']],
  ['Rep. with an abbreviated state tag', 'Rep. Tom Hale (R-Tex.) voted against it.', ['Rep. Tom Hale (R-Tex.) voted against it.']],
  ['Mr. and Dr.', 'Mr. Okafor thanked Dr. Lindqvist for her work.', ['Mr. Okafor thanked Dr. Lindqvist for her work.']],
  ['Gov. and Gen.', 'Gov. Ruiz met Gen. Baptiste at the base.', ['Gov. Ruiz met Gen. Baptiste at the base.']],
  ['a.m. before a weekday', 'The polls open at 7 a.m. Saturday across the state.', ['The polls open at 7 a.m. Saturday across the state.']],
  ['p.m. before lower case', 'The ferry left at 6:15 p.m. local time.', ['The ferry left at 6:15 p.m. local time.']],
  ['No. before a number', 'She is ranked No. 3 in the world.', ['She is ranked No. 3 in the world.']],
  ['Inc. and Co. in names', 'Fenwick Inc. and Harlow Co. signed the deal.', ['Fenwick Inc. and Harlow Co. signed the deal.']],
  ['e.g. inside', 'Some fruits, e.g. mangoes, were banned.', ['Some fruits, e.g. mangoes, were banned.']],
  ['St. before a city name', 'The team flew to St. Louis for the final.', ['The team flew to St. Louis for the final.']],
  ['Washington, D.C. mid-sentence', 'The march reached Washington, D.C. on foot.', ['The march reached Washington, D.C. on foot.']],
  // Initials, decimals, versions, ellipses.
  ['initials in a name', 'J. R. Mbeki wrote the report.', ['J. R. Mbeki wrote the report.']],
  ['middle initial', 'George W. Bush visited the flooded town.', ['George W. Bush visited the flooded town.']],
  ['decimal numbers', 'The quake measured 5.9 and inflation hit 3.5% in May.', ['The quake measured 5.9 and inflation hit 3.5% in May.']],
  ['version number', 'Version 2.4.1 fixed the bug.', ['Version 2.4.1 fixed the bug.']],
  ['email address', 'Write to press@example.com for passes.', ['Write to press@example.com for passes.']],
  ['ellipsis before lower case', 'The talks went on… and on into the night.', ['The talks went on… and on into the night.']],
  ['three-dot ellipsis before lower case', 'We waited... and nothing happened.', ['We waited... and nothing happened.']],
  ['spaced ellipsis', 'She paused . . . then left the room.', ['She paused . . . then left the room.']],
  // Quotes and attributions.
  ['quote with comma attribution', '“The bridge is safe,” the mayor said.', ['“The bridge is safe,” the mayor said.']],
  ['question in quotes, lower-case attribution', '“Why now?” she asked.', ['“Why now?” she asked.']],
  ['exclamation in quotes, named attribution', '“Stop the vote!” Councillor Reyes shouted.', ['“Stop the vote!” Councillor Reyes shouted.']],
  ['question in quotes, inverted attribution', '“Who pays?” asked one farmer.', ['“Who pays?” asked one farmer.']],
  ['closing quote belongs to the sentence', 'He called the offer “final.” Talks then collapsed.', ['He called the offer “final.”', 'Talks then collapsed.']],
  ['straight quotes', 'She said "enough." The meeting ended.', ['She said "enough."', 'The meeting ended.']],
  ['short multi-sentence quote stays with its attribution', '“We came to listen. We did that,” the envoy said.', ['“We came to listen. We did that,” the envoy said.']],
  [
    'long multi-sentence quote is split, the attribution stays with the last part',
    '“The first phase of the repairs will take most of the winter and will close the northern lanes. The second phase starts in spring and moves the work to the southern side of the bridge. Traffic will flow in both directions on the middle lanes throughout, and the ferry operator will run extra crossings every hour,” the engineer said.',
    [
      '“The first phase of the repairs will take most of the winter and will close the northern lanes.',
      'The second phase starts in spring and moves the work to the southern side of the bridge.',
      'Traffic will flow in both directions on the middle lanes throughout, and the ferry operator will run extra crossings every hour,” the engineer said.',
    ],
  ],
  ['quote without attribution comma splits', '“We listened. We left.” Then the doors closed.', ['“We listened.', 'We left.”', 'Then the doors closed.']],
  ['quote then separate quote', '“It is vital,” Ms. Tanaka said. “We will keep working.”', ['“It is vital,” Ms. Tanaka said.', '“We will keep working.”']],
  ['full sentence after a quoted statement', '“We are done.” Director Alvarez said the plant would close.', ['“We are done.”', 'Director Alvarez said the plant would close.']],
  ['short attribution after a quoted statement', '“We are done.” Director Alvarez said.', ['“We are done.” Director Alvarez said.']],
  // Parentheses.
  ['parenthesis spanning sentences', 'The bill passed (two members were absent. One abstained.) on Friday.', ['The bill passed (two members were absent. One abstained.) on Friday.']],
  ['sentence in parentheses then a new one', 'The bill passed. (Two members were absent.) The senate adjourned.', ['The bill passed.', '(Two members were absent.)', 'The senate adjourned.']],
  // Sentence-final abbreviations.
  ['U.S. at the end of a paragraph', 'The envoy returned to the U.S.', ['The envoy returned to the U.S.']],
  ['U.S. before a sentence starter', 'The envoy returned to the U.S. The talks were over.', ['The envoy returned to the U.S.', 'The talks were over.']],
  ['U.S. before a country name', 'Trade grew with the U.S. Japan also gained.', ['Trade grew with the U.S.', 'Japan also gained.']],
  ['p.m. at the end of a sentence', 'The rally ended at 9 p.m. The crowd went home.', ['The rally ended at 9 p.m.', 'The crowd went home.']],
  ['Inc. at the end of a sentence', 'He sold the stake to Orbit Inc. It paid cash.', ['He sold the stake to Orbit Inc.', 'It paid cash.']],
  ['month abbreviation before a new sentence', 'The law takes effect on the first of Dec. The rules follow.', ['The law takes effect on the first of Dec.', 'The rules follow.']],
  ['initial-like letter before a starter', 'They chose Plan B. The vote was close.', ['They chose Plan B.', 'The vote was close.']],
  ['camel-case word starts a sentence', 'Sales of phones fell. iPhones held up.', ['Sales of phones fell.', 'iPhones held up.']],
  ['title glued to a dateline', 'Lisbon (Wire)Sen. Ana Pires spoke first.', ['Lisbon (Wire)Sen. Ana Pires spoke first.']],
  ['p.m. before a numeral starting a sentence', 'The march began at 2 p.m. One hour later it was over.', ['The march began at 2 p.m.', 'One hour later it was over.']],
  ['numbered list item', '2. Never asked the board to resign', ['2. Never asked the board to resign']],
  ['attribution followed by a new quotation', '“I asked for more.” They said, “The budget is gone.”', ['“I asked for more.”', 'They said, “The budget is gone.”']],
  ['question mark then closing paren', 'Who knew? (Nobody did.) The report was late.', ['Who knew?', '(Nobody did.)', 'The report was late.']],
];

for (const [name, paragraph, expected] of cases) {
  test(`splitSentences: ${name}`, () => {
    const sentences = splitSentences('a', paragraph, []);
    assert.deepEqual(
      sentences.map((s) => s.text),
      expected,
    );
    for (const s of sentences) assert.equal(paragraph.slice(s.start, s.end), s.text);
  });
}

test('splitSentences: at least 40 table cases', () => {
  assert.ok(cases.length >= 40);
});

test('splitSentences: sentences never cross a line break, and carry paragraph numbers', () => {
  const text = 'The port reopened on Monday\nShips queued outside. Crews worked overnight.';
  const sentences = splitSentences('x', text, []);
  assert.deepEqual(
    sentences.map((s) => [s.text, s.paragraph, s.index, s.id]),
    [
      ['The port reopened on Monday', 0, 0, 'x#0'],
      ['Ships queued outside.', 1, 1, 'x#1'],
      ['Crews worked overnight.', 1, 2, 'x#2'],
    ],
  );
});

test('splitSentences: heading lines are not sentences, and sentences carry the nearest heading above', () => {
  const text = 'Intro sentence here.\nTHE FLOOD WARNINGS\nRivers rose fast. Towns emptied.\nWhat comes next:\nRepairs begin in spring.';
  const headings: Heading[] = ['THE FLOOD WARNINGS', 'What comes next:'].map((h) => {
    const start = text.indexOf(h);
    return { article: 'x', start, end: start + h.length, text: h };
  });
  const sentences = splitSentences('x', text, headings);
  assert.deepEqual(
    sentences.map((s) => [s.text, s.heading, s.paragraph]),
    [
      ['Intro sentence here.', undefined, 0],
      ['Rivers rose fast.', 'THE FLOOD WARNINGS', 2],
      ['Towns emptied.', 'THE FLOOD WARNINGS', 2],
      ['Repairs begin in spring.', 'What comes next:', 4],
    ],
  );
  assert.ok(!('heading' in sentences[0]));
});

test('splitSentences: empty text and blank lines give no sentences', () => {
  assert.deepEqual(splitSentences('x', '', []), []);
  assert.deepEqual(splitSentences('x', '\n\n', []), []);
});

test('splitSentences: a long paragraph is split with spans intact', () => {
  const unit = 'The U.S. Navy said on Dec. 4 that Mr. Ortiz left at 5 p.m. sharp. ';
  const text = unit.repeat(2000).trim();
  const sentences = splitSentences('x', text, []);
  assert.equal(sentences.length, 2000);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});
