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

/**
 * The value groups told alone by at least one outlet: an outlet on both sides of a row stands
 * under both, but a value no outlet tells alone is no side of a dispute.
 */
export function toldAlone<T extends { articles: ReadonlySet<string> }>(groups: readonly T[]): T[] {
  return groups.filter((g) => [...g.articles].some((a) => groups.every((o) => o === g || !o.articles.has(a))));
}
