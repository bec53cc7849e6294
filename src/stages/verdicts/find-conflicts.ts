/**
 * Conflicts: one measure given incompatible values by different outlets, with every value group,
 * its outlets, who each figure is credited to, and whether the dispute is about the story itself
 * or an earlier event.
 *
 *   1. occurrences   every comparable fact with its measure words, dimension and participants
 *   2. pairs         candidate pairs from different articles with different values (blocked by
 *                    kind and dimension, inverted index inside large buckets), each scored by the
 *                    fitted pair model (conflict-model.ts)
 *   3. slots         linked pairs form slots; an outlet giving a value equal to a member's joins
 *                    that value's group when the model ties it to the member
 *   4. verdict       value groups, kind (precision: qualifiers, rounding, unit conversion; update:
 *                    a toll revised in later reports; else contradiction), topic, background
 *
 * Example: "fell about 200 feet" (4 outlets), "about 150 metres" (2), "approximately 200 metres"
 * (2) → one contradiction with three value groups.
 */
import type { Claim } from '../../model/claim.js';
import type { Fact } from '../../model/fact.js';
import type { Entity } from '../../model/mention.js';
import type { Conflict, ConflictValue, Evidence } from '../../model/report.js';
import { compareFacts, isLikelyUpdate } from '../facts/index.js';
import type { ClaimIndex } from '../claim-groups/claim-index.js';
import { collectOccurrences, displayNormalized, type Occurrence } from './conflict-occurrences.js';
import { findCandidatePairs } from './conflict-pairs.js';
import { committedModel, scorePair, type ConflictModel } from './conflict-model.js';
import { topicOf } from './conflict-topic.js';
import { attributionOf, namesBySentence } from './attribution.js';
import { compareText } from '../../compare-text.js';
import { toldAlone } from './word-value.js';

/** Options of findConflicts, with defaults. */
export interface ConflictOptions {
  /** The pair model (weights and threshold). Default: the committed model. */
  model: ConflictModel;
}

/** What findConflicts needs to know about the story. */
export interface ConflictInput {
  claims: Claim[];
  index: ClaimIndex;
  /** Claim id → claim group id. */
  groupOf: Map<string, string>;
  entities: Entity[];
  /** Article id → ISO published date or null. */
  published: Map<string, string | null>;
  /** Article ids in report order. */
  articleOrder: string[];
  /** The story's day (ISO) when known: what "background" is measured against. Default: the latest published day. */
  storyDate?: string | null;
}

/** Whom an occurrence's sentence credits its figures to ("police", "USGS"), or null. */
type CreditOf = (o: Occurrence) => string | null;

/** Two values of one dimension in different units this close are one figure converted ("30 miles" vs "48 km"). */
const conversionTolerance = 0.06;

/** A date this many days before the story's day is about an earlier event. */
const backgroundDays = 180;

/** Find fact conflicts between articles. Sorted: contradictions first, then updates, then precision; then by topic. */
export function findConflicts(input: ConflictInput, options: Partial<ConflictOptions> = {}): Conflict[] {
  const model = options.model ?? committedModel();
  const names = new Map(input.entities.map((e) => [e.id, e.name]));
  const occurrences = collectOccurrences(input.claims, input.entities);
  const pairs = findCandidatePairs(input, occurrences);

  // 3. Slots: pairs the model links (different or equal values) tie occurrences into components;
  // inside each, average-link agglomeration keeps a slot to occurrences tied to most of it, so
  // one stray link does not chain two measures into one row.
  const scored = pairs.map((p) => ({ ...p, p: p.isSharedStatement || p.isSameAttribute ? 1 : scorePair(p.features, model) }));
  const slots = agglomerate(occurrences.length, scored, model.threshold);

  const sentenceNames = namesBySentence(input.entities);
  // Whom each sentence credits its figures to, read once per sentence however many values use it.
  const credits = new Map<string, string | null>();
  const creditOf: CreditOf = (o) => {
    const claim = input.claims[o.claim]!;
    if (!credits.has(claim.id)) credits.set(claim.id, attributionOf(claim.sentence, sentenceNames.get(claim.sentence.id) ?? []));
    return credits.get(claim.id)!;
  };
  const storyDay = storyDayOf(input);
  const conflicts: Conflict[] = [];
  for (const members of slots) {
    const conflict = judgeSlot(input, members.map((i) => occurrences[i]!), names, creditOf, storyDay);
    if (conflict) conflicts.push(conflict);
  }
  const rank = { contradiction: 0, update: 1, precision: 2 } as const;
  return conflicts.sort((a, b) => rank[a.kind] - rank[b.kind] || compareText(a.topic, b.topic) || compareText(a.id, b.id));
}

