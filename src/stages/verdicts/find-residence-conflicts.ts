/**
 * Where a person lives and where the person was born, told differently by different outlets:
 * "Chohan, who lived half a mile away in South Ozone Park" against "Raj K. Chohan, 59, of College
 * Point" (a contradiction); "Born in the Bronx" against "born … in New York City". One place's
 * words inside the other's ("South Richmond Hill" / "Richmond Hill") make a precision row. A
 * country or state alone ("of Queens" is a borough, but "of Texas", "of the U.K." are coarse) is
 * never set against a town: without a gazetteer the town may lie inside it. Rows are keyed by the
 * person's entity, so another person's home in the same sentence is not this person's.
 */
import type { Entity, Mention } from '../../model/mention.js';
import type { Conflict } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { escapeRegExp } from '../../escape-regexp.js';
import { insideQuote } from './conflict-occurrences.js';
import { comparePlaces, placeKey, type PlacePhrase } from './place-phrase.js';
import { buildAttributeRow, type AttributeFamily, type AttributeReading } from './person-attribute-row.js';
import { readOpeningBirthplace, readPersonPlaces, type PlaceAttribute } from './read-person-places.js';

const families: Record<PlaceAttribute, AttributeFamily<PlacePhrase>> = {
  residence: { slot: 'residence', topic: (name) => `Home of ${name}`, compare: comparePlaces },
  birthplace: { slot: 'birthplace', topic: (name) => `Birthplace of ${name}`, compare: comparePlaces },
};

/** Least outlets, and least share of the story's outlets, that make a place the story's setting. */
const settingOutlets = 3;
const settingShare = 0.25;

/**
 * Is the place the story's setting: named by at least three outlets, and a quarter of them, in
 * sentences that do not name the person? "Raj Chohan, 59, of Queens" in one outlet while others
 * place the crash "in Queens": the home may be a neighbourhood of it ("South Ozone Park"), so the
 * setting is told as coarser, not as another home. A home named only beside the person (College
 * Point; "Simpson of Fort Coffee is accused" in an unread form) stays a home.
 */
function isSetting(place: PlacePhrase, person: Entity, sentences: Map<string, Sentence>, articleCount: number): boolean {
  const name = new RegExp(String.raw`\b${escapeRegExp(place.written.replace(/^the\s+/i, '').replace(/,.*$/, ''))}\b`);
  const own = new Set(person.mentions.map((m) => m.sentence));
  const outlets = new Set<string>();
  for (const s of sentences.values()) if (!own.has(s.id) && name.test(s.text)) outlets.add(s.article);
  return outlets.size >= settingOutlets && outlets.size >= settingShare * articleCount;
}

/** Find people given different homes or birthplaces by different outlets. */
export function findResidenceConflicts(entities: Entity[], sentences: Map<string, Sentence>): Conflict[] {
  // Every name of each sentence, to tell a place from a body's name and to find a sentence's subject.
  const namesBySentence = new Map<string, Mention[]>();
  const entityOf = new Map<Mention, Entity>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = namesBySentence.get(m.sentence) ?? [];
      list.push(m);
      namesBySentence.set(m.sentence, list);
      entityOf.set(m, e);
    }
  }
  const placeNames = new Set(entities.filter((e) => e.type === 'place').flatMap((e) => e.variants.map((v) => v.toLowerCase())));
  const readings = new Map<string, Record<PlaceAttribute, AttributeReading<PlacePhrase>[]>>();
  const add = (entity: Entity, attribute: PlaceAttribute, place: PlacePhrase, sentence: Sentence) => {
    const own = readings.get(entity.id) ?? { residence: [], birthplace: [] };
    own[attribute].push({ value: place, written: place.written, normalized: placeKey(place), article: sentence.article, sentence });
    readings.set(entity.id, own);
  };
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const sentence = sentences.get(m.sentence);
      // Words inside a quotation are a speaker's, often about someone else's home.
      if (!sentence || insideQuote(sentence.text, m.start - sentence.start)) continue;
      const others = (namesBySentence.get(m.sentence) ?? []).filter((o) => o !== m);
      for (const r of readPersonPlaces(m, sentence, others, placeNames)) add(e, r.attribute, r.place, sentence);
    }
  }
  for (const sentence of sentences.values()) {
    const people = (namesBySentence.get(sentence.id) ?? []).filter((m) => entityOf.get(m)?.type === 'person');
    const opening = readOpeningBirthplace(sentence, people);
    if (opening) add(entityOf.get(opening.mention)!, 'birthplace', opening.place, sentence);
  }
  const out: Conflict[] = [];
  const articleCount = new Set([...sentences.values()].map((s) => s.article)).size;
  for (const e of entities) {
    const own = readings.get(e.id);
    if (!own) continue;
    for (const attribute of ['residence', 'birthplace'] as const) {
      if (new Set(own[attribute].map((r) => r.normalized)).size < 2) continue;
      // One look at the story per place: a long story repeats the same home many times.
      const setting = new Map<string, boolean>();
      const settingOf = (p: PlacePhrase) => setting.get(p.written) ?? setting.set(p.written, isSetting(p, e, sentences, articleCount)).get(p.written)!;
      const told = own[attribute].map((r) => ({ ...r, value: { ...r.value, isSetting: settingOf(r.value) } }));
      const row = buildAttributeRow(e.id, e.name, told, families[attribute]);
      if (row) out.push(row);
    }
  }
  return out;
}
