/**
 * The offense told more or less precisely: one outlet says a man was convicted of "aggravated
 * sexual assault", another "aggravated sexual assault of a child". A precision row when the
 * narrower telling is the wider one with what narrows it after its head, each has an outlet of
 * its own, and both are told at one stage of the case (charged, or convicted and sentenced); an
 * outlet naming both sits under both. Offenses are
 * read after a conviction, a charge or a sentence, as a run of offense words ending on an offense
 * ("indecency", "assault") with what narrows it ("of a child"). Two different offenses
 * ("robbery", "assault") are two charges, not a dispute: no row. Word lists in data/offenses.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { byOutletsThenValue, toldAlone, wordValue } from './word-value.js';
import data from './data/offenses.json' with { type: 'json' };

const trigger = new RegExp(data.trigger, 'g');
const heads = new Set(data.heads);
const modifiers = new Set(data.modifiers);
const extensions = data.extensions.map((e) => e.split(' '));

/** The offense a telling names at the start of `rest`, as lower-case words, or null. */
function offenseAt(rest: string): string[] | null {
  const words = rest.toLowerCase().split(/[\s,;:.()“”"]+/).slice(0, 10);
  const out: string[] = [];
  let i = 0;
  while (i < words.length && ['a', 'an', 'the', 'his', 'her', 'their'].includes(words[i]!)) i++;
  while (i < words.length && (modifiers.has(words[i]!) || /^(?:19|20)\d\d$/.test(words[i]!))) {
    if (!/^\d/.test(words[i]!)) out.push(words[i]!);
    i++;
  }
  if (i >= words.length || !heads.has(words[i]!)) return null;
  out.push(words[i]!.replace(/s$/, '') === 'murder' ? 'murder' : words[i]!);
  i++;
  const extension = extensions.find((e) => e.every((w, k) => words[i + k] === w));
  if (extension) out.push(...extension);
  return out;
}

/**
 * Is `narrow` the `wide` offense with what narrows it after the head ("aggravated sexual assault"
 * + "of a child")? A grade before the head is shorthand headlines drop ("charged with murder" /
 * "charged with first-degree murder" tell one charge), so it makes no row; a victim or a weapon
 * after it names another offense in law.
 */
function narrows(narrow: string[], wide: string[]): boolean {
  return narrow.length > wide.length && wide.every((w, k) => narrow[k] === w) && extensions.some((e) => e.length === narrow.length - wide.length && e.every((w, k) => narrow[wide.length + k] === w));
}

/** Precision rows for offenses told more and less narrowly by different outlets. */
export function findOffenseConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byOffense = new Map<string, { words: string[]; articles: Set<string>; evidence: Sentence[] }>();
  for (const sentence of sentences.values()) {
    for (const m of sentence.text.matchAll(trigger)) {
      const words = offenseAt(sentence.text.slice(m.index! + m[0].length));
      if (!words) continue;
      // A charge and a verdict are two stages: "charged with murder" then "found guilty of
      // second-degree murder" is the case moving on, not two tellings of one fact.
      const stage = /^(?:charged|indicted|arrested)/i.test(m[0]) ? 'charge' : 'verdict';
      const key = `${stage}:${words.join(' ')}`;
      const entry = byOffense.get(key) ?? { words, articles: new Set<string>(), evidence: [] };
      entry.articles.add(sentence.article);
      entry.evidence.push(sentence);
      byOffense.set(key, entry);
    }
  }
  const out: Conflict[] = [];
  const offenses = [...byOffense].map(([key, o]) => ({ ...o, key, stage: key.slice(0, key.indexOf(':')) }));
  offenses.sort((a, b) => a.words.length - b.words.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const used = new Set<string>();
  for (const wide of offenses) {
    const key = wide.words.join(' ');
    if (used.has(wide.key)) continue;
    const narrower = offenses.filter((o) => o.stage === wide.stage && narrows(o.words, wide.words) && !used.has(o.key));
    if (narrower.length === 0) continue;
    const group = [wide, ...narrower];
    // Each telling needs an outlet that gives it alone among these.
    const told = toldAlone(group);
    if (told.length < 2 || !told.includes(wide)) continue;
    for (const g of told) used.add(g.key);
    const values: ConflictValue[] = told.map((g) => wordValue(g.words.join(' '), g.words.join(' '), g.articles, g.evidence));
    values.sort(byOutletsThenValue);
    out.push({ id: `c:offense:${wide.stage}:${key.replace(/\s+/g, '-')}`, topic: `Offense: how it is named (${key})`, kind: 'precision', slot: 'offense', background: false, values });
  }
  return out;
}
