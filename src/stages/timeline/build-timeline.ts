/**
 * The story's dated events in order: every claim with a resolved date becomes an entry, and
 * claims of one group on the same date are one entry citing all their articles.
 * Example: "On June 18, … Qin Gang held talks with … Blinken" → 2023-06-18.
 */
import type { ClaimGroup } from '../../model/claim.js';
import type { TimelineEntry } from '../../model/report.js';
import { evidenceOf } from '../verdicts/find-conflicts.js';

/** Build the timeline from claim groups, sorted by date then first appearance. */
export function buildTimeline(groups: ClaimGroup[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry & { order: number }>();
  groups.forEach((g, order) => {
    for (const claim of g.claims) {
      for (const fact of claim.facts) {
        if (fact.kind !== 'date' || fact.resolution === 'unresolved' || !/^\d{4}(-\d\d){0,2}$/.test(fact.normalized)) continue;
        const key = `${fact.normalized}|${g.id}`;
        const entry = entries.get(key) ?? {
          date: fact.normalized,
          text: g.representative.sentence.text,
          articles: [],
          evidence: [],
          order,
        };
        if (!entry.articles.includes(claim.article)) entry.articles.push(claim.article);
        if (!entry.evidence.some((e) => e.article === claim.article && e.start === claim.start)) entry.evidence.push(evidenceOf(claim));
        entries.set(key, entry);
      }
    }
  });
  return [...entries.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
    .map(({ order: _order, ...e }) => ({ ...e, articles: [...e.articles].sort() }));
}