/**
 * Slots from scored pairs: connected components of the pairs at or above the threshold, each
 * split by average-link agglomeration (the mean score over the member pairs that were scored)
 * until no two parts reach the threshold. Only parts holding a linked pair of
 * different values are returned. Deterministic: ties go to the lowest indices.
 */
function agglomerate(count: number, scored: { a: number; b: number; p: number; isEqual: boolean }[], threshold: number): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const s of scored) if (s.p >= threshold) parent[find(s.a)] = find(s.b);
  const inStrong = new Uint8Array(count);
  for (const s of scored) if (s.p >= threshold) inStrong[s.a] = inStrong[s.b] = 1;
  // Sparse sums and counts of pair scores between parts (a part starts as one occurrence; its id
  // is its lowest member). A score below a floor counts as 0: a weak tie is no tie.
  const floor = threshold / 4;
  const sums = new Map<number, Map<number, number>>();
  const counts = new Map<number, Map<number, number>>();
  const add = (x: number, y: number, v: number, n: number) => {
    const row = sums.get(x) ?? new Map<number, number>();
    row.set(y, (row.get(y) ?? 0) + v);
    sums.set(x, row);
    const crow = counts.get(x) ?? new Map<number, number>();
    crow.set(y, (crow.get(y) ?? 0) + n);
    counts.set(x, crow);
  };
  for (const s of scored) {
    if (!inStrong[s.a] || !inStrong[s.b] || find(s.a) !== find(s.b)) continue;
    const v = s.p < floor ? 0 : s.p;
    add(s.a, s.b, v, 1);
    add(s.b, s.a, v, 1);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < count; i++) if (inStrong[i]) members.set(i, [i]);
  // A max-heap of candidate merges with lazy deletion: an entry is stale once either part has
  // changed since it was pushed (its version moved on).
  const version = new Map<number, number>();
  const heap: { mean: number; x: number; y: number; vx: number; vy: number }[] = [];
  const before = (a: (typeof heap)[number], b: (typeof heap)[number]) => a.mean > b.mean || (a.mean === b.mean && (a.x < b.x || (a.x === b.x && a.y < b.y)));
  const push = (x: number, y: number) => {
    const [lo, hi] = x < y ? [x, y] : [y, x];
    // The mean over the pairs that were scored: a pair never compared (blocked, or excluded by a
    // rule about that one pair) says nothing about the two parts as wholes.
    const mean = sums.get(lo)!.get(hi)! / counts.get(lo)!.get(hi)!;
    if (mean < threshold) return;
    heap.push({ mean, x: lo, y: hi, vx: version.get(lo) ?? 0, vy: version.get(hi) ?? 0 });
    for (let i = heap.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (!before(heap[i]!, heap[up]!)) break;
      [heap[i], heap[up]] = [heap[up]!, heap[i]!];
      i = up;
    }
  };
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  for (const [x, row] of sums) for (const y of row.keys()) if (x < y) push(x, y);
  while (heap.length) {
    const top = pop();
    if (top.vx !== (version.get(top.x) ?? 0) || top.vy !== (version.get(top.y) ?? 0) || !members.has(top.x) || !members.has(top.y)) continue;
    const { x, y } = top;
    members.get(x)!.push(...members.get(y)!);
    members.delete(y);
    version.set(x, (version.get(x) ?? 0) + 1);
    for (const [z, v] of sums.get(y) ?? []) {
      const n = counts.get(y)!.get(z)!;
      sums.get(z)!.delete(y);
      counts.get(z)!.delete(y);
      if (z === x) continue;
      add(x, z, v, n);
      add(z, x, v, n);
    }
    sums.delete(y);
    counts.delete(y);
    sums.get(x)?.delete(y);
    counts.get(x)?.delete(y);
    for (const z of sums.get(x)?.keys() ?? []) push(x, z);
  }
  return [...members.values()].filter((m) => m.length > 1).map((m) => m.sort((a, b) => a - b));
}

/** The story's day in epoch days: the given story date, else the latest published day, else null. */
function storyDayOf(input: ConflictInput): number | null {
  const days = [input.storyDate ?? null, ...input.published.values()].filter((d): d is string => Boolean(d)).map((d) => Date.parse(d.slice(0, 10)));
  const valid = days.filter((d) => !Number.isNaN(d));
  return valid.length ? Math.floor(Math.max(...valid) / 86_400_000) : null;
}

