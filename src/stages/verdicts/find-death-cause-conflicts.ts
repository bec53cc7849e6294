/**
 * Cause of a death: outlets naming different causes, or one naming a cause where others say it
 * was not given ("Gigante died early Monday of apparent heart disease" vs "The cause of death
 * was not announced"). A contradiction row, one value per cause (causes sharing a word, "heart
 * disease" and "heart failure", are one value) and one for "not given", when each value has an
 * outlet of its own. A death is the story's: a cause said of another named person ("rival mob
 * boss John Gotti died of cancer in 2002") or of several people is not read. Word lists in
 * data/death-cause.json.
 */
import type { Entity } from '../../model/mention.js';
import { lastNamed, type SentenceName } from './attribution.js';
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { byOutletsThenValue, countUse, mostUsed, toldAlone, wordValue } from './word-value.js';
import data from './data/death-cause.json' with { type: 'json' };

const notGiven = data.notGiven.map((p) => new RegExp(p, 'i'));
const stated = new RegExp(data.stated, 'gi');
const stopWords = new Set(data.stopWords);
const hedges = new Set(data.hedges);
const generic = new Set(data.generic);
const plural = new RegExp(`\\b(?:${data.plural.join('|')})\\b`, 'i');
const NOT_GIVEN = 'cause not given';

/** The cause's own words: "an apparent heart attack at his home" → "heart attack". */
function causeWords(written: string): string[] {
  const words: string[] = [];
  for (const w of written.toLowerCase().split(/\s+/)) {
    if (words.length > 0 && stopWords.has(w)) break;
    if (hedges.has(w)) continue;
    words.push(w);
  }
  return words;
}

/** How an outlet says the cause was not given, in its own word: "not announced", "unknown", "not provided". */
function notGivenWord(told: string): string {
  const adjective = /\b(unknown|unclear|undetermined|pending|under investigation)\b/i.exec(told);
  if (adjective) return adjective[1]!.toLowerCase();
  const participle = /\b(known|released|announced|determined|disclosed|available|given|made public|confirmed)\b/i.exec(told);
  if (participle) return `not ${participle[1]!.toLowerCase()}`;
  const verb = /\b(provide|give|release|disclose|announce|say|reveal|confirm)\b/i.exec(told)?.[1]!.toLowerCase() ?? 'give';
  return `not ${participles[verb] ?? `${verb}d`}`;
}
const participles: Record<string, string> = { give: 'given', say: 'said' };

/** The person the story is about: the person entity most outlets name (ties: the first id). */
function mainPerson(entities: readonly Entity[]): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) if (e.type === 'person' && (!best || e.articles.length > best.articles.length)) best = e;
  return best;
}

/** The causes a sentence tells of the story's death (or NOT_GIVEN); `names` are the sentence's names. */
function causesIn(sentence: Sentence, names: readonly SentenceName[], main: Entity | undefined): string[] {
  const out: string[] = [];
  for (const p of notGiven) {
    const m = p.exec(sentence.text);
    if (m) out.push(`${NOT_GIVEN}:${notGivenWord(m[0])}`);
  }
  for (const m of sentence.text.matchAll(stated)) {
    const at = m.index!;
    // Who died: the clause before the verb. Another named person, or several, is another death.
    const clauseStart = Math.max(sentence.text.lastIndexOf(',', at - 1), sentence.text.lastIndexOf(';', at - 1), sentence.text.lastIndexOf(' where ', at - 1), sentence.text.lastIndexOf(' who ', at - 1), 0);
    const subject = sentence.text.slice(clauseStart, at);
    if (plural.test(subject)) continue;
    // The person named last before the verb is who died: "spokesman Al Quintero said Gigante died …".
    const named = names.filter((n) => n.entity.type === 'person' && n.mention.start - sentence.start >= clauseStart && n.mention.start - sentence.start < at);
    if (named.length > 0 && lastNamed(named).entity !== main) continue;
    const words = causeWords(m[1]!);
    if (words.length === 0 || words.every((w) => generic.has(w))) continue;
    out.push(words.join(' '));
  }
  return out;
}

/** The row for a death given different causes by different outlets, or nothing. */
export function findDeathCauseConflicts(entities: readonly Entity[], sentences: Map<string, Sentence>, names: Map<string, SentenceName[]>): Conflict[] {
  const main = mainPerson(entities);
  // Causes sharing a word are one value: its first telling names it.
  const groups: { value: string; words: Set<string>; told: Map<string, number>; articles: Set<string>; evidence: Sentence[] }[] = [];
  for (const sentence of sentences.values()) {
    for (const cause of causesIn(sentence, names.get(sentence.id) ?? [], main)) {
      const isNotGiven = cause.startsWith(`${NOT_GIVEN}:`);
      const words = new Set(isNotGiven ? [NOT_GIVEN] : cause.split(' ').filter((w) => !generic.has(w)));
      let group = groups.find((g) => [...words].some((w) => g.words.has(w)));
      if (!group) groups.push((group = { value: cause, words: new Set<string>(), told: new Map<string, number>(), articles: new Set<string>(), evidence: [] }));
      for (const w of words) group.words.add(w);
      if (isNotGiven) countUse(group.told, cause.slice(NOT_GIVEN.length + 1));
      group.articles.add(sentence.article);
      group.evidence.push(sentence);
    }
  }
  // "Not given" shows the outlets' own words, most used first: "unknown / not announced".
  for (const g of groups) {
    if (g.told.size > 0) g.value = mostUsed(g.told);
  }
  if (groups.length < 2) return [];
  const told = toldAlone(groups);
  if (told.length < 2) return [];
  const values: ConflictValue[] = told.map((g) => wordValue(g.value, g.told.size > 0 ? NOT_GIVEN : g.value, g.articles, g.evidence));
  values.sort(byOutletsThenValue);
  return [{ id: 'c:death-cause', topic: 'Cause of death', kind: 'contradiction', slot: 'death-cause', background: false, values }];
}
