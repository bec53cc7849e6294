import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, classifyLine } from '../../src/stages/text/index.js';
import { splitSentences } from '../../src/stages/sentences/index.js';

/** [line, expected kind]. "body" rows are lines that must NOT be dropped. */
const lines: [string, string][] = [
  // Page junk.
  ['Oops!', 'junk'],
  ['Something went wrong.', 'junk'],
  ['Please try again later.', 'junk'],
  ['Advertisement', 'junk'],
  ['ADVERTISEMENT', 'junk'],
  ['Story continues below advertisement', 'junk'],
  ['Read more: Harbour strike enters its third week', 'junk'],
  ['Click here to download the full report', 'junk'],
  ['Sign up for our free morning newsletter', 'junk'],
  ['Follow us on Instagram', 'junk'],
  ['Share this article', 'junk'],
  ['We use cookies to improve your experience on our site.', 'junk'],
  ['By clicking Accept, you agree to our terms.', 'junk'],
  ['Your browser does not support the video tag.', 'junk'],
  ['Updated: 4 March 2024, 10:12 GMT', 'junk'],
  ['Related: Floods hit the northern valleys', 'junk'],
  ['March 14, 2024', 'junk'],
  ['Updated at 4:05 p.m.', 'junk'],
  ['Facebook Twitter WhatsApp Email', 'junk'],
  ['Filed under: Weather | Transport', 'junk'],
  ['The Daily Ledger may earn a commission from links on this page.', 'junk'],
  ['Follow the Ledger’s climate desk on Instagram and X.', 'junk'],
  ['jane.doe@example.com', 'junk'],
  ['Marta Silva contributed reporting from Porto.', 'credit'],
  // Credits.
  ['With News Wire Services', 'credit'],
  ['With files from The Associated Press', 'credit'],
  ['Photo: Reuters', 'credit'],
  ['(AP Photo/Lena Kowalski)', 'credit'],
  ['Getty Images', 'credit'],
  ['Reporting by Ana Costa; Editing by Peter Lund', 'credit'],
  ['Image courtesy of the city council', 'credit'],
  // Captions by form.
  ['Pictured: Rescue workers search the rubble of a collapsed school in the old town', 'caption'],
  ['File photo: A tanker waits outside the harbour', 'caption'],
  ['Above: The new bridge lit up at dusk', 'caption'],
  ['In this photo taken on May 2, a nurse checks a patient at a field clinic.', 'caption'],
  ['The prime minister (left) greets the visiting president at the airport', 'caption'],
  ['Firefighters battle the blaze near the village of Karsu on Tuesday', 'caption'],
  ['The finance minister arrives for talks at the central bank in Lisbon, Portugal on Friday', 'caption'],
  ['A volunteer stands beside donated food parcels at a depot in Gdansk, Poland, March 3', 'caption'],
  ['Two coast guard cutters are seen anchored off the island during a drill June 8 in Manila', 'caption'],
  ['Protesters gather outside the parliament building in Tbilisi', 'caption'],
  ['The finance minister, left, talks with the central bank governor in Oslo, Norway, on May 3, 2024. (AP Photo/Kari Lund, Pool)', 'caption'],
  ['Rescue teams search a collapsed block in the old town on Tuesday. Photograph: Omar Haddad/Reuters', 'caption'],
  ['Delegates listen to the opening speech at the summit hall. (Getty Images)', 'caption'],
  // Headings.
  ['THE ROAD TO THE SUMMIT', 'heading'],
  ['WHAT HAPPENS NEXT', 'heading'],
  ['Key points agreed:', 'heading'],
  ['Reactions from the region:', 'heading'],
  // Empty.
  ['* * *', 'empty'],
  ['---', 'empty'],
  ['2024', 'empty'],
  // Body lines that must NOT be dropped.
  ['Users must now accept cookies before any tracking begins, the regulator said.', 'body'],
  ['The union said its members would subscribe to the new pension fund.', 'body'],
  ['Something went wrong with the launch, the space agency said on Friday.', 'body'],
  ['Reuters reported that the talks lasted five hours.', 'body'],
  ['Getty Images sued the start-up in London last year.', 'body'],
  ['Share prices fell 3% on Monday.', 'body'],
  ['Follow the money, the investigators told the court.', 'body'],
  ['Read the statute carefully, the judge told jurors.', 'body'],
  ['Published on Monday, the audit found large gaps in the accounts.', 'body'],
  ['The minister is the most senior official to visit since the election, and her trip comes after earlier plans were postponed in March following a dispute over the border', 'body'],
  ['The summit is scheduled to begin on Monday', 'body'],
  ['The mayor meets the families in Lyon on Sunday.', 'body'],
  ['Officials said ships patrol the strait on most days', 'body'],
  ['We will walk to the stadium in Accra on Saturday', 'body'],
  ['Wang said:', 'body'],
  ['Here are the main points:', 'body'],
  ['The council resolves to:', 'body'],
  ['Critics seemed unconvinced by the plan:', 'body'],
  ['NATO and the EU met in Brussels.', 'body'],
  ['The talks were “open and constructive”', 'body'],
  ['The search continued in the hills near Kandy on Tuesday', 'body'],
  ['The agency said the photo (AP) was taken in 2019 and later sold to a museum.', 'body'],
  ['The report, published by Reuters on Monday, said exports fell by a fifth (left column of the table).', 'body'],
  ['March 14, 2024 was the wettest day on record in the valley.', 'body'],
  ['Follow-up tests on Instagram accounts found 40 fakes.', 'body'],
  ['Oops, we made an error in the count, the election board admitted.', 'body'],
];

