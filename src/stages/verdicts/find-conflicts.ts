/**
 * Conflicts: the same slot (what a value measures, about the same participants) given
 * incompatible values by different articles. Example: "held an inter-delegation meeting that
 * lasted 5 and a half hours" vs "met with Foreign Minister Qin Gang for seven and a half hours":
 * both durations, both about the meeting of Blinken and Qin Gang → contradiction.
 * Precision first: facts are paired only when their kind and unit match, the words around them
 * name the same measure, they share a participant and no participant or date tells them apart.
 */
import type { Claim } from '../../model/claim.js';
import type { Fact } from '../../model/fact.js';
import type { Entity } from '../../model/mention.js';
import type { Conflict, ConflictValue, Evidence } from '../../model/report.js';
import { compareFacts, factSlot, isLikelyUpdate, tollUnits } from '../facts/index.js';
import slotConcepts from './data/slot-concepts.json' with { type: 'json' };
import { stemWord } from '../claims/tokenize.js';
import { cosine, type ClaimIndex } from '../claim-groups/claim-index.js';

/** Options of findConflicts, with defaults. */
export interface ConflictOptions {
  /** Least claim similarity for two facts to be about the same thing. Default 0.12. */
  minSimilarity: number;
  /** Postings longer than this are skipped when looking for candidate pairs. Default 200. */
  maxPosting: number;
}

export const defaultConflictOptions: Readonly<ConflictOptions> = Object.freeze({ minSimilarity: 0.12, maxPosting: 200 });

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
}

interface Occurrence {
  claim: number;
  fact: Fact;
  slot: Set<string>;
  /** The slot's words as factSlot gives them, for the topic a reader sees. */
  label: string[];
  persons: Set<string>;
  entities: Set<string>;
}

/**
 * A date two articles can be compared on: resolved, or written with its month ("March 3", "in
 * May"). A bare weekday with no reference day ("on Monday") could be any week: not compared.
 */
function isComparableDate(fact: Fact): boolean {
  if (fact.resolution === 'unresolved') return fact.unit !== 'weekday';
  // Resolved against a day guessed for the whole story (no published date): only a written
  // month and day ("Dec. 21") survives the guess; "yesterday", "Tuesday", "in May" do not.
  if (fact.resolution === 'relative-to-story') return monthAndDay.test(fact.text);
  return true;
}

const monthAndDay = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

/**
 * Figures that are a window or a share of something, not the measure itself: "his first 17
 * passes", "over the past 3 years", "29 of 34 passes", "with 12 seconds left", "twice". On real
 * news these were always different things from the other outlets' figures.
 */
function isPartialFigure(fact: Fact, sentence: string, start: number, end: number): boolean {
  // "He will take over … in 2014": whose figure or date it is rests on a pronoun; comparing it guesses.
  if (/^(?:he|she|they|it|his|her|their|its)\b/i.test(sentence.trimStart())) return true;
  if (fact.kind !== 'quantity' && fact.kind !== 'duration' && fact.kind !== 'money') return false;
  if (fact.kind === 'quantity' && fact.unit === 'time') return true; // "twice", "three times"
  const before = sentence.slice(Math.max(0, start - 24), start);
  const after = sentence.slice(end, end + 24);
  if (/\b(?:first|last|final|next|past|previous|another|other|opening|closing)\s+$/i.test(before)) return true;
  if (/\d\s+(?:of|out of)\s+$/i.test(before) || /^\s+(?:of|out of)\s+(?:his|her|their|its|the)?\s*\d/i.test(after)) return true;
  if (/^\s+(?:left|remaining|to go|to play)\b/i.test(after)) return true;
  // "had five points during a 15-2 run", "in the first half": a figure of a part of the event.
  if (/^\s+(?:during|in the (?:first|second|third|fourth|final|last) )/i.test(after)) return true;
  // "nine days before the inauguration", "three years ago": an offset between two events.
  if (fact.kind === 'duration' && /^\s+(?:before|after|earlier|later|ago|since)\b/i.test(after)) return true;
  return false;
}

