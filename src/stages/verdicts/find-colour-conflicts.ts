/**
 * Colour conflicts: outlets giving one object different colours, a fact witnesses and police
 * descriptions often disagree on. "struck by a silver Toyota Camry" in one article, "a gray 2013
 * Toyota Camry" and "a grey Toyota Camry" in others → one row, grey (two spellings) vs silver.
 * The object is the words after the colour: a capitalised make or model ("Toyota Camry",
 * "Camry") or a common noun from the data list ("a black van"). Two mentions name one object
 * when their last word is the same. An article that gives the object two colours (two cars)
 * tells two objects apart: no row.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import data from './data/colours.json' with { type: 'json' };
import { compareText } from '../../compare-text.js';
import { byOutletsThenValue, wordValue } from './word-value.js';

const familyOf = new Map<string, string>(Object.entries(data.families).flatMap(([family, words]) => words.map((w) => [w, family] as [string, string])));
const objectNouns = new Set(data.objectNouns);
const colourWords = [...familyOf.keys()].join('|');
/** A lower-case colour word, perhaps a year or a shade word, then up to three words of the object. */
const colourPhrase = new RegExp(`\\b(${colourWords})(?:\\s+(?:\\d{4}|dark|light|metallic|colou?red))?((?:\\s+[A-Za-z][\\w-]*){1,3})`, 'g');

interface Sighting {
  family: string;
  written: string;
  object: string;
  objectWords: string;
  sentence: Sentence;
}

/** The object a colour is said of: capitalised words right after it, or a listed noun; null otherwise. */
function objectAfter(words: string[]): { key: string; shown: string } | null {
  const capitalised: string[] = [];
  for (const w of words) {
    if (/^[A-Z][a-z]/.test(w) || /^[A-Z0-9-]{2,}$/.test(w)) capitalised.push(w);
    else break;
  }
  if (capitalised.length > 0) return { key: capitalised.at(-1)!.toLowerCase(), shown: capitalised.join(' ') };
  const noun = words[0]?.toLowerCase();
  return noun && objectNouns.has(noun) ? { key: noun, shown: noun } : null;
}

/** Every colour said of an object in the sentences, in sentence order. */
function sightings(sentences: Iterable<Sentence>): Sighting[] {
  const out: Sighting[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(colourPhrase)) {
      // A capitalised colour is a name or starts the sentence ("White House", "Black Friday").
      if (m[1] !== m[1]!.toLowerCase()) continue;
      const object = objectAfter(m[2]!.trim().split(/\s+/));
      if (!object) continue;
      out.push({ family: familyOf.get(m[1]!)!, written: m[1]!, object: object.key, objectWords: object.shown, sentence });
    }
  }
  return out;
}

/** Objects given different colours by different articles (see the file header). */
export function findColourConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byObject = new Map<string, Sighting[]>();
  for (const s of sightings(sentences.values())) {
    if (!byObject.has(s.object)) byObject.set(s.object, []);
    byObject.get(s.object)!.push(s);
  }
  const out: Conflict[] = [];
  for (const [object, seen] of [...byObject].sort((a, b) => compareText(a[0], b[0]))) {
    const families = new Map<string, Sighting[]>();
    for (const s of seen) {
      if (!families.has(s.family)) families.set(s.family, []);
      families.get(s.family)!.push(s);
    }
    if (families.size < 2) continue;
    // An article that colours the object two ways is describing two of them.
    const perArticle = new Map<string, Set<string>>();
    for (const s of seen) perArticle.set(s.sentence.article, (perArticle.get(s.sentence.article) ?? new Set()).add(s.family));
    if ([...perArticle.values()].some((f) => f.size > 1)) continue;
    const values: ConflictValue[] = [...families].map(([family, list]) => {
      const counts = new Map<string, number>();
      for (const s of list) counts.set(s.written, (counts.get(s.written) ?? 0) + 1);
      const written = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
      return wordValue(written, family, list.map((s) => s.sentence.article), list.map((s) => s.sentence));
    });
    values.sort(byOutletsThenValue);
    const shown = seen.map((s) => s.objectWords).sort((a, b) => b.length - a.length)[0]!;
    out.push({ id: `c:colour:${object}`, topic: `Colour of the ${shown}`, kind: 'contradiction', slot: 'colour', background: false, values });
  }
  return out;
}
