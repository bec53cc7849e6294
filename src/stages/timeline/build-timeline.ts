/**
 * The story's dated events in order: every claim with a resolved date becomes an entry, and
 * claims of one group on the same date are one entry citing all their articles.
 * Example: "On June 18, … Qin Gang held talks with … Blinken" → 2023-06-18.
 */
import type { ClaimGroup } from '../../model/claim.js';
import type { Conflict, TimelineEntry } from '../../model/report.js';
import { evidenceOf } from '../verdicts/find-conflicts.js';
import { compareText } from '../../compare-text.js';

/**
 * Build the timeline from claim groups, sorted by date then first appearance. A date that loses a
 * date conflict ("Dec. 21" where the other outlets say June 18), or ties in one, is left out:
 * the conflict table shows it, the timeline does not present it as the date.
 */
export function buildTimeline(groups: ClaimGroup[], conflicts: Conflict[] = []): TimelineEntry[] {
  const outvoted = outvotedDates(conflicts);
  const entries = new Map<string, TimelineEntry & { order: number }>();
  groups.forEach((g, order) => {
    for (const claim of g.claims) {
      for (const fact of claim.facts) {
        if (fact.kind !== 'date' || fact.resolution === 'unresolved') continue;
        // A part of a year or a month stands on the timeline at its year or month: "at the beginning of 2021" is 2021.
        const date = fact.normalized.replace(/^(\d{4})-(?:H[12]|Q[1-4]|early|mid|late)$/, '$1').replace(/^(\d{4}-\d{2})-(?:early|mid|late|W[1-5])$/, '$1');
        if (!/^\d{4}(-\d\d){0,2}$/.test(date)) continue;
        if (outvoted.has(`${claim.article}|${fact.normalized}`)) continue;
        const key = `${date}|${g.id}`;
        const entry = entries.get(key) ?? {
          date,
          text: claim.sentence.text, // the sentence that carries this date, not the group's representative
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
    .sort((a, b) => compareText(a.date, b.date) || a.order - b.order)
    .map(({ order: _order, ...e }) => ({ ...e, articles: [...e.articles].sort() }));
}

/** `article|date` of every date value that is not the one most articles give in a date conflict. */
function outvotedDates(conflicts: Conflict[]): Set<string> {
  const out = new Set<string>();
  for (const c of conflicts) {
    if (c.slot !== 'date') continue;
    const most = Math.max(...c.values.map((v) => v.articles.length));
    const leaders = c.values.filter((v) => v.articles.length === most);
    for (const v of c.values) {
      if (leaders.length === 1 && v === leaders[0]) continue;
      for (const a of v.articles) out.add(`${a}|${v.normalized}`);
    }
  }
  return out;
}
