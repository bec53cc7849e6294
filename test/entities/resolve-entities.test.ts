import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityIndex, resolveEntities } from '../../src/stages/entities/resolve-entities.js';
import type { Entity, EntityType, Mention } from '../../src/model/mention.js';

let position = 0;
function m(article: string, text: string, type: EntityType = 'person', role?: string): Mention {
  const start = (position += 100);
  return { article, start, end: start + text.length, text, type, sentence: `${article}#${Math.floor(start / 1000)}`, ...(role ? { role } : {}) };
}

const find = (entities: Entity[], variant: string) => entities.find((e) => e.variants.includes(variant));

test('resolveEntities: an ambiguous surname attaches only where one bearer is named', () => {
  const entities = resolveEntities([
    m('a', 'William Burns', 'person', 'CIA chief'),
    m('a', 'Burns', 'other'),
    m('b', 'Nicholas Burns', 'person', 'ambassador'),
    m('b', 'Burns', 'other'),
    m('c', 'William Burns'),
    m('c', 'Nicholas Burns'),
    m('c', 'Burns', 'other'),
  ]);
  const william = find(entities, 'William Burns')!;
  const nicholas = find(entities, 'Nicholas Burns')!;
  assert.notEqual(william.id, nicholas.id);
  assert.deepEqual(william.mentions.filter((x) => x.text === 'Burns').map((x) => x.article), ['a']);
  assert.deepEqual(nicholas.mentions.filter((x) => x.text === 'Burns').map((x) => x.article), ['b']);
  const loose = entities.filter((e) => e.variants.length === 1 && e.variants[0] === 'Burns');
  assert.equal(loose.length, 1, 'the "Burns" of article c stays its own entity');
  assert.deepEqual(loose[0].articles, ['c']);
});

test('resolveEntities: a unique surname joins its full name; spelling variants join; canonical name by articles', () => {
  const entities = resolveEntities([
    m('a', 'Antony Blinken', 'person', 'Secretary of State'),
    m('b', 'Antony Blinken', 'person', 'US Secretary of State'),
    m('c', 'Antony Blinken'),
    m('d', 'Anthony Blinken', 'person', 'US secretary of state'),
    m('d', 'Anthony Blinken', 'person', 'US secretary of state'),
    m('d', 'Bilinken', 'other'),
    m('e', 'Blinken', 'other'),
    m('a', 'Qin Gang', 'person', 'Foreign Minister'),
    m('b', 'Qin', 'other'),
  ]);
  const blinken = find(entities, 'Blinken')!;
  assert.equal(blinken.name, 'Antony Blinken');
  assert.equal(blinken.id, 'e:antony-blinken');
  assert.equal(blinken.type, 'person');
  assert.deepEqual(blinken.variants, ['Anthony Blinken', 'Antony Blinken', 'Bilinken', 'Blinken']);
  assert.deepEqual(blinken.articles, ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(blinken.roles, [
    { article: 'a', role: 'Secretary of State' },
    { article: 'b', role: 'US Secretary of State' },
    { article: 'd', role: 'US secretary of state' },
  ]);
  const qin = find(entities, 'Qin')!;
  assert.equal(qin.name, 'Qin Gang');
  assert.equal(qin.type, 'person');
  assert.equal(entities[0].id, 'e:antony-blinken', 'most articles first');
});

test('resolveEntities: a government named for a person is not the person', () => {
  const entities = resolveEntities([m('a', 'Joe Biden', 'person', 'President'), m('b', 'Biden'), m('b', 'Biden government', 'organization')]);
  const biden = find(entities, 'Joe Biden')!;
  assert.deepEqual(biden.variants, ['Biden', 'Joe Biden']);
  assert.equal(find(entities, 'Biden government')!.type, 'organization');
});

test('resolveEntities: organisations by name, bare form, acronym; places by alias', () => {
  const entities = resolveEntities([
    m('a', 'Chinese Foreign Ministry', 'organization'),
    m('b', 'Foreign Ministry', 'organization'),
    m('a', 'Central Intelligence Agency', 'organization'),
    m('a', 'CIA', 'organization'), // a three-letter acronym joins a name the same article writes out
    m('a', 'U.S.', 'place'),
    m('b', 'United States', 'place'),
    m('c', 'US', 'place'),
  ]);
  assert.deepEqual(find(entities, 'Foreign Ministry')!.variants, ['Chinese Foreign Ministry', 'Foreign Ministry']);
  assert.equal(find(entities, 'Foreign Ministry')!.name, 'Chinese Foreign Ministry');
  assert.deepEqual(find(entities, 'CIA')!.variants, ['CIA', 'Central Intelligence Agency']);
  const us = find(entities, 'US')!;
  assert.equal(us.name, 'United States');
  assert.deepEqual(us.variants, ['U.S.', 'US', 'United States']);
});

test('resolveEntities: a bare organisation name with two qualified readings stays apart', () => {
  const entities = resolveEntities([
    m('a', 'Chinese Foreign Ministry', 'organization'),
    m('b', 'Russian Foreign Ministry', 'organization'),
    m('c', 'Foreign Ministry', 'organization'),
  ]);
  assert.equal(entities.length, 3);
});

test('resolveEntities: different people sharing a family name stay apart; ids unique and stable', () => {
  const mentions = [
    m('a', 'Kim Jong Un', 'person', 'leader'),
    m('a', 'Kim Yo Jong', 'person'),
    m('b', 'Kim Jong-un', 'person'),
    m('a', 'Córdoba', 'place'),
    m('b', 'Cordoba', 'other'),
  ];
  const entities = resolveEntities(mentions);
  assert.notEqual(find(entities, 'Kim Jong Un')!.id, find(entities, 'Kim Yo Jong')!.id);
  assert.deepEqual(find(entities, 'Kim Jong Un')!.variants, ['Kim Jong Un', 'Kim Jong-un']);
  const ids = entities.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length);
  // A place and an unknown one-word name spelled alike stay two entities (the name may be a
  // person's), and the slug collision takes a suffix.
  assert.ok(ids.includes('e:cordoba') && ids.includes('e:cordoba-2'), 'a slug collision takes a numeric suffix');
  assert.deepEqual(resolveEntities([...mentions].reverse()).map((e) => e.id), ids);
});

