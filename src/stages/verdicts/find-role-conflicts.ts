/**
 * Title conflicts: outlets giving one person incompatible formal titles, e.g. "Mayor Elena
 * Kovačić" in one article and "Deputy Mayor Elena Kovachich" in another.
 */
import type { Entity } from '../../model/mention.js';
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { compareRoles, formalTitles } from './compare-roles.js';
import { insideQuote } from './conflict-occurrences.js';
import { byOutletsThenValue, wordValue } from './word-value.js';

/** Find people whose formal titles disagree between articles. */
export function findRoleConflicts(entities: Entity[], sentences: Map<string, Sentence>): Conflict[] {
  const out: Conflict[] = [];
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    // Each article's roles that carry a formal title, with the mention that gives them.
    const byRole = new Map<string, { role: string; titles: string[]; articles: Set<string>; sentenceIds: string[] }>();
    for (const m of entity.mentions) {
      const titles = m.role ? formalTitles(m.role) : [];
      if (titles.length === 0) continue;
      // A title inside a quotation is the speaker's, of the speaker's day, not the outlet's: "“As
      // president, Senator Obama will fight …”" quotes a campaign statement.
      const sentence = sentences.get(m.sentence);
      if (sentence && insideQuote(sentence.text, m.start - sentence.start)) continue;
      const key = titles.join('+');
      const entry = byRole.get(key) ?? { role: m.role!, titles, articles: new Set<string>(), sentenceIds: [] };
      entry.articles.add(m.article);
      if (!entry.sentenceIds.includes(m.sentence)) entry.sentenceIds.push(m.sentence);
      byRole.set(key, entry);
    }
    const roles = [...byRole.values()];
    if (roles.length < 2) continue;
    // Titles some outlet writes together for this person are held together: "Vancouver Police
    // spokesman Constable Tim Fanning" makes "Constable" and "police spokesperson" one person's
    // two hats, not a dispute.
    const heldTogether = new Set<string>();
    for (const r of roles) for (const x of r.titles) for (const y of r.titles) if (x !== y) heldTogether.add(`${x}|${y}`);
    const together = (a: string[], b: string[]) => a.some((x) => b.some((y) => heldTogether.has(`${x}|${y}`)));
    // Keep only roles that conflict with at least one role from another article.
    const conflicting = roles.filter((r) =>
      roles.some((o) => o !== r && compareRoles(r.role, o.role) === 'conflict' && !together(r.titles, o.titles) && [...o.articles].some((a) => !r.articles.has(a))),
    );
    if (conflicting.length < 2) continue;
    // An article whose roles both conflict is not evidence of a disagreement between outlets.
    const values: ConflictValue[] = conflicting.map((r) =>
      wordValue(r.role, r.titles.join(' + '), r.articles, r.sentenceIds.map((id) => sentences.get(id)).filter((s): s is Sentence => Boolean(s))),
    );
    values.sort(byOutletsThenValue);
    out.push({ id: `c:${entity.id}:title`, topic: `Title of ${entity.name}`, kind: 'contradiction', slot: 'title', background: false, values });
  }
  return out;
}
