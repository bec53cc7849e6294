/**
 * Who a sentence credits its figures to (attribution.ts), read through the resolved names of
 * small stories written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStory } from '../../src/pipeline.js';
import { attributionOf, namesBySentence } from '../../src/stages/verdicts/attribution.js';

function creditOf(text: string): string | null {
  const state = readStory([{ id: 'a', source: 'a', title: 'Report a', text }]);
  const names = namesBySentence(state.entities);
  const sentence = state.sentences[0]!;
  return attributionOf(sentence, names.get(sentence.id) ?? []);
}

test('attribution: the source of a sentence, named or not', () => {
  const cases: [string, string | null][] = [
    ['The quake measured 6.1, according to the Seismic Institute of Karsk.', 'Seismic Institute of Karsk'],
    ['About 300 residents were evacuated, said Mayor Ana Ruiz.', 'Ana Ruiz'],
    ['Police said at least 12 people were killed in Dunmore.', 'police'],
    ['The fire destroyed the store in Dunmore on Friday.', null],
    // The name after "say" is who the reported clause is about when the verb has a subject of its own.
    ['Prosecutors say Rico Vane fired 13 shots outside the Dunmore school.', 'prosecutors'],
    ['Witnesses told Radio Karsk there were shots around 10:30 a.m.', 'witnesses'],
  ];
  for (const [text, expected] of cases) assert.equal(creditOf(text), expected, text);
});
