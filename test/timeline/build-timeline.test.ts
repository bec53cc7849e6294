import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/pipeline.js';

const lead = (date: string) => `Ana Ruiz met Piet Vos in Lisbon on ${date} to sign the fisheries accord.`;

test('timeline: the date most outlets give; an outvoted date is left to the conflict table', () => {
  const r = analyzeSync([
    { id: 'a', source: 'A', title: 'A', text: lead('March 3, 2024') },
    { id: 'b', source: 'B', title: 'B', text: lead('March 3, 2024') },
    { id: 'c', source: 'C', title: 'C', text: lead('March 4, 2024') },
  ]);
  assert.ok(r.conflicts.some((c) => c.slot === 'date'), 'the date conflict is reported');
  assert.deepEqual(r.timeline.map((t) => t.date), ['2024-03-03']);
  assert.deepEqual(r.timeline[0]!.articles, ['a', 'b']);
});

test('timeline: an entry quotes the sentence that carries its date', () => {
  const r = analyzeSync([
    { id: 'a', source: 'A', title: 'A', text: 'Ana Ruiz and Piet Vos signed the fisheries accord in Lisbon after talks that ran late.' },
    { id: 'b', source: 'B', title: 'B', text: 'Ana Ruiz and Piet Vos signed the fisheries accord in Lisbon on March 3, 2024 after talks that ran late.' },
  ]);
  const entry = r.timeline.find((t) => t.date === '2024-03-03');
  assert.ok(entry);
  assert.match(entry.text, /March 3, 2024/);
  assert.deepEqual(entry.articles, ['b']);
});