/** The first day a date fact can mean, in epoch days ("1998" → 1998-01-01), or null. */
function dayOfDate(fact: Fact): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(fact.normalized);
  if (!m) return null;
  return Math.floor(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86_400_000);
}

/**
 * Is the slot about an earlier event? Its values are dates well before the story's day, or most
 * of its sentences are dated well before it ("In 1959, he received a five-year sentence").
 */
function isBackground(input: ConflictInput, members: Occurrence[], storyDay: number | null): boolean {
  if (storyDay === null) return false;
  const isOld = (f: Fact) => {
    const day = f.kind === 'date' ? dayOfDate(f) : null;
    return day !== null && day < storyDay - backgroundDays;
  };
  if (members[0]!.fact.kind === 'date') return members.every((m) => isOld(m.fact));
  const dated = members.filter((m) => input.claims[m.claim]!.facts.some((f) => f.kind === 'date' && isOld(f)));
  return dated.length * 2 > members.length;
}

/** Do two value groups differ only by a unit conversion's rounding ("30 miles" vs "48 km")? */
function isConversion(a: Occurrence, b: Occurrence): boolean {
  if (a.written.unit === b.written.unit) return false;
  const hi = Math.max(Math.abs(a.fact.value), Math.abs(b.fact.value));
  return hi > 0 && Math.abs(a.fact.value - b.fact.value) / hi <= conversionTolerance;
}

/** A verb of change right before a figure: "the toll has risen to 17", "shares fell to $10". */
const changedTo = /\b(?:rose|risen|rising|climbed|jumped|increased|grew|grown|soared|swelled|mounted|fell|fallen|dropped|declined|sank|slipped|revised(?:\s+(?:up|down|upward|downward))?)\s+(?:again\s+)?to\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?$/i;
const downward = /\b(?:fell|fallen|dropped|declined|sank|slipped|down|downward)\b/i;

/**
 * Is `later` told as the outcome of a change from `earlier`'s figure? Its sentence says the figure
 * rose to it (or fell to it) and it lies that way from the other: "The death toll … has risen to
 * 17" against "killing at least 12 people" is an update, not a contradiction, even when neither
 * article is dated. Counts, sums and shares only.
 */
function isToldAsChange(input: ConflictInput, earlier: Occurrence, later: Occurrence): boolean {
  const kind = later.fact.kind;
  if (kind !== 'quantity' && kind !== 'money' && kind !== 'percent') return false;
  const claim = input.claims[later.claim]!;
  const before = claim.sentence.text.slice(Math.max(0, later.written.start - claim.sentence.start - 40), later.written.start - claim.sentence.start);
  const m = changedTo.exec(before);
  if (!m) return false;
  return downward.test(m[0]) ? later.fact.value < earlier.fact.value : later.fact.value > earlier.fact.value;
}

/** The kind of disagreement between two value groups, or null when they do not conflict. */
function kindBetween(input: ConflictInput, a: Occurrence, b: Occurrence): Conflict['kind'] | null {
  const verdict = compareFacts(a.fact, b.fact);
  if (verdict.relation !== 'conflict') return null;
  if (isConversion(a, b)) return 'precision';
  // "30 hours" vs "more than 30 hours": strictly apart, but only by how one figure is hedged.
  if (a.fact.value === b.fact.value && (a.fact.qualifier === 'exact' || b.fact.qualifier === 'exact')) return 'precision';
  const pa = input.published.get(input.claims[a.claim]!.article) ?? null;
  const pb = input.published.get(input.claims[b.claim]!.article) ?? null;
  if (isLikelyUpdate(a.fact, b.fact, pa, pb) || isLikelyUpdate(b.fact, a.fact, pb, pa)) return 'update';
  if (isToldAsChange(input, a, b) || isToldAsChange(input, b, a)) return 'update';
  return verdict.kind === 'contradiction' ? 'contradiction' : 'precision';
}

