/**
 * One value group of a conflict told in words (a title, an office, a degree, a weapon, a job
 * loss, a telephone number): the value as shown, its normal form, the outlets that give it and
 * the sentences that say it. Word rows have no unit and no hedge; whom they credit is given when
 * known. Finders hand every sentence they read, repeats included: each is kept once here.
 */
import type { ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { compareText } from '../../compare-text.js';

/** A word value group (see the file header); outlets sorted, each sentence once. */
export function wordValue(value: string, normalized: string, articles: Iterable<string>, sentences: Iterable<Sentence>, attributedTo: string | null = null): ConflictValue {
  const seen = new Set<string>();
  const evidence = [];
  for (const s of sentences) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    evidence.push({ article: s.article, text: s.text, start: s.start, end: s.end });
  }
  return { value, normalized, articles: [...new Set(articles)].sort(), evidence, attributedTo, qualifier: 'exact', unit: null };
}

/** Value groups in the order rows show them: most outlets first, then by value. */
export function byOutletsThenValue(a: ConflictValue, b: ConflictValue): number {
  return b.articles.length - a.articles.length || compareText(a.value, b.value);
}

/** The ways outlets wrote one value, most used first, at most three: "fired / dismissed". */
export function mostUsed(uses: Iterable<readonly [string, number]>): string {
  return [...uses].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 3).map(([w]) => w).join(' / ');
}

/** Count one more use of a wording (for mostUsed). */
export function countUse(uses: Map<string, number>, words: string): void {
  uses.set(words, (uses.get(words) ?? 0) + 1);
}

/** Whether some outlet of `own` is in none of the other sets of `all` (`own` is one of them). */
function hasOwnOutlet(own: ReadonlySet<string>, all: readonly ReadonlySet<string>[]): boolean {
  return [...own].some((a) => all.every((o) => o === own || !o.has(a)));
}

/**
 * The value groups told alone by at least one outlet: an outlet on both sides of a row stands
 * under both, but a value no outlet tells alone is no side of a dispute.
 */
export function toldAlone<T extends { articles: ReadonlySet<string> }>(groups: readonly T[]): T[] {
  const all = groups.map((g) => g.articles);
  return groups.filter((g) => hasOwnOutlet(g.articles, all));
}

/**
 * Whether every side, given as its outlets, has an outlet of its own: one outlet hedging in one
 * line and not in the next, or printing two numbers, is not a dispute between outlets.
 */
export function eachToldAlone(sides: readonly ReadonlySet<string>[]): boolean {
  return sides.every((s) => hasOwnOutlet(s, sides));
}

/** The outlets, sentences and wordings of one value as a finder gathers them (for wordValue and mostUsed). */
export interface Tally {
  articles: Set<string>;
  evidence: Sentence[];
  words: Map<string, number>;
}

/** An empty tally. */
export function newTally(): Tally {
  return { articles: new Set<string>(), evidence: [], words: new Map<string, number>() };
}

/** Count one telling of a value: its outlet, its sentence and the wordings it used. */
export function tally(t: Tally, sentence: Sentence, ...words: string[]): void {
  t.articles.add(sentence.article);
  t.evidence.push(sentence);
  for (const w of words) countUse(t.words, w);
}
