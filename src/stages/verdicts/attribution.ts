/**
 * Who a figure is credited to in its sentence: "according to the US Geological Survey", "police
 * said", "said Inspector Dave Gaskin", "the ministry's statement put the toll at 12". The
 * conflict table shows it beside each value, so a reader sees "USGS: 6.1" against "local
 * officials: 6.4" rather than two bare numbers.
 *
 *   "The quake measured 6.1, according to the USGS."        → "USGS"
 *   "Police said at least 12 people were killed."           → "police"
 *   "About 300 were evacuated, said Mayor Ana Ruiz."        → "Ana Ruiz"
 *   "The fire destroyed the store."                         → null
 */
import type { Entity, Mention } from '../../model/mention.js';
import type { Sentence } from '../../model/text.js';
import words from './data/attribution-words.json' with { type: 'json' };

/** Verbs that credit a statement to its subject or to the name after them. */
const speech = `(?:${words.creditVerbs.join('|')})`;
/** Unnamed sources written in lower case: kept as the reader would say them. */
const commonSources = `(?:(?:${words.sourceQualifiers.join('|')})\\s+)?(?:${words.sourceNouns.join('|')})`;

/** "…, said X" or "“…,” said X": the verb has no subject of its own before it. "Prosecutors say Rico Vane fired" credits the prosecutors, not Vane. */
const afterVerb = new RegExp(`(?:^|[,;:“”"'’]\\s*|\\bas\\s+)${speech}\\s+(?:by\\s+)?$`, 'i');
const beforeVerb = new RegExp(`^\\s*(?:,\\s*)?(?:has |have |had |also |later |then )?${speech}\\b`, 'i');
const accordingTo = /\baccording to\s+(?:the\s+)?$/i;
const commonBefore = new RegExp(`\\b(${commonSources})\\s+(?:have |has |had |also |later )?${speech}\\b`, 'i');
const commonAfter = new RegExp(`\\b(?:according to|${speech})\\s+(?:the\\s+)?(${commonSources})\\b`, 'i');

/** A name in a sentence: its mention, its entity's canonical name and the entity. */
export interface SentenceName {
  mention: Mention;
  name: string;
  entity: Entity;
}

/** Names of each sentence, from the resolved entities (the canonical name, so outlets' spellings agree). */
export function namesBySentence(entities: readonly Entity[]): Map<string, SentenceName[]> {
  const out = new Map<string, SentenceName[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = out.get(m.sentence) ?? [];
      list.push({ mention: m, name: e.name, entity: e });
      out.set(m.sentence, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.mention.start - b.mention.start);
  return out;
}

/** The name of a list mentioned last (the first of equals): whom the words after the names are about. */
export function lastNamed(names: readonly SentenceName[]): SentenceName {
  return names.reduce((a, b) => (b.mention.start > a.mention.start ? b : a));
}

/** Who the sentence credits its figures to, or null (see the file header). */
export function attributionOf(sentence: Sentence, names: readonly { mention: Mention; name: string }[]): string | null {
  const text = sentence.text;
  // A named source: "according to X", "said X", "X said".
  for (const { mention, name } of names) {
    if (mention.type === 'place') continue;
    const start = mention.start - sentence.start;
    const end = mention.end - sentence.start;
    const head = text.slice(Math.max(0, start - 40), start);
    const tail = text.slice(end, end + 30);
    if (accordingTo.test(head)) return name;
    // "said Interior Secretary Ken Salazar": a title may stand between the verb and the name.
    if (afterVerb.test(head.replace(/(?:[A-Z][\w.'’-]*\s+){0,4}$/, ''))) return name;
    if (mention.type !== 'other' && beforeVerb.test(tail.replace(/^(?:'s\s+\w+|,\s+[^,]{1,40},)/, ''))) return name;
  }
  const before = commonBefore.exec(text);
  if (before) return before[1]!.toLowerCase().replace(/^the\s+/, '');
  const after = commonAfter.exec(text);
  if (after) return after[1]!.toLowerCase().replace(/^the\s+/, '');
  return null;
}