/** Decide whether one slot's occurrences disagree, and build the conflict row. */
function judgeSlot(
  input: ConflictInput,
  members: Occurrence[],
  names: Map<string, string>,
  creditOf: CreditOf,
  storyDay: number | null,
): Conflict | null {
  const order = (o: Occurrence) => input.articleOrder.indexOf(input.claims[o.claim]!.article) * 1e9 + input.claims[o.claim]!.start;
  const ordered = [...members].sort((a, b) => order(a) - order(b));
  // Value groups: equal values (after conversion to one unit) together.
  const grouped: Occurrence[][] = [];
  for (const o of ordered) {
    // Equal values, or one figure with and without a hedge ("at least 12 people" / "12 people"), are one group.
    const home = grouped.find((c) => {
      const relation = compareFacts(c[0]!.fact, o.fact).relation;
      return relation === 'equal' || (relation === 'compatible' && c[0]!.fact.value === o.fact.value);
    });
    if (home) home.push(o);
    else grouped.push([o]);
  }
  if (grouped.length < 2) return null;
  const articlesOf = (c: Occurrence[]) => new Set(c.map((o) => input.claims[o.claim]!.article));
  // An outlet that gives a value other outlets dispute and another value too tells two moments
  // or measures ("called at 06:00 … just before 8am crews requested …"): a value whose every
  // outlet is such an outlet is no side of the row, unless an outlet credits its two values to
  // different sources ("police said 12; witnesses said 20").
  const sides = toldAlone(grouped.map((c) => ({ c, articles: articlesOf(c) })));
  const withSide = new Set(sides.flatMap((s) => [...s.articles]));
  const isSide = (c: Occurrence[]) => {
    const own = articlesOf(c);
    if (sides.some((s) => s.c === c) || ![...own].every((a) => withSide.has(a))) return true;
    return sides.some((s) => {
      const both = [...own].filter((a) => s.articles.has(a));
      return both.length > 0 && creditsDiffer(input, c, s.c, both, creditOf);
    });
  };
  const classes = grouped.filter(isSide);
  if (classes.length < 2) return null;
  let anyContradiction = false;
  let anyConflict = false;
  let allUpdates = true;
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) {
      const ai = articlesOf(classes[i]!);
      const aj = articlesOf(classes[j]!);
      // Outlets that give both values are telling two measures apart ("$334 million, including
      // $281 million in cash"): when half the outlets of the smaller value give the other too, the
      // two are not a dispute, unless those outlets credit them to different sources.
      const both = [...ai].filter((a) => aj.has(a));
      if (both.length * 2 >= Math.min(ai.size, aj.size) && !creditsDiffer(input, classes[i]!, classes[j]!, both, creditOf)) continue;
      const kind = kindBetween(input, classes[i]![0]!, classes[j]![0]!);
      if (!kind) continue;
      anyConflict = true;
      if (kind !== 'update') allUpdates = false;
      if (kind === 'contradiction') anyContradiction = true;
    }
  }
  if (!anyConflict) return null;
  const kind: Conflict['kind'] = anyContradiction ? 'contradiction' : allUpdates ? 'update' : 'precision';
  const values: ConflictValue[] = classes.map((c) => valueOf(input, c, creditOf));
  values.sort((a, b) => b.articles.length - a.articles.length);
  const first = ordered[0]!;
  return {
    id: `c:${input.claims[first.claim]!.id}:${first.written.start}`,
    topic: topicOf(input.claims, members, names),
    kind,
    slot: first.fact.kind,
    background: isBackground(input, members, storyDay),
    values,
  };
}

/** In the articles that give both values, are the two credited to different sources ("police said 12; witnesses said 20")? */
function creditsDiffer(input: ConflictInput, x: Occurrence[], y: Occurrence[], articles: string[], creditOf: CreditOf): boolean {
  return articles.every((a) => {
    const cx = x.filter((o) => input.claims[o.claim]!.article === a).map(creditOf);
    const cy = y.filter((o) => input.claims[o.claim]!.article === a).map(creditOf);
    return cx.some((c) => c !== null) && cy.some((c) => c !== null) && !cx.some((c) => cy.includes(c));
  });
}

/** One value group as the report shows it: the words as first written, its outlets, evidence and source. */
function valueOf(input: ConflictInput, group: Occurrence[], creditOf: CreditOf): ConflictValue {
  const first = group[0]!;
  const credits = new Map<string, number>();
  for (const o of group) {
    const who = creditOf(o);
    if (who) credits.set(who, (credits.get(who) ?? 0) + 1);
  }
  const attributedTo = [...credits].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? null;
  const evidence: Evidence[] = [];
  for (const o of group) {
    const e = evidenceOf(input.claims[o.claim]!);
    if (!evidence.some((x) => x.article === e.article && x.start === e.start)) evidence.push(e);
  }
  return {
    value: first.written.text,
    normalized: displayNormalized(first),
    articles: [...new Set(group.map((o) => input.claims[o.claim]!.article))].sort(),
    evidence,
    attributedTo,
    qualifier: first.written.qualifier,
    unit: first.written.unit || null,
  };
}

/** Evidence of a claim: its sentence. */
export function evidenceOf(claim: Claim): Evidence {
  return { article: claim.article, text: claim.sentence.text, start: claim.start, end: claim.end };
}