for (const [line, expected] of lines) {
  test(`classifyLine: ${expected}: ${line}`, () => {
    assert.equal(classifyLine(line), expected);
  });
}

test('classifyLine: at least 40 table cases, with must-not-drop cases', () => {
  assert.ok(lines.length >= 40);
  assert.ok(lines.filter(([, k]) => k === 'body').length >= 15);
});

test('cleanText: a bullet block with an error banner is dropped whole, line by line, with offsets', () => {
  const input = 'Heavy rain hit the coast.\n\n  • Oops!\n    Loading failed here.\n    Please try again later.\n\nThe storm moved north.';
  const cleaned = cleanText('a', input);
  assert.equal(cleaned.text, 'Heavy rain hit the coast.\nThe storm moved north.');
  assert.deepEqual(
    cleaned.dropped.map((d) => [d.text, d.reason]),
    [
      ['Oops!', 'junk'],
      ['Loading failed here.', 'junk'],
      ['Please try again later.', 'junk'],
    ],
  );
  for (const d of cleaned.dropped) assert.equal(input.slice(d.start, d.start! + d.text.length), d.text);
});

test('cleanText: a bullet list of real items is kept, bullets stripped', () => {
  const input = '• The port will reopen on Monday.\n• Fares rise by 4% in April.';
  const cleaned = cleanText('a', input);
  assert.equal(cleaned.text, 'The port will reopen on Monday.\nFares rise by 4% in April.');
  assert.deepEqual(cleaned.dropped, []);
});

test('cleanText: the title line at the top is dropped as repeated; whitespace collapsed', () => {
  const input = 'Floods Close Schools Across the Valley\n\nSchools   in the valley\tclosed on Monday.';
  const cleaned = cleanText('a', input, { title: 'Floods close schools across the valley' });
  assert.equal(cleaned.text, 'Schools in the valley closed on Monday.');
  assert.deepEqual(cleaned.dropped, [{ article: 'a', text: 'Floods Close Schools Across the Valley', reason: 'repeated', start: 0 }]);
});

test('cleanText: a line repeated as image text is a caption, its repeat is repeated', () => {
  const input = 'Aid trucks at the border crossing near Rafah\nThe convoy waited two days.\nAid trucks at the border crossing near Rafah';
  const cleaned = cleanText('a', input);
  assert.equal(cleaned.text, 'The convoy waited two days.');
  assert.deepEqual(
    cleaned.dropped.map((d) => d.reason),
    ['caption', 'repeated'],
  );
});

