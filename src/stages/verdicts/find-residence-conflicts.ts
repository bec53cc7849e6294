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
import { alternationOf } from '../../escape-regexp.js';
import { insideQuote } from './conflict-occurrences.js';
import type { SentenceName } from './attribution.js';
import { comparePlaces, placeKey, type PlacePhrase } from './place-phrase.js';
import { buildAttributeRow, type AttributeFamily, type AttributeReading } from './person-attribute-row.js';
import { overlapsOtherName, readOpeningBirthplace, readPersonPlaces, type PlaceAttribute, type PlaceReading } from './read-person-places.js';

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
function isSetting(place: PlacePhrase, own: ReadonlySet<string>, namedIn: Map<string, Sentence[]>, articleCount: number): boolean {
  const outlets = new Set((namedIn.get(baseName(place)) ?? []).filter((s) => !own.has(s.id)).map((s) => s.article));
  return outlets.size >= settingOutlets && outlets.size >= settingShare * articleCount;
}

/** A place's name as other sentences would write it: no "the", no region ("Queens"). */
const baseName = (place: PlacePhrase) => place.written.replace(/^the\s+/i, '').replace(/,.*$/, '');

/** The sentences naming each of the places, found in one pass over the story. */
function sentencesNaming(names: Set<string>, sentences: Map<string, Sentence>): Map<string, Sentence[]> {
  const out = new Map<string, Sentence[]>();
  if (names.size === 0) return out;
  const any = new RegExp(String.raw`\b(?:${alternationOf(names)})\b`, 'g');
  for (const s of sentences.values()) {
    for (const name of new Set([...s.text.matchAll(any)].map((m) => m[0]))) {
      const list = out.get(name);
      if (list) list.push(s);
      else out.set(name, [s]);
    }
  }
  return out;
}

/** Find people given different homes or birthplaces by different outlets. */
export function findResidenceConflicts(entities: Entity[], sentences: Map<string, Sentence>, namesBySentence: Map<string, SentenceName[]>): Conflict[] {
  const placeNames = new Set(entities.filter((e) => e.type === 'place').flatMap((e) => e.variants.map((v) => v.toLowerCase())));
  // First the places read beside each person's name; then the sentences' other names.
  const found: { entity: Entity; mention: Mention; sentence: Sentence; reading: PlaceReading }[] = [];
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const sentence = sentences.get(m.sentence);
      if (!sentence) continue;
      // Words inside a quotation are a speaker's, often about someone else's home.
      if (insideQuote(sentence.text, m.start - sentence.start)) continue;
      for (const reading of readPersonPlaces(m, sentence, placeNames)) found.push({ entity: e, mention: m, sentence, reading });
    }
  }
  const opening = [...sentences.values()].filter((s) => /^\s*Born\s/.test(s.text));
  const readings = new Map<string, Record<PlaceAttribute, AttributeReading<PlacePhrase>[]>>();
  const add = (entity: Entity, attribute: PlaceAttribute, place: PlacePhrase, sentence: Sentence) => {
    const own = readings.get(entity.id) ?? { residence: [], birthplace: [] };
    own[attribute].push({ value: place, written: place.written, normalized: placeKey(place), article: sentence.article, sentence });
    readings.set(entity.id, own);
  };
  for (const { entity, mention, sentence, reading } of found) {
    const others = (namesBySentence.get(sentence.id) ?? []).map((n) => n.mention).filter((o) => o !== mention);
    if (!overlapsOtherName(reading, sentence, others)) add(entity, reading.attribute, reading.place, sentence);
  }
  for (const sentence of opening) {
    const people = (namesBySentence.get(sentence.id) ?? []).filter((n) => n.entity.type === 'person');
    const read = readOpeningBirthplace(sentence, people.map((n) => n.mention));
    if (read) add(people.find((n) => n.mention === read.mention)!.entity, 'birthplace', read.place, sentence);
  }
  const out: Conflict[] = [];
  const articleCount = new Set([...sentences.values()].map((s) => s.article)).size;
  // Only people told two places are compared; their places are looked up in one pass.
  const disputed = [...readings].flatMap(([, own]) => (['residence', 'birthplace'] as const).map((a) => own[a]).filter((rs) => new Set(rs.map((r) => r.normalized)).size >= 2));
  const namedIn = sentencesNaming(new Set(disputed.flat().map((r) => baseName(r.value))), sentences);
  for (const e of entities) {
    const own = readings.get(e.id);
    if (!own) continue;
    // The sentences naming the person, where a place is the person's, not the setting's.
    const ownSentences = new Set(e.mentions.map((m) => m.sentence));
    for (const attribute of ['residence', 'birthplace'] as const) {
      if (new Set(own[attribute].map((r) => r.normalized)).size < 2) continue;
      const told = own[attribute].map((r) => ({ ...r, value: { ...r.value, isSetting: isSetting(r.value, ownSentences, namedIn, articleCount) } }));
      const row = buildAttributeRow(e.id, e.name, told, families[attribute]);
      if (row) out.push(row);
    }
  }
  return out;
}
