/**
 * One place told at two precisions by different outlets: "leaving her car on 117th Street in
 * South Richmond Hill" in one, "at 97th Avenue and 117th Street in Richmond Hill" in five others.
 * A place after "in" or "near" and the same words led by a compass or "upper"/"lower" word are
 * the part and the whole; when some outlets write only the part and others only the whole, a
 * precision row. Never a contradiction: without a gazetteer the part may be the whole's own
 * quarter or a neighbour bearing its name, but either way the outlets place the story at two
 * precisions. Countries and states are left out ("South Sudan" is no part of Sudan); so are
 * "New" and "Old", which make names of their own ("New Delhi").
 */
import type { Conflict } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { compareText } from '../../compare-text.js';
import { insideQuote } from './conflict-occurrences.js';
import { readPlace, type PlacePhrase } from './place-phrase.js';
import { byOutletsThenValue, eachToldAlone, wordValue } from './word-value.js';

/** Words that name a part of the place after them ("South Richmond Hill", "Lower Manhattan"). */
const partWord = /^(?:south|north|east|west|upper|lower)\s+(.+)$/;

/** Find places some outlets write as a part ("South Richmond Hill") and others as the whole. */
export function findPlacePrecisionConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byPlace = new Map<string, { place: PlacePhrase; articles: Set<string>; sentences: Sentence[] }>();
  for (const sentence of sentences.values()) {
    for (const m of sentence.text.matchAll(/\b(?:in|near)\s+/g)) {
      if (insideQuote(sentence.text, m.index!)) continue;
      const place = readPlace(sentence.text, m.index! + m[0].length);
      if (!place || place.isCoarse) continue;
      const key = place.words.join(' ');
      const entry = byPlace.get(key) ?? { place, articles: new Set<string>(), sentences: [] };
      entry.articles.add(sentence.article);
      entry.sentences.push(sentence);
      byPlace.set(key, entry);
    }
  }
  const out: Conflict[] = [];
  for (const [key, part] of [...byPlace].sort((a, b) => compareText(a[0], b[0]))) {
    const whole = byPlace.get(partWord.exec(key)?.[1] ?? '');
    if (!whole || whole.place.isCoarse) continue;
    // Outlets of their own on each side: an outlet writing both ("in West Philadelphia … in
    // Philadelphia") is telling two places, not choosing a precision.
    if (!eachToldAlone([part.articles, whole.articles])) continue;
    const values = [part, whole].map((side) => wordValue(side.place.written.replace(/^the\s+/i, ''), side.place.words.join(' '), side.articles, side.sentences));
    values.sort(byOutletsThenValue);
    out.push({ id: `c:place-${key.replace(/\s+/g, '-')}`, topic: `Where in ${whole.place.written.replace(/^the\s+/i, '')}`, kind: 'precision', slot: 'place', background: false, values });
  }
  return out;
}
