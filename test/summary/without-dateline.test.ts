import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutDateline } from '../../src/stages/summary/without-dateline.js';
import type { Sentence } from '../../src/model/text.js';

const lead = (text: string, index = 0): Sentence => ({ id: `a#${index}`, article: 'a', index, start: 100, end: 100 + text.length, text, paragraph: 0 });

test('withoutDateline: a wire dateline leaves the lead; the rest keeps its offsets in the article', () => {
  const cases: [string, string][] = [
    ['WASHINGTON (AP) — The Senate voted on Tuesday to pass the flood bill.', 'The Senate voted on Tuesday to pass the flood bill.'],
    ['CHARLOTTE, N.C. — A man was arrested on Monday after a long chase.', 'A man was arrested on Monday after a long chase.'],
    ['MARROWBY - An earthquake of magnitude 6.1 struck the coastal town.', 'An earthquake of magnitude 6.1 struck the coastal town.'],
    ['(CNN) — A strong earthquake struck the coast of Chile on Friday.', 'A strong earthquake struck the coast of Chile on Friday.'],
    ['NEW YORK — “We will fight,” the mayor said on Friday night.', '“We will fight,” the mayor said on Friday night.'],
    // Not datelines: a short capitalised name in a headline-like lead, a dash inside the sentence.
    ['US - China talks resume in Geneva on Monday after a pause.', 'US - China talks resume in Geneva on Monday after a pause.'],
    ['A man was arrested - police said on Friday after the chase.', 'A man was arrested - police said on Friday after the chase.'],
  ];
  for (const [text, expected] of cases) {
    const s = withoutDateline(lead(text));
    assert.equal(s.text, expected, text);
    assert.equal(s.start, 100 + text.length - expected.length);
    assert.equal(s.end, 100 + text.length);
  }
  // Only an article's first sentence carries one.
  assert.equal(withoutDateline(lead('WASHINGTON — The vote came late.', 3)).text, 'WASHINGTON — The vote came late.');
});
