/** Display names for articles in rendered reports: the outlet name, else the article id. */
import type { Report } from '../model/report.js';

/** Map article id → short label ("Coastwire"; "Coastwire (2)" when an outlet has several articles). */
export function articleLabels(report: Report): Map<string, string> {
  const counts = new Map<string, number>();
  for (const a of report.articles) counts.set(a.source || a.id, (counts.get(a.source || a.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const a of report.articles) {
    const base = a.source || a.id;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    labels.set(a.id, counts.get(base)! > 1 ? `${base} (${n})` : base);
  }
  return labels;
}
