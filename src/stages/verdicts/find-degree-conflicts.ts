/**
 * Degree conflicts: outlets telling one state with different degrees, e.g. "the store, which is
 * almost totally destroyed" and "virtually destroyed" in most outlets against "has been completely
 * destroyed" in one; "treated as potentially suspicious" against "treated as suspicious". A hedge
 * (near, partial, possible) against a plain or absolute telling of the same state word is a
 * precision difference; plain against absolute ("destroyed" / "completely destroyed") says the
 * same. Word lists in data/degree-words.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import { byOutletsThenValue, countUse, eachToldAlone, mostUsed, wordValue } from './word-value.js';
import type { Sentence } from '../../model/text.js';
import data from './data/degree-words.json' with { type: 'json' };
import { compareText } from '../../compare-text.js';
import { escapeRegExp } from '../../escape-regexp.js';

type Degree = 'plain' | 'absolute' | 'near' | 'partial' | 'possible';

/** A word list entry as a pattern: its spaces stand for any run of space ("burned  to the ground"). */
const escape = (w: string) => escapeRegExp(w).replace(/\s+/g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length || compareText(a, b);
const modifierClass = new Map<string, Degree>(
  Object.entries(data.classes).flatMap(([cls, words]) => words.map((w) => [w, cls as Degree] as [string, Degree])),
);
const modifiers = [...modifierClass.keys()].sort(byLength);
const stateOf = new Map<string, string>(
  Object.entries(data.states as Record<string, string[]>).flatMap(([state, words]) => words.map((w) => [w, state] as [string, string])),
);
const statePattern = new RegExp(`\\b(${[...stateOf.keys()].sort(byLength).map(escape).join('|')})\\b`, 'gi');
const modifierBefore = new RegExp(`\\b(${modifiers.map(escape).join('|')})\\s+$`, 'i');
const negationBefore = new RegExp(`\\b(?:${data.negations.map(escape).join('|')})\\s+(?:\\S+\\s+)?$`, 'i');
const followers = new Set(data.followers);

/** The degree a state word is told with in one sentence, or null when it is negated or describes a noun ("a suspicious package"). */
function degreeAt(text: string, start: number, end: number): { degree: Degree; modifier: string } | null {
  const before = text.slice(Math.max(0, start - 40), start);
  if (negationBefore.test(before)) return null;
  const next = /^\s*([\p{L}'’]+)?/u.exec(text.slice(end))?.[1];
  // An attribute of the noun after it is another thing's description: "a suspicious package".
  if (next && /^\p{Ll}/u.test(next) && !followers.has(next.toLowerCase())) return null;
  const m = modifierBefore.exec(before);
  if (!m) return { degree: 'plain', modifier: '' };
  const modifier = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  return { degree: modifierClass.get(modifier) ?? 'plain', modifier };
}

const hedges = new Set<Degree>(['near', 'partial', 'possible']);

/** Rows for state words told with a hedge by some outlets and plainly or absolutely by others. */
export function findDegreeConflicts(sentences: Map<string, Sentence>): Conflict[] {
  // state word → degree → each written form with the articles that use it, the articles, the sentences
  const byState = new Map<string, Map<Degree, { forms: Map<string, string[]>; articles: Set<string>; evidence: Sentence[] }>>();
  for (const sentence of sentences.values()) {
    for (const m of sentence.text.matchAll(statePattern)) {
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const state = stateOf.get(word)!;
      const told = degreeAt(sentence.text, m.index!, m.index! + m[0].length);
      if (!told) continue;
      const degrees = byState.get(state) ?? new Map();
      byState.set(state, degrees);
      const entry = degrees.get(told.degree) ?? { forms: new Map<string, string[]>(), articles: new Set<string>(), evidence: [] };
      degrees.set(told.degree, entry);
      const written = told.modifier ? `${told.modifier} ${word}` : word;
      entry.forms.set(written, [...(entry.forms.get(written) ?? []), sentence.article]);
      entry.articles.add(sentence.article);
      entry.evidence.push(sentence);
    }
  }
  const out: Conflict[] = [];
  for (const [state, degrees] of [...byState].sort((a, b) => compareText(a[0], b[0]))) {
    const hedged = [...degrees].filter(([d]) => hedges.has(d));
    const firm = [...degrees].filter(([d]) => !hedges.has(d));
    if (hedged.length === 0 || (firm.length === 0 && hedged.length < 2)) continue;
    // Each side needs an outlet of its own: one outlet hedging in one line and not in the next
    // is not a dispute between outlets.
    const hedgedArticles = new Set(hedged.flatMap(([, e]) => [...e.articles]));
    const firmArticles = new Set(firm.flatMap(([, e]) => [...e.articles]));
    const sides = firm.length > 0 ? [hedgedArticles, firmArticles] : hedged.map(([, e]) => e.articles);
    if (!eachToldAlone(sides)) continue;
    // Shown, an outlet that says "destroyed" in its lead and "almost totally destroyed" further
    // down has told its degree: its plain telling is the short form, not a second view.
    const plain = degrees.get('plain');
    if (plain) {
      const told = new Set([...degrees].filter(([d]) => d !== 'plain').flatMap(([, e]) => [...e.articles]));
      for (const a of told) plain.articles.delete(a);
      plain.evidence = plain.evidence.filter((sentence) => plain.articles.has(sentence.article));
      if (plain.articles.size === 0) degrees.delete('plain');
    }
    const values: ConflictValue[] = [...degrees].map(([degree, e]) => {
      // Each way the outlets wrote it, most used first: "destroyed / burned to the ground".
      const uses = [...e.forms].map(([w, articles]) => [w, articles.filter((a) => e.articles.has(a)).length] as const).filter(([, n]) => n > 0);
      return { ...wordValue(mostUsed(uses), degree === 'plain' ? state : `${degree} ${state}`, e.articles, e.evidence), qualifier: hedges.has(degree) ? 'about' : 'exact' };
    });
    values.sort(byOutletsThenValue);
    out.push({ id: `c:degree:${state.replace(/\s+/g, '-')}`, topic: `Degree — ${state}`, kind: 'precision', slot: 'degree', background: false, values });
  }
  return out;
}