/** Is the offset inside quotation marks in the sentence? ("Yesterday I was stopped," he said.) */
function insideQuote(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

/** Find fact conflicts between articles. Sorted: contradictions first, then by topic. */
export function findConflicts(input: ConflictInput, options: Partial<ConflictOptions> = {}): Conflict[] {
  const opts = { ...defaultConflictOptions, ...options };
  const personIds = new Set(input.entities.filter((e) => e.type === 'person').map((e) => e.id));
  const names = new Map(input.entities.map((e) => [e.id, e.name]));

  // 1. Every fact with its slot words and participants, bucketed by (kind, unit).
  const buckets = new Map<string, Occurrence[]>();
  input.claims.forEach((claim, ci) => {
    for (const fact of claim.facts) {
      if (fact.kind === 'ordinal') continue; // "second day", "first joint talks": too ambiguous to compare
      if (fact.kind === 'date' && !isComparableDate(fact)) continue;
      if (isPartialFigure(fact, claim.sentence.text, fact.start - claim.sentence.start, fact.end - claim.sentence.start)) continue;
      // A relative date inside a quote counts from the speaker's day, not the article's.
      if (fact.kind === 'date' && fact.resolution !== 'absolute' && insideQuote(claim.sentence.text, fact.start - claim.sentence.start)) continue;
      const label = String(factSlot(fact, claim.sentence.text) ?? '').split(/\s+/).filter((w) => w.length > 1);
      const slot = slotWords(label);
      // A count of people hit names its own measure: "killing 12 people" and "the toll rose to 17" are both the dead.
      if (fact.kind === 'quantity' && tollUnits.has(fact.unit)) slot.add(`#${fact.unit}`);
      if (slot.size === 0) continue;
      const occurrence: Occurrence = {
        claim: ci,
        fact,
        slot,
        label,
        persons: new Set(claim.entities.filter((e) => personIds.has(e))),
        entities: new Set(claim.entities),
      };
      const key = `${fact.kind}|${fact.unit}`;
      const list = buckets.get(key) ?? [];
      list.push(occurrence);
      buckets.set(key, list);
    }
  });

  const conflicts: Conflict[] = [];
  // Dates first (keys sort "date|…" before the other kinds): a date that is itself disputed
  // ("Dec. 21" vs "Sunday") must not keep the other facts of those sentences apart.
  const disputed = new Set<string>();
  for (const [key, occurrences] of [...buckets].sort(([a], [b]) => a.localeCompare(b))) {
    if (new Set(occurrences.map((o) => input.claims[o.claim]!.article)).size < 2) continue;
    // 2. Candidate pairs through an inverted index on slot words and entities.
    const postings = new Map<string, number[]>();
    occurrences.forEach((o, i) => {
      for (const t of [...o.slot, ...[...o.entities].map((e) => '@' + e)]) {
        const list = postings.get(t) ?? [];
        list.push(i);
        postings.set(t, list);
      }
    });
    const parent = occurrences.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const linked: [number, number][] = [];
    for (let i = 0; i < occurrences.length; i++) {
      const seen = new Set<number>();
      for (const t of occurrences[i]!.slot) {
        const list = postings.get(t)!;
        if (list.length > opts.maxPosting) continue;
        for (const j of list) {
          if (j <= i || seen.has(j)) continue;
          seen.add(j);
          if (find(i) === find(j)) continue; // already one slot: no need to compare again
          if (sameSlot(input, occurrences[i]!, occurrences[j]!, opts, disputed)) linked.push([i, j]);
        }
      }
    }
    const isLinked = new Set<number>();
    for (const [i, j] of linked) {
      parent[find(i)] = find(j);
      isLinked.add(i).add(j);
    }
    // 3. Each connected slot with two or more different values across articles is a conflict.
    const clusters = new Map<number, Occurrence[]>();
    occurrences.forEach((o, i) => {
      if (!isLinked.has(i)) return;
      const root = find(i);
      clusters.set(root, [...(clusters.get(root) ?? []), o]);
    });
    for (const members of clusters.values()) {
      const conflict = judgeSlot(input, members, key, names);
      if (!conflict) continue;
      conflicts.push(conflict);
      if (conflict.slot === 'date') for (const v of conflict.values) for (const a of v.articles) disputed.add(`${a}|${v.normalized}`);
    }
  }
  const rank = { contradiction: 0, update: 1, precision: 2 } as const;
  return conflicts.sort((a, b) => rank[a.kind] - rank[b.kind] || a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id));
}

/** Slot words as stems, plus the event each names ("~meet" for talk and meet). */
function slotWords(list: string[]): Set<string> {
  const words = new Set(list.map((w) => stemWord(w.toLowerCase())).filter((w) => w.length > 1));
  for (const w of [...words]) {
    const concept = conceptOf.get(w);
    if (concept) words.add(`~${concept}`);
  }
  return words;
}

/** Stem → the event it names, from data/slot-concepts.json ("talk" and "meet" → ~meet). */
const conceptOf = new Map<string, string>(
  Object.entries(slotConcepts as Record<string, string[] | string>)
    .filter(([k]) => !k.startsWith('_'))
    .flatMap(([concept, stems]) => (stems as string[]).map((stem) => [stem, concept] as [string, string])),
);

