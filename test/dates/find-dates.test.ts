import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, inferStoryDate, resolveAgainstStory } from '../../src/stages/dates/index.js';

/** [text, reference, expected "words|granularity|normalized|resolution" for each date] */
const cases: [string, string | null, string[]][] = [
  ['On June 18, Qin Gang held talks', '2023-06-20', ['June 18|day|2023-06-18|relative-to-published']],
  ['On June 18, Qin Gang held talks', null, ['June 18|month-day|--06-18|unresolved']],
  ['a meeting that lasted 5 hours Dec. 21.', '2023-06-20', ['Dec. 21|day|2022-12-21|relative-to-published']],
  ['It was signed on June 18, 2023 in Beijing', null, ['June 18, 2023|day|2023-06-18|absolute']],
  ['The last visit was in 2018.', null, ['2018|year|2018|absolute']],
  // A part of a year keeps its months: a half, a quarter, its start or end.
  ['since the beginning of 2021', null, ['the beginning of 2021|year|2021-early|absolute']],
  ['solutions that combine both in the second half of 2012', null, ['the second half of 2012|year|2012-H2|absolute']],
  ['profit fell in the third quarter of 2011 and in Q4 2011', null, ['the third quarter of 2011|year|2011-Q3|absolute', 'Q4 2011|year|2011-Q4|absolute']],
  ['servers should arrive by the end of the year', '2012-03-01', ['the end of the year|year|2012-late|relative-to-published']],
  ['the plant was built in the mid 1930s', null, ["mid 1930s|decade|1930s-mid|absolute"]],
  // A part of a month keeps its days.
  ['in circulation since the first week of December', '2008-12-18', ['the first week of December|month|2008-12-W1|relative-to-published']],
  ['since the beginning of December 2008', null, ['the beginning of December 2008|month|2008-12-early|absolute']],
  ['the deal closed in mid-June', null, ['mid-June|month|--06-mid|unresolved']],
  ['balloons seen in February 2023', null, ['February 2023|month|2023-02|absolute']],
  // Decades are one value for ten years, never the year that opens them.
  ['The gang was founded in the 1930s by Luciano', null, ["1930s|decade|1930s|absolute"]],
  ["the buildings dated back to the mid 1930's", null, ["mid 1930's|decade|1930s-mid|absolute"]],
  ['the state took it over in the mid-1980s', null, ['mid-1980s|decade|1980s-mid|absolute']],
  ['That changed at the start of the 1980s', null, ['the start of the 1980s|decade|1980s-early|absolute']],
  ['toward the end of the 1990s', null, ['the end of the 1990s|decade|1990s-late|absolute']],
  // 2023-06-20 is a Tuesday.
  ['they spoke on Monday', '2023-06-20', ['Monday|day|2023-06-19|relative-to-published']],
  ['they spoke on Monday', null, ['Monday|weekday||unresolved']],
  ['On Sunday, Blinken met Qin', '2023-06-20', ['Sunday|day|2023-06-18|relative-to-published']],
  ['Talks are held on Tuesday', '2023-06-20', ['Tuesday|day|2023-06-20|relative-to-published']],
  ['He will meet Xi on Friday', '2023-06-20', ['Friday|day|2023-06-23|relative-to-published']],
  ['He arrived last Tuesday', '2023-06-20', ['last Tuesday|day|2023-06-13|relative-to-published']],
  ['arrived yesterday morning', '2023-06-20', ['yesterday morning|day|2023-06-19|relative-to-published']],
  ['talks tomorrow with Wang', '2023-06-20', ['tomorrow|day|2023-06-21|relative-to-published']],
  ['met in Bali last November.', '2023-06-20', ['last November|month|2022-11|relative-to-published']],
  ['met in Bali last November.', null, ['last November|month|--11|unresolved']],
  ['And earlier this month, China', '2023-06-20', ['earlier this month|month|2023-06|relative-to-published']],
  ['held joint talks last week', '2023-06-20', ['last week|week|2023-W24|relative-to-published']],
  ['traveled to China in May, while', '2023-06-20', ['May|month|2023-05|relative-to-published']],
  ['three days ago', '2023-06-20', ['three days ago|day|2023-06-17|relative-to-published']],
  ['published 2023-06-18T08:00:00Z', null, ['2023-06-18T08:00:00Z|day|2023-06-18|absolute']],
  ['The vote will take place from October 16 to November 14.', '2023-09-20', ['October 16|day|2023-10-16|relative-to-published', 'November 14|day|2023-11-14|relative-to-published']],
  ['The summit will open on January 5.', '2023-12-20', ['January 5|day|2024-01-05|relative-to-published']],
  // Not dates:
  ['May I ask a question?', '2023-06-20', []],
  ['They may march 5 miles', '2023-06-20', []],
  ['a two-day visit of 5 years', '2023-06-20', []],
  ['add 1/2 cup of sugar', '2023-06-20', []],
  ["in New Orleans' 30-7 Oct. 19 loss", null, ['Oct. 19|month-day|--10-19|unresolved']],
];

for (const [text, reference, expected] of cases) {
  test(`findDates: ${text} (${reference ?? 'no reference'})`, () => {
    const found = findDates(text, { date: reference });
    assert.deepEqual(found.map((d) => `${d.text}|${d.granularity}|${d.normalized ?? ''}|${d.resolution}`), expected);
    for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
  });
}

test('findDates: an invalid reference leaves relative dates unresolved', () => {
  assert.equal(findDates('on Monday', { date: 'not a date' })[0].resolution, 'unresolved');
});

test('resolveAgainstStory: unresolved dates take the story date, weekdays the nearest one', () => {
  const mentions = findDates('On Sunday they met; on Monday Xi; in 2018 Pompeo', { date: null });
  const resolved = resolveAgainstStory(mentions, '2023-06-18');
  assert.deepEqual(resolved.map((d) => `${d.normalized}|${d.resolution}`), [
    '2023-06-18|relative-to-story',
    '2023-06-19|relative-to-story',
    '2018|absolute',
  ]);
});

test('inferStoryDate: the written day whose year makes the weekdays agree', () => {
  const articles = [
    'On June 18, Qin Gang held talks with Blinken. ' + 'They discussed trade, Taiwan and fentanyl at length. '.repeat(4) + 'A photo from April 10.',
    'Blinken met Wang Yi on Monday, a day after talks on Sunday. The last visit was in 2018.',
    'Blinken met Xi on Monday. The campaign of 2024 looms.',
  ].map((text) => findDates(text, { date: null }));
  // June 18 is a Sunday in 2023 (not in 2019-2022, 2024, 2025).
  assert.equal(inferStoryDate(articles), '2023-06-18');
});

test('inferStoryDate: a written year is used as is', () => {
  const articles = ['The quake struck on March 3, 2011.', 'The quake of Thursday killed 12.'].map((t) => findDates(t, { date: null }));
  assert.equal(inferStoryDate(articles), '2011-03-03');
});

test('inferStoryDate: null without a day or without any year', () => {
  assert.equal(inferStoryDate([findDates('They met on Monday in 2018.', { date: null })]), null);
  assert.equal(inferStoryDate([findDates('They met on June 18 on a Sunday.', { date: null })]), null);
  assert.equal(inferStoryDate([]), null);
});
