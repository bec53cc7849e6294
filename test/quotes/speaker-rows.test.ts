/**
 * Who-said-what rows end to end: a row says outlets credit one statement to different people, so
 * each side must be an outlet's own credit, not a "he said" this reading resolved.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/pipeline.js';

const speakerRows = (texts: string[]) =>
  analyzeSync(texts.map((text, i) => ({ id: `a${i}`, source: `s${i}`, text }))).conflicts.filter((c) => c.slot === 'speaker');

test('speaker rows: a "he said" read back to the wrong person is no dispute between outlets', () => {
  const rows = speakerRows([
    'Ray Dunn added 101 yards on the ground for the Hawks, who had 352 yards rushing in a losing effort. A big reason why was Kerr, who was just 10 of 22 for 162 yards. "This game was without a doubt, 100 percent on my shoulders," he said.',
    'Ray Dunn added 101 yards on the ground for the Hawks. A big reason why was Sam Kerr, who was just 10 of 22 for 162 yards with two interceptions. "This game was without a doubt, 100 percent on my shoulders," Kerr said.',
  ]);
  assert.deepEqual(rows.map((r) => r.values.map((v) => v.value)), []);
});

test('speaker rows: two outlets naming two people for one statement is a row', () => {
  const rows = speakerRows([
    '"We are aware of the off-the-field issue involving Vincent," team general manager A.J. Smith said in a statement.',
    '"We are aware of the off-the-field issue involving Vincent," general manager A.J. Butler said in a statement.',
  ]);
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0]!.values.map((v) => v.value).sort(), ['A.J. Butler', 'A.J. Smith']);
});