/** Slot words too common to say what a figure measures. */
const weakSlotWords = new Set(['say', 'told', 'tell', 'report', 'accord', 'add', 'state', 'announc']);

/** Two figures further apart than this factor are not one measure reported differently. */
const maxValueRatio = 8;

/** Whether two facts measure the same thing about the same participants. */
function sameSlot(input: ConflictInput, x: Occurrence, y: Occurrence, opts: ConflictOptions, disputed: Set<string>): boolean {
  const cx = input.claims[x.claim]!;
  const cy = input.claims[y.claim]!;
  if (cx.article === cy.article) return false;
  // Figures far apart ("two-day visit" vs "met for 35 minutes", "$281 million" vs "$9") measure
  // different things: a misreport does not turn minutes into days. Tolls are exempt: early
  // counts are often far below later ones.
  const isToll = x.fact.kind === 'quantity' && tollUnits.has(x.fact.unit);
  if (!isToll && x.fact.kind !== 'date' && x.fact.kind !== 'time' && Math.max(Math.abs(x.fact.value), Math.abs(y.fact.value)) > maxValueRatio * Math.min(Math.abs(x.fact.value), Math.abs(y.fact.value))) return false;
  const sharedSlot = [...x.slot].filter((w) => y.slot.has(w)).length;
  if (sharedSlot === 0) return false;
  // Participants: both name people and each names someone the other does not → two different events.
  const onlyX = [...x.persons].filter((p) => !y.persons.has(p));
  const onlyY = [...y.persons].filter((p) => !x.persons.has(p));
  if (onlyX.length > 0 && onlyY.length > 0) return false;
  const sharedEntities = [...x.entities].filter((e) => y.entities.has(e)).length;
  if (x.entities.size > 0 && y.entities.size > 0 && sharedEntities === 0) return false;
  const sameGroup = input.groupOf.get(cx.id) === input.groupOf.get(cy.id);
  const similarity = cosine(input.index.vectors[x.claim]!, input.index.vectors[y.claim]!);
  if (!sameGroup && similarity < opts.minSimilarity) return false;
  // Without a shared participant, only sentences aligned as one statement say what the value is
  // about: on real news, "caught 29 passes" and "caught 39 passes" were two players or seasons.
  if (sharedEntities === 0 && !sameGroup) return false;
  // Sentences not aligned as one statement must share two participants ("Blinken met Qin Gang …"
  // in both); one shared team or city was on real news most often two different figures of it.
  // A toll is the story's own count and needs one.
  // Two shared words naming the measure ("spent the night" in shelters) stand in for the second participant.
  const strongSlot = [...x.slot].filter((w) => y.slot.has(w) && !w.startsWith('~') && !weakSlotWords.has(w)).length >= 2;
  if (!sameGroup && sharedEntities < (isToll || strongSlot ? 1 : 2)) return false;
  // Other dates in the two sentences that disagree mean two different occasions.
  if (x.fact.kind !== 'date' && datesDiffer(cx, cy, disputed)) return false;
  return true;
}

