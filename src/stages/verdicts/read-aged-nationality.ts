/**
 * Nationalities of a person the outlets do not name but describe by age, as news does before a
 * name is released: "a 36-year-old Australian climber died" in one outlet; "A 36-year-old man
 * died … The man, a New Zealander living in Melbourne, was planning …" in another. The age is the
 * key across outlets. A description without the age in its own sentence is tied to one only in
 * the plainest forms: a sentence opening "The man, a New Zealander," or "The New Zealander, …"
 * right after a sentence that gives exactly one age, or "a New Zealand climber who fell …" right
 * before one opening "The 36-year-old". An age the story gives two named people carries nothing.
 */
import type { Entity } from '../../model/mention.js';
import type { Sentence } from '../../model/text.js';
import { adjective, anyWord, isDescribingNoun, readWritten } from './nationality-words.js';

/** One nationality told of the person of one age. */
export interface AgedNationality {
  age: number;
  written: string;
  countries: string[];
  sentence: Sentence;
}

const yearsOld = String.raw`(\d{1,3})\s*-\s*year\s*-\s*old`;
/** "a 36-year-old Australian climber", "A 36-year-old Australian man". */
const agedDescription = new RegExp(String.raw`\b${yearsOld}\s+((?:(?:${adjective})\s*-\s*)*(?:${adjective}))\s+([a-z][a-z-]*)\b`, 'gu');
/** Every age a sentence gives: "36-year-old", "Duncan Rait, 36,". */
const anyAge = new RegExp(String.raw`\b${yearsOld}\b|,\s*(\d{1,3})\s*,`, 'g');
/** "The man, a New Zealander …" / "The New Zealander, who …" / "The New Zealand-born Australian was …" opening a sentence. */
const openingDescription = new RegExp(
  String.raw`^\s*The\s+(?:(?:[a-z]+)\s*,\s*(?:a|an)\s+(${anyWord})(?:\s+(?!(?:who|living|based)\b)([a-z][a-z-]*))?\s*(?:[,.;]|\s+(?:who|living|based)\b)|(${anyWord})\s*,|[A-Z][\p{L} ]*?\s*-\s*born\s+(${adjective})\s+(?:was|is|had|has)\b)`,
  'u',
);
/** "a New Zealand climber who …" inside a sentence: an indefinite description to tie to the next sentence. */
const indefiniteDescription = new RegExp(String.raw`\b(?:a|an)\s+(${adjective})\s+([a-z][a-z-]*)\s+who\b`, 'u');
/** An age just before a name: "36-year-old Duncan Rait". */
const ageBeforeName = new RegExp(String.raw`${yearsOld}\s+$`);
/** A sentence opening with its age alone: "The 36-year-old, who had been living in Melbourne, …". */
const openingAge = new RegExp(String.raw`^\s*The\s+${yearsOld}\b`);

/** The ages one sentence gives, each once. */
function agesIn(text: string): number[] {
  return [...new Set([...text.matchAll(anyAge)].map((m) => Number(m[1] ?? m[2])))];
}


/** The nationalities each outlet tells of a person known by age, in the forms of the file header. */
export function readAgedNationalities(sentences: Map<string, Sentence>): AgedNationality[] {
  const byArticle = new Map<string, Sentence[]>();
  for (const s of sentences.values()) {
    const list = byArticle.get(s.article);
    if (list) list.push(s);
    else byArticle.set(s.article, [s]);
  }
  const out: AgedNationality[] = [];
  const push = (age: number, written: string, sentence: Sentence) => {
    const told = readWritten(written);
    if (told.countries.length) out.push({ age, ...told, sentence });
  };
  for (const list of byArticle.values()) {
    list.sort((a, b) => a.index - b.index);
    list.forEach((sentence, i) => {
      const text = sentence.text;
      // Cheap tests first: most sentences hold no age and open with no "The".
      if (text.includes('year')) for (const m of text.matchAll(agedDescription)) if (isDescribingNoun(m[3])) push(Number(m[1]), m[2]!, sentence);
      const opening = /^\s*The\s/.test(text) ? openingDescription.exec(text) : null;
      if (opening && isDescribingNoun(opening[2]) && agesIn(text).length === 0) {
        const previousAges = i > 0 ? agesIn(list[i - 1]!.text) : [];
        if (previousAges.length === 1) push(previousAges[0]!, (opening[1] ?? opening[3] ?? opening[4])!, sentence);
      }
      const next = list[i + 1];
      const nextAge = next && /^\s*The\s+\d/.test(next.text) ? openingAge.exec(next.text) : null;
      const indefinite = nextAge ? indefiniteDescription.exec(text) : null;
      if (indefinite && nextAge && agesIn(text).length === 0 && isDescribingNoun(indefinite[2])) push(Number(nextAge[1]), indefinite[1]!, sentence);
    });
  }
  return out;
}

/**
 * The person each age belongs to: a named person the story gives that age ("36-year-old Duncan
 * Rait", "Duncan Rait, 36,"), null when two named people share it (then the age keys no one).
 */
export function peopleByAge(entities: Entity[], sentences: Map<string, Sentence>): Map<number, Entity | null> {
  const out = new Map<number, Entity | null>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const sentence = sentences.get(m.sentence);
      if (!sentence) continue;
      const at = m.start - sentence.start;
      const before = ageBeforeName.exec(sentence.text.slice(Math.max(0, at - 30), at));
      const after = /^\s*,\s*(\d{1,3})\s*,/.exec(sentence.text.slice(m.end - sentence.start));
      for (const age of [before?.[1], after?.[1]]) {
        if (!age) continue;
        const known = out.get(Number(age));
        out.set(Number(age), known === undefined || known === e ? e : null);
      }
    }
  }
  return out;
}
