/**
 * "How the sources differ", in plain words: each conflict as one line naming the values and
 * the outlets that give them, then the most notable facts only one outlet reports.
 * Example: "how long: meet (Antony Blinken, Qin Gang) — 5 and a half hours (Outlet A) vs
 * seven and a half hours (Outlet C); a contradiction."
 */
import type { Conflict, Difference, Unique } from '../../model/report.js';
import { compareText } from '../../compare-text.js';

const kindWords: Record<Conflict['kind'], string> = {
  contradiction: 'a contradiction',
  precision: 'a difference in precision: both can be true',
  update: 'a later report updates the figure',
};

/** Options of describeDifferences. */
export interface DifferenceOptions {
  /** Unique facts listed, at most. Default 8. */
  maxUnique: number;
}

/** Describe conflicts and notable unique facts; `label` turns an article id into an outlet name. */
export function describeDifferences(
  conflicts: Conflict[],
  unique: Unique[],
  label: (article: string) => string,
  options: Partial<DifferenceOptions> = {},
): Difference[] {
  const maxUnique = options.maxUnique ?? 8;
  const out: Difference[] = [];
  for (const c of conflicts) {
    const values = c.values.map((v) => `“${v.value}” (${v.articles.map(label).join(', ')})`).join(' vs ');
    out.push({ kind: 'conflict', text: `${capitalise(c.topic)}: ${values}; ${kindWords[c.kind]}.`, articles: [...new Set(c.values.flatMap((v) => v.articles))].sort(), ref: c.id });
  }
  // Notable unique facts: the ones carrying the most specific content (numbers, names), one per outlet first.
  const score = (u: Unique) => (/\d/.test(u.statement) ? 2 : 0) + (u.statement.match(/\b\p{Lu}\p{Ll}+/gu)?.length ?? 0) * 0.2 - Math.abs(u.statement.length - 160) / 400;
  // A sentence already shown as one side of a conflict is not repeated as "only this outlet".
  const inConflict = new Set(conflicts.flatMap((c) => c.values.flatMap((v) => v.evidence.map((e) => `${e.article}:${e.start}`))));
  const ranked = [...unique]
    .filter((u) => !u.evidence.some((e) => inConflict.has(`${e.article}:${e.start}`)))
    .sort((a, b) => score(b) - score(a) || compareText(a.id, b.id));
  const picked: Unique[] = [];
  const perArticle = new Map<string, number>();
  for (const round of [1, Infinity]) {
    for (const u of ranked) {
      if (picked.length >= maxUnique) break;
      if (picked.includes(u) || (perArticle.get(u.article) ?? 0) >= round) continue;
      picked.push(u);
      perArticle.set(u.article, (perArticle.get(u.article) ?? 0) + 1);
    }
  }
  for (const u of picked) out.push({ kind: 'unique', text: `Only ${label(u.article)}: ${u.statement}`, articles: [u.article], ref: u.id });
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