/** Do the two sentences carry dates that tell two occasions apart? Dates the sources dispute do not count. */
function datesDiffer(a: Claim, b: Claim, disputed: Set<string>): boolean {
  const datesOf = (c: Claim) =>
    c.facts.filter((f) => f.kind === 'date' && isComparableDate(f) && !disputed.has(`${c.article}|${f.normalized}`)).map((f) => f.normalized);
  const da = datesOf(a);
  const db = datesOf(b);
  if (da.length === 0 || db.length === 0) return false;
  return !da.some((x) => db.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/** Decide whether one slot's facts disagree, and how. */
function judgeSlot(input: ConflictInput, members: Occurrence[], key: string, names: Map<string, string>): Conflict | null {
  // Group equal values.
  const classes: Occurrence[][] = [];
  const ordered = [...members].sort((a, b) => order(input, a) - order(input, b));
  for (const o of ordered) {
    const home = classes.find((c) => compareFacts(c[0]!.fact, o.fact).relation === 'equal');
    if (home) home.push(o);
    else classes.push([o]);
  }
  if (classes.length < 2) return null;
  const articlesByClass = classes.map((c) => new Set(c.map((o) => input.claims[o.claim]!.article)));
  // An article on two sides means the slot mixes two measures ("15 years at the plant" and a
  // co-worker's "37 years"): on real news such groups were always wrong, so none is reported.
  const seen = new Set<string>();
  for (const set of articlesByClass) for (const id of set) {
    if (seen.has(id)) return null;
    seen.add(id);
  }
  // More than two incompatible figures for one slot is a slot gathering different holders
  // (players' yardages, parts of one price), not one figure misreported three ways.
  if (countValueGroups(classes.map((c) => c[0]!.fact)) > maxValueGroups) return null;
  // Every pair of classes from different articles must truly conflict.
  let kind: Conflict['kind'] | null = null;
  let allUpdates = true;
  let anyContradiction = false;
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) {
      const a = classes[i]![0]!;
      const b = classes[j]![0]!;
      const verdict = compareFacts(a.fact, b.fact);
      if (verdict.relation !== 'conflict') continue;
      kind = kind ?? 'precision';
      const pa = input.published.get(input.claims[a.claim]!.article) ?? null;
      const pb = input.published.get(input.claims[b.claim]!.article) ?? null;
      const update = isLikelyUpdate(a.fact, b.fact, pa, pb) || isLikelyUpdate(b.fact, a.fact, pb, pa);
      if (!update) allUpdates = false;
      if (verdict.kind === 'contradiction' && !update) anyContradiction = true;
    }
  }
  if (!kind) return null;
  // Values held only by articles that also hold another value are an article revising itself.
  const distinctArticles = new Set(articlesByClass.flatMap((s) => [...s]));
  if (distinctArticles.size < 2) return null;
  kind = anyContradiction ? 'contradiction' : allUpdates ? 'update' : 'precision';
  const values: ConflictValue[] = classes.map((c) => ({
    value: c[0]!.fact.text,
    normalized: c[0]!.fact.normalized,
    articles: [...new Set(c.map((o) => input.claims[o.claim]!.article))].sort(),
    evidence: c.map((o) => evidenceOf(input.claims[o.claim]!)),
  }));
  const first = classes[0]![0]!;
  return {
    id: `c:${input.claims[first.claim]!.id}:${first.fact.start}`,
    topic: topicOf(members, key, names),
    kind,
    slot: first.fact.kind,
    values,
  };
}

/** Most distinct figures a conflict may have (compatible ones, "at least 12" and "12", count once). */
const maxValueGroups = 2;

/** How many groups of mutually compatible values: a value joins the first group it does not conflict with. */
function countValueGroups(facts: Fact[]): number {
  const groups: Fact[][] = [];
  for (const f of facts) {
    const home = groups.find((g) => g.every((x) => compareFacts(x, f).relation !== 'conflict'));
    if (home) home.push(f);
    else groups.push([f]);
  }
  return groups.length;
}

function order(input: ConflictInput, o: Occurrence): number {
  const claim = input.claims[o.claim]!;
  return input.articleOrder.indexOf(claim.article) * 1e9 + claim.start;
}

/** Evidence of a claim: its sentence. */
export function evidenceOf(claim: Claim): Evidence {
  return { article: claim.article, text: claim.sentence.text, start: claim.start, end: claim.end };
}

const kindLabels: Record<string, string> = {
  duration: 'how long',
  date: 'when',
  time: 'what time',
  money: 'how much',
  percent: 'what share',
  quantity: 'how many',
};

/** A plain-words topic: "how long — Antony Blinken, Qin Gang (meet delegation last)". */
function topicOf(members: Occurrence[], key: string, names: Map<string, string>): string {
  const [kind, unit] = key.split('|') as [string, string];
  const words = new Map<string, number>();
  const ents = new Map<string, number>();
  for (const m of members) {
    for (const w of new Set(m.label)) if (!weakSlotWords.has(w)) words.set(w, (words.get(w) ?? 0) + 1);
    for (const e of m.entities) ents.set(e, (ents.get(e) ?? 0) + 1);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m].filter(([, c]) => c >= 2 || m.size <= n).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([w]) => w);
  const slot = top(words, 3).join(' ');
  const who = top(ents, 2).map((e) => names.get(e) ?? e).join(', ');
  return `${quantityLabel(kind, unit)}${who ? ` — ${who}` : ''}${slot ? ` (${slot})` : ''}`;
}

/** "how long", "when", "how many dead", "how many residents", "what magnitude". */
function quantityLabel(kind: string, unit: string): string {
  if (kind !== 'quantity' || !unit) return kindLabels[kind] ?? kind;
  if (unit === 'magnitude') return 'what magnitude';
  if (tollUnits.has(unit)) return `how many ${unit}`;
  const plural = /(?:s|x|ch|sh)$/.test(unit) ? `${unit}es` : /[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`;
  return `how many ${plural}`;
}
