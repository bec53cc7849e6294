import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions, resolveEntities } from '../../src/stages/entities/index.js';
import { makeSentences } from './make-sentences.js';

// An invented earthquake story told by three outlets, with spelling variants, two Ortegas and junk.
const articles: Record<string, string> = {
  a: [
    'A magnitude 6.1 earthquake struck Marvale County on Tuesday, killing at least 12 people.',
    'Governor Amy Castro declared a state of emergency and said rescuers from the Red Cross were on their way.',
    'Mayor Luis Ortega of Port Halden said the old bridge over the Senna River had collapsed.',
    'Castro said the state would ask the Federal Emergency Management Agency for help.',
    'Fire Chief Dana Ortega, the mayor’s sister, led the search near the harbor.',
  ].join('\n'),
  b: [
    'RESCUE EFFORTS CONTINUE',
    'Gov. Amy Castro toured Port Halden on Wednesday with FEMA officials.',
    'Ortega told reporters that 40 homes were destroyed in his city.',
    'According to the U.S. Geological Survey, the quake was centered 10 km below Marvale County.',
    'Meanwhile, the Red Cross opened three shelters.',
  ].join('\n'),
  c: [
    'The quake killed 14 people, Governor Amy Kastro said on Wednesday.',
    'Luis Ortega, the mayor of Port Halden, asked residents to stay away from the river.',
    'Dana Ortega said her crews worked through the night. Ortega added that more aftershocks were likely.',
  ].join('\n'),
};

test('story: an invented earthquake told by three outlets', () => {
  const sentences = Object.entries(articles).flatMap(([id, text]) => makeSentences(id, text));
  const entities = resolveEntities(findMentions(sentences));
  const find = (v: string) => entities.find((e) => e.variants.includes(v));

  const castro = find('Amy Castro')!;
  assert.equal(castro.type, 'person');
  assert.ok(castro.variants.includes('Amy Kastro'), 'C/K spelling variant');
  assert.ok(castro.variants.includes('Castro'));
  assert.deepEqual(castro.articles, ['a', 'b', 'c']);
  assert.deepEqual(castro.roles, [
    { article: 'a', role: 'Governor' },
    { article: 'b', role: 'Gov.' },
    { article: 'c', role: 'Governor' },
  ]);

  const luis = find('Luis Ortega')!;
  const dana = find('Dana Ortega')!;
  assert.notEqual(luis.id, dana.id, 'two Ortegas');
  assert.ok(luis.roles.some((r) => r.article === 'a' && r.role === 'Mayor'));
  assert.ok(luis.roles.some((r) => r.article === 'c' && r.role === 'mayor of Port Halden'));
  assert.ok(dana.roles.some((r) => r.role === 'Fire Chief'));
  // Article b names no Ortega in full and the story has two, so its "Ortega" stays unresolved.
  assert.ok(!luis.mentions.some((m) => m.article === 'b') && !dana.mentions.some((m) => m.article === 'b'));

  assert.equal(find('Red Cross')?.type, 'organization');
  assert.equal(find('Marvale County')?.type, 'place');
  assert.equal(find('Port Halden')?.type, 'place');
  assert.equal(find('Senna River')?.type, 'place');
  assert.equal(find('FEMA')?.type, 'organization');
  assert.ok(find('FEMA')!.variants.includes('Federal Emergency Management Agency'));
  for (const junk of ['RESCUE', 'RESCUE EFFORTS CONTINUE', 'Meanwhile', 'According', 'Tuesday', 'Wednesday', 'Governor', 'Gov.']) {
    assert.ok(!find(junk), `"${junk}" is not an entity`);
  }
});
