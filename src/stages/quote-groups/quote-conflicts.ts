/**
 * Who-said-what conflicts as conflict-table rows: outlets that put the same words in the mouths of
 * different speakers. Quote grouping flags them (`Quote.speakerConflict`, the ids of the other
 * quotes); this turns each set of flagged quotes into one `contradiction` row whose values are the
 * speakers, each with the articles that credit them and their words as evidence.
 *
 *   outlet A: “We will not accept any change to the status quo,” the minister said. (Ann Lee)
 *   outlet B: “We will not accept any change to the status quo,” said Bo Wang.
 *   → { slot: 'speaker', kind: 'contradiction', values: [Ann Lee (A), Bo Wang (B)] }
 */
import type { Entity } from '../../model/mention.js';
import type { Conflict, Quote } from '../../model/report.js';

/** Longest topic text, in characters, before it is cut with "…". */
const topicChars = 80;

/**
 * Two credits that need not disagree: a company and a person speaking for it ("AMD" / "Rory
 * Read", in a press release), or a lone role and a name ("the judge" / "Jack B. Weinstein", "her
 * spokesman" / "Bill McAllister"): the role may well be that person.
 */
function mayBeOneSource(a: Quote, b: Quote, typeOf: (id: string | null) => string | undefined): boolean {
  const ta = typeOf(a.speakerEntity);
  const tb = typeOf(b.speakerEntity);
  if ((ta === 'organization' && tb === 'person') || (ta === 'person' && tb === 'organization')) return true;
  // "the judge", "a spokeswoman", "her spokesman", "the top US law enforcement officer": one
  // person by role (lower-case words and acronyms), not a plural.
  const isLoneRole = (q: Quote) => !q.speakerEntity && /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:\s+(?:[\p{Ll}-]+|\p{Lu}{2,4}|U\.S\.)){1,5}$/u.test(q.speaker ?? '') && !/s$/.test(q.speaker ?? '');
  return isLoneRole(a) !== isLoneRole(b);
}

/** Least share of words two speakers' wordings must have in common for a row (Jaccard). */
const minOverlap = 0.6;

const wordsOf = (quotes: Quote[]) => new Set(quotes.flatMap((q) => q.variants.flatMap((v) => v.text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [])));

/** Jaccard overlap of the words of two sides' wordings. */
function wordOverlap(a: Quote[], b: Quote[]): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, wa.size + wb.size - shared);
}

/** "King" and "Billy King": one name inside the other is one person written two ways. */
function sharesName(a: Quote, b: Quote): boolean {
  const ta = new Set((a.speaker ?? '').toLowerCase().split(/[\s.]+/).filter((w) => w.length > 2));
  return (b.speaker ?? '').toLowerCase().split(/[\s.]+/).some((w) => w.length > 2 && ta.has(w));
}

/** One conflict row per set of quotes flagged as the same words from different speakers, in quote order. */
export function quoteConflicts(quotes: readonly Quote[], entities: readonly Entity[] = []): Conflict[] {
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const typeOf = (id: string | null) => (id ? types.get(id) : undefined);
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const done = new Set<string>();
  const rows: Conflict[] = [];
  for (const q of quotes) {
    if (!q.speakerConflict?.length || done.has(q.id)) continue;
    // The whole set: quotes flagged with one another, transitively.
    const set: Quote[] = [];
    const stack = [q.id];
    while (stack.length) {
      const id = stack.pop()!;
      const x = byId.get(id);
      if (!x || done.has(id)) continue;
      done.add(id);
      set.push(x);
      stack.push(...(x.speakerConflict ?? []));
    }
    const speakers = new Map<string, Quote[]>();
    for (const x of set) {
      const key = x.speakerEntity ?? (x.speaker ?? '').toLowerCase();
      speakers.set(key, [...(speakers.get(key) ?? []), x]);
    }
    if (speakers.size < 2) continue;
    const firsts = [...speakers.values()].map((list) => list[0]!);
    // Precision first: two speakers, told in nearly the same words. Three or more speakers for
    // one statement, or two wordings that share little, were on real news linking errors.
    if (firsts.length !== 2 || mayBeOneSource(firsts[0]!, firsts[1]!, typeOf) || sharesName(firsts[0]!, firsts[1]!)) continue;
    const [sideA, sideB] = [...speakers.values()];
    if (wordOverlap(sideA!, sideB!) < minOverlap) continue;
    const text = q.text.length > topicChars ? `${q.text.slice(0, topicChars - 1).trimEnd()}…` : q.text;
    rows.push({
      id: `c:speaker:${q.id.slice(2)}`,
      topic: `Who said “${text}”`,
      kind: 'contradiction',
      slot: 'speaker',
      background: false,
      values: [...speakers].map(([normalized, list]) => ({
        value: list[0]!.speaker ?? 'unattributed',
        normalized,
        articles: [...new Set(list.flatMap((x) => x.articles))].sort(),
        evidence: list.flatMap((x) => x.variants.map((v) => ({ article: v.article, text: v.text, start: v.start, end: v.end }))),
        // The words are credited to this speaker: the value and its attribution are one.
        attributedTo: list[0]!.speaker ?? null,
        qualifier: 'exact' as const,
        unit: null,
      })),
    });
  }
  return rows;
}
