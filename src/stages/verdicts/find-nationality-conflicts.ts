/**
 * Nationality of a person told differently by different outlets: one outlet's "Australian
 * climber X" against another's "X, a New Zealander,". Read only where the word is fastened to the
 * name: a nationality adjective before it, with at most two lower-case nouns between ("unbeaten
 * Russian Alexander Povetkin", "American challenger Tony Thompson"), or an apposition after it
 * ("Capaldi, a Scottish actor,"); or, for a person not yet named, beside the age the outlets
 * describe the person by (read-aged-nationality.ts). Two outlets giving the person nationalities
 * with no country in common make a contradiction row. Word lists in data/demonyms.json.
 */
import type { Entity, Mention } from '../../model/mention.js';
import type { Conflict } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { adjective, anyWord, isDescribingNoun, linkWords, notNationality, readWritten } from './nationality-words.js';
import { insideQuote } from './conflict-occurrences.js';
import { peopleByAge, readAgedNationalities } from './read-aged-nationality.js';
import { buildAttributeRow, type AttributeFamily, type AttributeReading, type AttributeRelation } from './person-attribute-row.js';

/** "Iranian-American journalist " just before the name: the nationalities, then the nouns. */
const beforeName = new RegExp(String.raw`(?:^|[^\p{L}'’-])((?:(?:${adjective})\s*-\s*)*(?:${adjective}))((?:\s+[a-z][a-z-]*){0,2})\s+$`, 'u');
/** ", a New Zealander," / ", an Australian climber," / ", a 36-year-old Briton who …" just after the name. */
const afterName = new RegExp(
  String.raw`^\s*,\s*(?:a|an)\s+(?:\d{1,3}\s*-\s*year\s*-\s*old\s+)?((?:(?:${adjective})\s*-\s*)*(?:${anyWord}))(?:\s+([a-z][a-z-]*))?\s*(?:[,.;]|$|\s+(?:who|living|based|and)\b)`,
  'u',
);

/**
 * The nationality fastened to one mention, or null. The word before the name must not itself
 * follow a capitalised word ("African American", "Latin American", "Australian Open"), nor be a
 * birthplace ("New Zealand-born"), nor lead a noun that makes it a language or a team ("French
 * teacher", "British police").
 */
export function readNationality(mention: Mention, sentence: Sentence): { written: string; countries: string[] } | null {
  const text = sentence.text;
  const at = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  if (at < 0 || end > text.length) return null;
  // The words just before the name are enough (a nationality, two nouns), and reading only them
  // keeps a long sentence from being scanned once per name.
  const windowStart = Math.max(0, at - 80);
  const before = beforeName.exec(text.slice(windowStart, at));
  if (before) {
    const nouns = before[2]!.trim().split(/\s+/).filter(Boolean);
    const start = windowStart + before.index + before[0].indexOf(before[1]!);
    const previous = /(\p{L}+)\s*$/u.exec(text.slice(0, start))?.[1];
    const isCompound = previous !== undefined && /^\p{Lu}/u.test(previous) && !/^(?:The|A|An)$/.test(previous);
    if (!isCompound && nouns.every(isDescribingNoun)) return readWritten(before[1]!);
  }
  const after = afterName.exec(text.slice(end));
  if (after && !(after[2] && (notNationality.has(after[2]) || linkWords.has(after[2])))) {
    return readWritten(after[1]!);
  }
  return null;
}

/** Same countries: one nationality; one set inside the other (dual, "Iranian-American"): no dispute; none shared: two. */
function compareNationalities(a: string[], b: string[]): AttributeRelation {
  if (a.join('|') === b.join('|')) return 'same';
  return a.some((c) => b.includes(c)) ? 'unknown' : 'differ';
}

const family: AttributeFamily<string[]> = { slot: 'nationality', topic: (name) => `Nationality of ${name}`, compare: compareNationalities };

/** Find people given different nationalities by different outlets, named or known by their age. */
export function findNationalityConflicts(entities: Entity[], sentences: Map<string, Sentence>): Conflict[] {
  const readings = new Map<string, { name: string; topic: string; readings: AttributeReading<string[]>[] }>();
  const add = (key: string, name: string, topic: string, reading: AttributeReading<string[]>) => {
    const entry = readings.get(key) ?? { name, topic, readings: [] };
    entry.readings.push(reading);
    readings.set(key, entry);
  };
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const sentence = sentences.get(m.sentence);
      if (!sentence || insideQuote(sentence.text, m.start - sentence.start)) continue;
      const n = readNationality(m, sentence);
      if (n && n.countries.length) add(e.id, e.name, e.name, { value: n.countries, written: n.written, normalized: n.countries.join(' + '), article: m.article, sentence });
    }
  }
  // A person known by age joins the named person of that age, if the story has one.
  const owners = peopleByAge(entities, sentences);
  for (const r of readAgedNationalities(sentences)) {
    const owner = owners.get(r.age);
    if (owner === null) continue;
    const reading = { value: r.countries, written: r.written, normalized: r.countries.join(' + '), article: r.sentence.article, sentence: r.sentence };
    if (owner) add(owner.id, owner.name, owner.name, reading);
    else add(`age-${r.age}`, `age-${r.age}`, `the ${r.age}-year-old`, reading);
  }
  const out: Conflict[] = [];
  for (const [key, entry] of readings) {
    const row = buildAttributeRow(key, entry.topic, entry.readings, family);
    if (row) out.push(row);
  }
  return out;
}