test('cleanText: a repeated paragraph is dropped once, the first copy kept', () => {
  const input = 'The dam held overnight.\nEngineers checked it at dawn.\nThe dam held overnight.';
  const cleaned = cleanText('a', input);
  assert.equal(cleaned.text, 'The dam held overnight.\nEngineers checked it at dawn.');
  assert.deepEqual(cleaned.dropped.map((d) => [d.reason, d.start]), [['repeated', 54]]);
});

test('cleanText: headings stay in the text on their own line, with spans into the cleaned text', () => {
  const input = 'The vote passed.\nWHAT COMES NEXT\nThe law takes effect in May.\nOpposition view:\nCritics called it rushed.';
  const cleaned = cleanText('a', input);
  assert.equal(cleaned.text, input);
  assert.deepEqual(
    cleaned.headings.map((h) => [h.text, cleaned.text.slice(h.start, h.end)]),
    [
      ['WHAT COMES NEXT', 'WHAT COMES NEXT'],
      ['Opposition view:', 'Opposition view:'],
    ],
  );
});

test('cleanText: hard-wrapped lines are joined back into their paragraph; spans and offsets still hold', () => {
  const input =
    'The minister arrives at the summit in Geneva on Monday\nand will stay for two days.\n' +
    'Talks will be held with the\nForeign Minister of Chile and\nofficials from Peru.\n\nA new paragraph starts here.\nAdvertisement';
  const cleaned = cleanText('a', input);
  assert.equal(
    cleaned.text,
    'The minister arrives at the summit in Geneva on Monday and will stay for two days.\n' +
      'Talks will be held with the Foreign Minister of Chile and officials from Peru.\nA new paragraph starts here.',
  );
  assert.deepEqual(cleaned.dropped.map((d) => [d.text, d.reason]), [['Advertisement', 'junk']]);
  const sentences = splitSentences('a', cleaned.text, cleaned.headings);
  assert.equal(sentences.length, 3);
});

test('cleanText: separate paragraphs are not joined (punctuated end, capital start, blank line or bullet)', () => {
  const input = 'The talks ended on Monday\nOfficials left the next day.\n• more details follow\n\nand the rest';
  const cleaned = cleanText('a', input);
  assert.equal(cleaned.text, 'The talks ended on Monday\nOfficials left the next day.\nmore details follow\nand the rest');
});

test('cleanText: letterless lines are dropped as empty; blank lines are not reported', () => {
  const input = 'First line here.\n\n\n***\nSecond line here.';
  const cleaned = cleanText('a', input);
  assert.equal(cleaned.text, 'First line here.\nSecond line here.');
  assert.deepEqual(cleaned.dropped.map((d) => [d.text, d.reason]), [['***', 'empty']]);
});

test('cleanText: empty input gives empty output', () => {
  assert.deepEqual(cleanText('a', ''), { text: '', headings: [], dropped: [] });
});

test('cleanText: a very long line is body and cleaning stays fast enough to finish', () => {
  const sentence = 'The harbour authority said traffic rose again in the third quarter. ';
  const input = sentence.repeat(20000);
  const cleaned = cleanText('a', input);
  assert.equal(cleaned.text, input.trim());
});

test('junk-line patterns are written for lower-cased keys without Unicode classes (detect-junk compiles them with no i or u flag)', async () => {
  const { default: junkLines } = await import('../../src/stages/text/data/junk-lines.json', { with: { type: 'json' } });
  for (const p of junkLines.patterns as string[]) {
    assert.ok(!/\\[pPu]\{|\\u[0-9a-fA-F]{4}/.test(p), `pattern uses a Unicode escape: ${p}`);
    assert.equal(p.replace(/\\[A-Za-z]/g, ''), p.replace(/\\[A-Za-z]/g, '').toLowerCase(), `pattern has upper-case letters: ${p}`);
  }
});
