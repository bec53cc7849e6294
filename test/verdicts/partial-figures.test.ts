/**
 * Figures that are a window, a share or a label of something, not the measure itself, are read as
 * partial (conflict-occurrences.ts) and never make a side of a conflict row on their own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStory } from '../../src/pipeline.js';
import { collectOccurrences } from '../../src/stages/verdicts/conflict-occurrences.js';

/** Whether the figure written `written` in `text` is read as partial. */
function isPartial(text: string, written: string): boolean {
  const st = readStory([
    { id: 'a', source: 'a', text, published: '2013-08-02' },
    { id: 'b', source: 'b', text: 'Officials gave no other details on Friday.', published: '2013-08-02' },
  ]);
  const found = collectOccurrences(st.claims, st.entities).find((o) => o.written.text === written);
  assert.ok(found, `"${written}" is read in "${text}"`);
  return found.isPartial;
}

const cases: [string, string, boolean][] = [
  // A year that names an edition, not when something happened.
  ['Her hosting of the 2013 Academy Awards was divisive, critics said.', '2013', true],
  ['The council approved the plan in 2013, officials said.', '2013', false],
  // The ends of a span, and a window up to now.
  ['She was at the clinic from September 2010 to January 2011 after a probation violation.', 'January 2011', true],
  ['He is the second player within the last month to be arrested for drunken driving.', 'last month', true],
  // A score on the way through a game; a count that is part of a group.
  ['The Bulldogs would not score again for almost eight minutes while Dunmore stretched its lead to 62-46.', '62-46', true],
  ['This means the Hawks will be missing two of their best players in the rushing game.', 'two', true],
];
for (const [text, written, expected] of cases) {
  test(`partial figures: "${written}" in "${text.slice(0, 60)}…" → ${expected}`, () => assert.equal(isPartial(text, written), expected));
}
