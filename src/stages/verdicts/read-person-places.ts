/**
 * Where a named person lives and where the person was born, read beside one mention of the name
 * in the forms news uses: "Raj K. Chohan, 59, of College Point", "Vishwanand Subryan of
 * Schenectady, New York.", "Chohan, who lived half a mile away in South Ozone Park", "Rait, a New
 * Zealand native living in Melbourne, Australia", "John Ruiz, a Park Hill resident", "Park Hill
 * resident John Ruiz"; "Vincent Gigante … was born on March 29, 1928, in New York City", "Born in
 * the Bronx in 1928, …, Gigante became …". A pronoun ("He was born in the Bronx") is not read:
 * without coreference the place could be anyone's.
 */
import type { Mention } from '../../model/mention.js';
import type { Sentence } from '../../model/text.js';
import { peopleWordsLength, readPlace, type PlacePhrase } from './place-phrase.js';

/** Which attribute a place reading tells. */
export type PlaceAttribute = 'residence' | 'birthplace';

/** One place read beside a mention. */
export interface PlaceReading {
  attribute: PlaceAttribute;
  place: PlacePhrase;
  /** Where the place starts in the sentence's text (it ends at `place.end`). */
  start: number;
}

/** A place read with "of" must end its clause: "of Queens, had just parked", not "of Microsoft said". */
const clauseEnd = /^\s*(?:[,.;:)]|$)/;
/** Words that make a home a former one, or no home: "once lived in", "never lived in". */
const notNow = /\b(?:once|formerly|previously|used to|until|never|not|grew up|originally|moved|before)\b/i;
/** An apposition before the verb of living: ", a New Zealand native living in …", ", 59, who lives in …". */
const leadApposition = String.raw`(?:\d{1,3}\s*,\s*)?(?:(?:a|an)\s+[^,;()]{1,40}?\s+)?`;
/** "who lived half a mile away in P", "living in P", "who had been living in P". */
const livesIn = new RegExp(String.raw`^\s*,\s*${leadApposition}(?:who\s+)?(?:(?:had|has)\s+(?:been\s+)?)?(?:lived|lives|living|resided|resides|residing)\s+((?:[a-z-]+\s+){0,4}?)in\s+`);
/** "X lives in P" with no comma: the name is the subject. */
const livesInDirect = /^\s+(?:(?:had|has)\s+(?:been\s+)?)?(?:lived|lives|resided|resides)\s+((?:[a-z-]+\s+){0,4}?)in\s+/;
/** "X, 59, of P" and "X of P". */
const ofPlace = /^\s*(,\s*(\d{1,3}\s*,\s*)?)?of\s+/;
/** "X, a P resident" / "X, a resident of P". */
const residentOf = /^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:a|an)\s+(?:long-?time\s+|former\s+)?resident\s+of\s+/;
const residentAfter = /^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:a|an)\s+(?:long-?time\s+)?/;
/** "X was born on March 29, 1928, in P", "X, born in P,", "X (pronounced …) was born in P". */
const bornIn = /^(?:\s*\([^()]{0,60}\))?\s*(?:,\s*(?:who\s+)?)?(?:was\s+)?born\s+(?:(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2}\s*,?\s*(?:\d{4}\s*,?\s*)?|in\s+\d{4}\s*,?\s*)?in\s+/;

/** Does the place read overlap a name the story types as a body or a person ("of Microsoft,")? */
export function overlapsOtherName(reading: PlaceReading, sentence: Sentence, others: Mention[]): boolean {
  return others.some((m) => (m.type === 'organization' || m.type === 'person') && m.start - sentence.start < reading.place.end && m.end - sentence.start > reading.start);
}

/**
 * The places read beside one mention of a person. `placeNames` are the story's names typed as
 * places, lower-case. The caller drops a place that is another name's ("of Microsoft,": see
 * overlapsOtherName), once it knows the sentence's names.
 */
export function readPersonPlaces(mention: Mention, sentence: Sentence, placeNames: ReadonlySet<string>): PlaceReading[] {
  const text = sentence.text;
  const at = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  if (at < 0 || end > text.length) return [];
  const out: PlaceReading[] = [];
  const after = text.slice(end);
  const take = (attribute: PlaceAttribute, from: number, mustEndClause: boolean, then?: RegExp, mustBeKnown = false) => {
    const place = readPlace(text, from);
    // "George Floyd, an African American resident": words for people, no place.
    if (!place || peopleWordsLength(`${place.written} `) > place.written.length) return;
    if (mustBeKnown && !place.isCoarse && !place.region && !placeNames.has(place.written.replace(/^the\s+/i, '').toLowerCase())) return;
    const rest = text.slice(place.end);
    if (mustEndClause && !clauseEnd.test(rest)) return;
    if (then && !then.test(rest)) return;
    out.push({ attribute, place, start: from });
  };
  const lives = livesIn.exec(after) ?? livesInDirect.exec(after);
  if (lives && !notNow.test(lives[0])) take('residence', end + lives[0].length, false);
  // "Mark Zuckerberg of Facebook," is an affiliation: without an age ("X, 59, of P") the place
  // must be one the story knows as a place, or carry its region ("of Schenectady, New York").
  const of = ofPlace.exec(after);
  if (of) take('residence', end + of[0].length, true, undefined, !of[2]);
  const resident = residentOf.exec(after);
  if (resident && !/former/.test(resident[0])) take('residence', end + resident[0].length, true);
  const residentLead = residentAfter.exec(after);
  if (residentLead && !resident) take('residence', end + residentLead[0].length, false, /^\s+resident\b/);
  // "Park Hill resident John Ruiz": the place and the word just before the name.
  // Only the words just before the name are read: a long sentence is not scanned once per name.
  const near = Math.max(0, at - 80);
  const before = /((?:\bthe\s+)?(?:[A-Z][\p{L}'’.-]*\s+){1,4})resident\s+$/u.exec(text.slice(near, at));
  // "African American Minneapolis resident George Floyd": the words before the place describe the person.
  if (before) take('residence', near + before.index + peopleWordsLength(before[1]!), false, /^\s+resident\b/);
  const born = bornIn.exec(after);
  if (born) take('birthplace', end + born[0].length, false);
  // "Bronx-born Vincent Gigante".
  const bornBefore = /((?:\bthe\s+)?(?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’.]*)\s*-\s*born\s+$/u.exec(text.slice(near, at));
  if (bornBefore) take('birthplace', near + bornBefore.index, false, /^\s*-\s*born\b/);
  return out;
}

/**
 * The person a sentence that opens "Born in P, …" is about: the first name that opens a clause
 * after the place ("Born in the Bronx in 1928, one of five sons of Italian immigrant parents,
 * Gigante became a small-time boxer") and is followed by its verb. Null when the sentence does not
 * open so, or no name stands there.
 */
export function readOpeningBirthplace(sentence: Sentence, people: Mention[]): { mention: Mention; place: PlacePhrase } | null {
  const open = /^\s*Born\s+in\s+/.exec(sentence.text);
  if (!open) return null;
  const place = readPlace(sentence.text, open[0].length);
  if (!place) return null;
  const subject = [...people]
    .sort((a, b) => a.start - b.start)
    .find((m) => {
      const at = m.start - sentence.start;
      return at > place.end && /,\s*$/.test(sentence.text.slice(0, at)) && /^\s+[a-z]/.test(sentence.text.slice(m.end - sentence.start));
    });
  return subject ? { mention: subject, place } : null;
}
