/** The seed story (../shared/seeds): the talk lengths conflict, the written dates are found. Skips without ../shared. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../helpers/shared.js';
import type { Fact } from '../../src/model/fact.js';
import { splitSentences } from '../../src/stages/sentences/split-sentences.js';
import { compareFacts, factSlot, findFacts } from '../../src/stages/facts/index.js';
import { findDates, inferStoryDate } from '../../src/stages/dates/index.js';

const seeds = sharedPath('seeds');

function seed(prefix: string): { id: string; text: string } {
  const file = readdirSync(seeds!).find((f) => f.startsWith(prefix))!;
  return { id: prefix, text: readFileSync(join(seeds!, file), 'utf8') };
}

function factsOf(prefix: string): { fact: Fact; slot: string }[] {
  const { id, text } = seed(prefix);
  return splitSentences(id, text, []).flatMap((s) => findFacts(s, { reference: null }).map((fact) => ({ fact, slot: factSlot(fact, s) })));
}

test('seeds: 5½ hours (000) against 7½ hours (002) is a contradiction on a shared slot', (t) => {
  if (!seeds) return t.skip('../shared/seeds absent');
  const a = factsOf('000').find((f) => f.fact.kind === 'duration' && f.fact.value === 330);
  const b = factsOf('002').find((f) => f.fact.kind === 'duration' && f.fact.value === 450);
  assert.ok(a, '330 min in seed 000');
  assert.ok(b, '450 min in seed 002');
  assert.deepEqual(compareFacts(a.fact, b.fact), { relation: 'conflict', kind: 'contradiction' });
  const slotA = new Set(a.slot.split(' '));
  assert.ok(b.slot.split(' ').some((w) => slotA.has(w)), `slots "${a.slot}" and "${b.slot}" share a word`);
});

test('seeds: "Dec. 21" and "June 18" are dates, and the story date is 2023-06-18', (t) => {
  if (!seeds) return t.skip('../shared/seeds absent');
  const dates = [...factsOf('000'), ...factsOf('001')].filter((f) => f.fact.kind === 'date').map((f) => f.fact.text);
  assert.ok(dates.includes('Dec. 21'));
  assert.ok(dates.includes('June 18'));
  const all = readdirSync(seeds).sort().map((f) => findDates(readFileSync(join(seeds, f), 'utf8'), { date: null }));
  assert.equal(inferStoryDate(all), '2023-06-18');
});

test('seeds: no fact from the one-China principle, the two sides or titles', (t) => {
  if (!seeds) return t.skip('../shared/seeds absent');
  const all = ['000', '001', '002', '003', '004'].flatMap(factsOf).map((f) => f.fact.text.toLowerCase());
  for (const bad of ['one-china', 'two sides', 'two peoples', 'two countries', 'two presidents', 'three joint']) {
    assert.ok(!all.some((x) => x.includes(bad)), `no fact "${bad}"`);
  }
});
