/**
 * Agreements never include a sentence that stands on the other side of a conflict. Example: three
 * outlets' lead sentences group as one statement, but one gives magnitude 6.4 where two give 6.1:
 * the agreement keeps the two that agree, and the conflict table shows the third. A statement
 * whose sides are even ("The talks lasted four hours." / "… six hours.") keeps only the sentences
 * outside the conflict, and stops being an agreement when fewer than two articles remain.
 */
import type { Agreement, Conflict, Evidence } from '../../model/report.js';

const keyOf = (e: Evidence) => `${e.article}:${e.start}`;

/** Agreements with disputed sentences taken out; `sourceOf` maps an article to its independent source. */
export function withoutDisputed(agreements: Agreement[], conflicts: Conflict[], sourceOf: (article: string) => string): Agreement[] {
  // Sentence → the conflict sides it stands on.
  const sides = new Map<string, { conflict: string; value: number }[]>();
  for (const c of conflicts) {
    c.values.forEach((v, value) => {
      for (const e of v.evidence) sides.set(keyOf(e), [...(sides.get(keyOf(e)) ?? []), { conflict: c.id, value }]);
    });
  }
  const out: Agreement[] = [];
  for (const a of agreements) {
    // Per conflict touching this agreement: how many of its articles take each value.
    const votes = new Map<string, Map<number, Set<string>>>();
    for (const e of a.evidence) {
      for (const s of sides.get(keyOf(e)) ?? []) {
        const byValue = votes.get(s.conflict) ?? new Map<number, Set<string>>();
        byValue.set(s.value, (byValue.get(s.value) ?? new Set()).add(e.article));
        votes.set(s.conflict, byValue);
      }
    }
    const disputed = [...votes].filter(([, byValue]) => byValue.size > 1);
    if (disputed.length === 0) {
      out.push(a);
      continue;
    }
    // The value most of the agreement's articles give stays; with a tie, no side stays.
    const kept = new Map<string, number | null>();
    for (const [conflict, byValue] of disputed) {
      const ranked = [...byValue].sort((x, y) => y[1].size - x[1].size || x[0] - y[0]);
      kept.set(conflict, ranked[0]![1].size > ranked[1]![1].size ? ranked[0]![0] : null);
    }
    const evidence = a.evidence.filter((e) =>
      (sides.get(keyOf(e)) ?? []).every((s) => !kept.has(s.conflict) || kept.get(s.conflict) === s.value),
    );
    const articles = [...new Set(evidence.map((e) => e.article))].sort();
    if (articles.length < 2) continue;
    const statement = evidence.some((e) => e.text === a.statement) ? a.statement : evidence[0]!.text;
    out.push({ ...a, statement, articles, evidence, independentSources: new Set(articles.map(sourceOf)).size });
  }
  return out;
}
