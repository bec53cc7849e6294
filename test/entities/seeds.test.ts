import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../helpers/shared.js';
import { entityIndex, findMentions, resolveEntities } from '../../src/stages/entities/index.js';
import type { Entity } from '../../src/model/mention.js';
import type { Sentence } from '../../src/model/text.js';
import { makeSentences } from './make-sentences.js';

// Scraper banners and the wire credit: the cleaning stage drops these; this test only skips them.
const junkLine = /^\s*(?:•\s*)?(?:Oops!|Something went wrong\.|Please try again later\.|With News Wire Services)\s*$/;

function loadSeeds(dir: string): Sentence[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .map((line) => (junkLine.test(line) ? ' '.repeat(line.length) : line))
        .join('\n');
      return makeSentences(file.replace(/\.txt$/, ''), text);
    });
}

function holding(entities: Entity[], variant: string): Entity | undefined {
  return entities.find((e) => e.variants.includes(variant));
}

test('seeds: entities across the five articles', (t) => {
  const dir = sharedPath('seeds');
  if (!dir) {
    t.skip('../shared/seeds is absent');
    return;
  }
  const sentences = loadSeeds(dir);
  const entities = resolveEntities(findMentions(sentences));

  const blinken = holding(entities, 'Antony Blinken');
  assert.ok(blinken, 'Antony Blinken is an entity');
  assert.equal(blinken.name, 'Antony Blinken');
  assert.equal(blinken.type, 'person');
  for (const v of ['Anthony Blinken', 'Bilinken', 'Blinken']) assert.ok(blinken.variants.includes(v), `Blinken holds ${v}`);
  assert.equal(blinken.articles.length, 5);
  assert.ok(
    blinken.roles.some((r) => r.article.startsWith('000_') && r.role === 'US Secretary of State'),
    `Blinken's role in 000 as the article words it: ${JSON.stringify(blinken.roles)}`,
  );
  assert.ok(blinken.roles.some((r) => r.article.startsWith('001_') && r.role === 'U.S. Secretary of State'));

  const wang = holding(entities, 'Wang Yi');
  assert.ok(wang && wang.variants.includes('Vang Yi'), 'Wang Yi and Vang Yi are one');
  assert.equal(wang.type, 'person');

  const qin = holding(entities, 'Qin Gang');
  assert.ok(qin && qin.variants.includes('Qin'), 'Qin Gang and Qin are one');
  assert.ok(qin.roles.some((r) => r.role === 'State Councilor and Foreign Minister'));

  const xi = holding(entities, 'Xi Jinping');
  assert.ok(xi && xi.variants.includes('Xi'), 'Xi Jinping and Xi are one');
  assert.equal(xi.articles.length, 5);

  const william = holding(entities, 'William Burns');
  const nicolas = holding(entities, 'Nicolas Burns');
  assert.ok(william && nicolas && william.id !== nicolas.id, 'William Burns and Nicolas Burns are different people');
  assert.deepEqual(william.roles.map((r) => r.role), ['CIA chief']);
  assert.deepEqual(nicolas.roles.map((r) => r.role), ['US Ambassador to Beijing']);

  const biden = holding(entities, 'Joe Biden');
  assert.ok(biden && biden.type === 'person');
  assert.ok(!biden.variants.includes('Biden government'), 'the Biden government is not the person');
  const government = holding(entities, 'Biden government');
  assert.ok(!government || government.type === 'organization');

  assert.equal(holding(entities, 'Yang Tao')?.type, 'person');
  assert.equal(holding(entities, 'Matthew Miller')?.roles[0]?.role, 'spokesman for the State Department');
  assert.equal(holding(entities, 'CCTV')?.type, 'organization');
  assert.equal(holding(entities, 'Chinese Foreign Ministry')?.type, 'organization');
  assert.equal(holding(entities, 'National Public Radio')?.type, 'organization');
  assert.equal(holding(entities, 'Taiwan Strait')?.type, 'place');
  assert.equal(holding(entities, 'Beijing')?.type, 'place');

  // Nothing absurd: no banners, titles, shouted subheads, demonyms or sentence openers as entities.
  const openers = /^(?:Oops|Something|Please|Mr|EMPHASIS|HE|IT|According|Before|Meanwhile|During|Both|The|Tensions|Red|Positive|Stressing|Noting|Several|Soldier)\b/;
  const alone = /^(?:Secretary|Minister|President|State|Chinese|American|US Minister|Sino|Western|Republican|Republicans)$/;
  const isAbsurd = (v: string) => openers.test(v) || alone.test(v) || /\b[A-Z]{2,}\s+[A-Z]{2,}\b/.test(v) || /^State (?!Department)/.test(v);
  const bad = entities.filter((e) => e.variants.some(isAbsurd));
  assert.deepEqual(bad.map((e) => e.name), []);
  assert.ok(!entities.some((e) => e.name === 'Secretary' || e.variants.includes('State Antony')));

  // Every mention's text is its sentence's words at its offsets.
  const byId = new Map(sentences.map((s) => [s.id, s]));
  for (const e of entities) {
    for (const m of e.mentions) {
      const s = byId.get(m.sentence)!;
      assert.equal(s.text.slice(m.start - s.start, m.end - s.start), m.text);
    }
  }

  const index = entityIndex(entities);
  const first = sentences[0];
  assert.ok(index.get(first.id)?.includes(blinken.id));
});

test('seeds: resolution is deterministic', (t) => {
  const dir = sharedPath('seeds');
  if (!dir) {
    t.skip('../shared/seeds is absent');
    return;
  }
  const sentences = loadSeeds(dir);
  const a = resolveEntities(findMentions(sentences));
  const b = resolveEntities(findMentions([...sentences].reverse()));
  assert.deepEqual(
    a.map((e) => [e.id, e.variants, e.articles, e.roles]),
    b.map((e) => [e.id, e.variants, e.articles, e.roles]),
  );
});
