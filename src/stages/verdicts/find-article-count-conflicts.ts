/**
 * Counts written with the article "a": "Comeaux is a convicted sex offender serving a life
 * sentence" against "Comeaux is serving three life sentences". The fact reader gives no number
 * to "a" (it would count every "a man"), so this finder looks for it only where another outlet's
 * sentence of the same claim group counts the same noun, with the same words before it, two or
 * more times. Example row: three life sentences (two outlets) | a life sentence (one).
 */
import type { Claim } from '../../model/claim.js';
import type { Conflict, ConflictValue } from '../../model/report.js';
import { compareText } from '../../compare-text.js';
import { escapeRegExp } from '../../escape-regexp.js';
import { evidenceOf } from './find-conflicts.js';
import { insideQuote } from './conflict-occurrences.js';
import { cosine, type ClaimIndex } from '../claim-groups/claim-index.js';

/** The two sentences must say nearly the same thing: "nominated for an Academy Award for best screenplay for About a Boy" is not "the film was nominated for two Academy Awards". */
const minCosine = 0.5;

/** The number words before a counted noun ("three", "3", "two dozen"). */
const countWords = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens)$/i;
/** Singular of a plural noun as news writes them ("sentences" → "sentence", "men" → "man"). */
function singular(word: string): string {
  const w = word.toLowerCase();
  if (/men$/.test(w)) return w.replace(/men$/, 'man');
  if (/ies$/.test(w)) return w.replace(/ies$/, 'y');
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.replace(/es$/, '');
  return w.replace(/s$/, '');
}

/** One counted noun phrase: the words after the number ("life sentences") as a pattern for "a life sentence". */
function singularPattern(fact: { text: string }): { phrase: string; pattern: RegExp } | null {
  const words = fact.text.split(/\s+/).filter(Boolean);
  let k = 0;
  while (k < words.length && countWords.test(words[k]!)) k++;
  const rest = words.slice(k);
  // A bare noun ("two men" / "a man") is too often two different people in one claim group: the
  // phrase needs a word before its noun ("life sentences").
  if (k === 0 || rest.length < 2 || rest.length > 3) return null;
  const noun = rest[rest.length - 1]!;
  if (!/^[a-z]+$/i.test(noun) || singular(noun) === noun.toLowerCase()) return null;
  const modifiers = rest.slice(0, -1).map((w) => escapeRegExp(w.toLowerCase()));
  const phrase = [...modifiers, escapeRegExp(singular(noun))].join('\\s+');
  return { phrase: rest.join(' '), pattern: new RegExp(`\\b(an?)\\s+(${phrase})\\b`, 'i') };
}

/** Rows for a count given as "a …" by one outlet and as two or more by another, in one claim group. */
export function findArticleCountConflicts(claims: Claim[], index: ClaimIndex, groupOf: Map<string, string>, taken: readonly Conflict[]): Conflict[] {
  const position = new Map(claims.map((c, i) => [c.id, i]));
  const similarity = (a: Claim, b: Claim) => cosine(index.vectors[position.get(a.id)!]!, index.vectors[position.get(b.id)!]!);
  const byGroup = new Map<string, Claim[]>();
  for (const c of claims) {
    const g = groupOf.get(c.id);
    if (!g) continue;
    const list = byGroup.get(g) ?? [];
    list.push(c);
    byGroup.set(g, list);
  }
  // Sentences already standing in a row are not shown twice.
  const shown = new Set(taken.flatMap((c) => c.values.flatMap((v) => v.evidence.map((e) => `${e.article}:${e.start}`))));
  const out: Conflict[] = [];
  for (const [group, members] of [...byGroup].sort((a, b) => compareText(a[0], b[0]))) {
    if (new Set(members.map((c) => c.article)).size < 2) continue;
    // One count is looked for once per group however many outlets repeat it (a wire lead in a
    // thousand outlets would otherwise be compared with itself a million times).
    const looked = new Set<string>();
    for (const counted of members) {
      for (const fact of counted.facts) {
        if (fact.kind !== 'quantity' || fact.value < 2 || fact.qualifier !== 'exact') continue;
        const form = singularPattern(fact);
        if (!form || looked.has(`${fact.value} ${form.phrase.toLowerCase()}`)) continue;
        looked.add(`${fact.value} ${form.phrase.toLowerCase()}`);
        const ones = members.filter((c) => {
          if (c.article === counted.article || c.facts.some((f) => f.kind === 'quantity' && f.unit === fact.unit)) return false;
          const m = form.pattern.exec(c.sentence.text);
          // "2 yards a carry" is a rate, not a count.
          return m !== null && !insideQuote(c.sentence.text, m.index) && !/\d\s+\S+\s+$/.test(c.sentence.text.slice(0, m.index)) && similarity(c, counted) >= minCosine;
        });
        if (ones.length === 0) continue;
        const many = members.filter((c) => c.facts.some((f) => f.kind === 'quantity' && f.unit === fact.unit && f.value === fact.value));
        // An outlet that writes both forms tells two things apart ("led to an Academy Award
        // nomination … was nominated for two Academy Awards").
        if (ones.some((c) => many.some((m) => m.article === c.article)) || many.some((c) => form.pattern.test(c.sentence.text))) continue;
        if ([...ones, ...many].some((c) => shown.has(`${c.article}:${c.start}`))) continue;
        const value = (list: Claim[], written: string, normalized: string): ConflictValue => ({
          value: written,
          normalized,
          articles: [...new Set(list.map((c) => c.article))].sort(),
          evidence: list.map(evidenceOf),
          attributedTo: null,
          qualifier: 'exact',
          unit: fact.unit || null,
        });
        const oneWritten = form.pattern.exec(ones[0]!.sentence.text)!;
        const values = [value(many, fact.text, String(fact.value)), value(ones, `${oneWritten[1]} ${oneWritten[2]}`, '1')];
        values.sort((a, b) => b.articles.length - a.articles.length || compareText(a.value, b.value));
        for (const c of [...ones, ...many]) shown.add(`${c.article}:${c.start}`);
        out.push({ id: `c:${group}:${fact.unit}`, topic: `How many ${form.phrase.toLowerCase()}`, kind: 'contradiction', slot: 'quantity', background: false, values });
      }
    }
  }
  return out;
}