test('entityIndex: sentence id to entity ids', () => {
  const mentions = [m('a', 'Qin Gang'), m('a', 'Beijing', 'place')];
  mentions[1].sentence = mentions[0].sentence;
  const entities = resolveEntities(mentions);
  const index = entityIndex(entities);
  assert.deepEqual([...index.keys()], [mentions[0].sentence]);
  assert.deepEqual(index.get(mentions[0].sentence)!.sort(), ['e:beijing', 'e:qin-gang']);
});

test('resolveEntities: empty input', () => {
  assert.deepEqual(resolveEntities([]), []);
  assert.equal(entityIndex([]).size, 0);
});

test('resolveEntities: a lone first name joins the one full name starting with it, never two', () => {
  const entities = resolveEntities([
    m('a', 'Kathina Thomas'),
    m('b', 'Kathina', 'other'),
    m('a', 'John Banky'),
    m('a', 'John Moore'),
    m('b', 'John', 'other'),
  ]);
  assert.deepEqual(find(entities, 'Kathina Thomas')!.variants, ['Kathina', 'Kathina Thomas']);
  assert.deepEqual(find(entities, 'John')!.variants, ['John'], 'two Johns: the lone first name stays apart');
});

test('resolveEntities: a shouted dateline joins the one name with the same letters, never two', () => {
  const entities = resolveEntities([m('a', 'MARROWBY', 'other'), m('a', 'Marrowby', 'place'), m('b', 'Marrowby', 'place')]);
  const place = find(entities, 'Marrowby')!;
  assert.ok(place.variants.includes('MARROWBY'));
  assert.equal(entities.length, 1);
  const two = resolveEntities([m('a', 'PARIS', 'other'), m('a', 'Paris', 'place'), m('b', 'paris', 'other')]);
  assert.equal(two.filter((e) => e.variants.includes('PARIS')).length, 1);
  assert.ok(!find(two, 'Paris')?.variants.includes('PARIS') || !find(two, 'paris'), 'ambiguous: the shout stays apart');
});
