/**
 * Where a victim died: outlets saying at the scene against outlets saying on the way to hospital
 * or in hospital ("The woman, identified by the police as …, died at the scene" vs "She said the
 * third victim died on the way to the hospital"). A contradiction row, one value per place with
 * its outlets, when each place has an outlet of its own. A story where one outlet tells two places
 * has several dead who died in different places ("two died at the scene and a third in
 * hospital"), so it gets no row; nor does a telling about the attacker's death or about several
 * people. Word lists in data/death-place.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { byOutletsThenValue, wordValue } from './word-value.js';
import data from './data/death-place.json' with { type: 'json' };

/** The kinds in the order they claim text: the way to hospital before hospital. */
const kinds = Object.entries(data.kinds).map(([kind, patterns]) => ({
  kind,
  patterns: patterns.map((p) => new RegExp(p, /\[A-Z\]/.test(p) ? 'g' : 'gi')),
}));
const skipped = new RegExp(`\\b(?:${data.subjectsSkipped.join('|')})s?\\b`, 'i');
const plural = new RegExp(`\\b(?:${data.plural.join('|')}|\\d+)\\b`, 'i');

/** The words before a telling, back to the clause's start: who died. */
function subjectOf(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  const clause = before.split(/[;:]|,\s+(?:and|but|while)\s+|\s+(?:and|but)\s+(?=\w+\s+(?:died|was))/).pop() ?? before;
  return clause;
}

/** The places of death a sentence tells, each once, skipping the attacker's and several people's. */
function placesIn(text: string): string[] {
  const taken: [number, number][] = [];
  const out = new Set<string>();
  for (const { kind, patterns } of kinds) {
    for (const p of patterns) {
      for (const m of text.matchAll(p)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => start < e && s < end)) continue;
        taken.push([start, end]);
        const subject = subjectOf(text, start);
        if (skipped.test(subject) || plural.test(subject)) continue;
        out.add(kind);
      }
    }
  }
  return [...out];
}

/** The row for a death placed differently by different outlets, or nothing. */
export function findDeathPlaceConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byKind = new Map<string, { articles: Set<string>; evidence: Sentence[] }>();
  const kindsOf = new Map<string, Set<string>>();
  for (const sentence of sentences.values()) {
    for (const kind of placesIn(sentence.text)) {
      const entry = byKind.get(kind) ?? { articles: new Set<string>(), evidence: [] };
      entry.articles.add(sentence.article);
      entry.evidence.push(sentence);
      byKind.set(kind, entry);
      const told = kindsOf.get(sentence.article) ?? new Set<string>();
      told.add(kind);
      kindsOf.set(sentence.article, told);
    }
  }
  if (byKind.size < 2) return [];
  // An outlet telling two places speaks of two dead.
  if ([...kindsOf.values()].some((told) => told.size > 1)) return [];
  const values: ConflictValue[] = [...byKind].map(([kind, e]) => wordValue(kind, kind, e.articles, e.evidence));
  values.sort(byOutletsThenValue);
  return [{ id: 'c:death-place', topic: 'Where the victim died', kind: 'contradiction', slot: 'death-place', background: false, values }];
}
