/**
 * Step 2 of conflict finding: candidate pairs of occurrences from different articles that give
 * different values of one kind and dimension, each with the features the pair model reads.
 * Blocking: occurrences are bucketed by kind and dimension; a small bucket (a story's times, its
 * lengths) is compared whole, a large one only through shared slot words, entities or claim
 * groups (an inverted index with long postings skipped), so a 1,000-article story never
 * compares all pairs.
 *
 *   "fell about 200 feet from a ridge" × "fell approximately 200 metres down a gully"
 *     → shared slot {fell}, one shared person, values 61 m vs 200 m (log ratio 1.2), both exact-ish
 */
import type { Claim } from '../../model/claim.js';
import { compareFacts, type FactComparison } from '../facts/index.js';
import { cosine, type ClaimIndex } from '../claim-groups/claim-index.js';
import { weakSlotWords, type Occurrence } from './conflict-occurrences.js';
import { isComparableDate } from './conflict-occurrences.js';
import { acronymOf, initialsOf } from '../entities/name-keys.js';
import seriesOrdinals from './data/series-ordinals.json' with { type: 'json' };


/** Names of the pair features, in the order `pairFeatures` returns them (the model's weights follow it). */
export const featureNames = [
  'bias',
  'sharedSlot',
  'slotJaccard',
  'sharedConcept',
  'sharedEntities',
  'distinctPersons',
  'cosine',
  'sameGroup',
  'logRatio',
  'partial',
  'datesDiffer',
  'kindDate',
  'kindTime',
  'kindDuration',
  'kindCount',
  'kindMeasure',
  'kindMoneyPercent',
  'precisionOnly',
  'ambiguity',
  'lead',
  'quoted',
  'noSlot',
  'tollCount',
  'anchorSame',
  'anchorDiffer',
  'farSharedSlot',
  'farCosine',
  'farSameGroup',
  'contextDatesDiffer',
] as const;

/** One candidate pair: indices into the occurrences, its features, and whether the two values are equal. */
export interface CandidatePair {
  a: number;
  b: number;
  features: number[];
  /** Equal values: not a disagreement, but evidence that two outlets report one measure (used to build value groups). */
  isEqual: boolean;
  /** The two sentences state one event about the same participants (see isSharedStatement): linked whatever the model says. */
  isSharedStatement: boolean;
  /** Both values are written as one kind of attribute of one person or organisation (see Occurrence.isAttribute): linked whatever the model says. */
  isSameAttribute: boolean;
}

/** Two figures further apart than this factor are not one measure reported differently ("two-day visit" vs "35 minutes"). */
const maxValueRatio = 8;

/** What the pair finder needs about the story. */
export interface PairInput {
  claims: Claim[];
  index: ClaimIndex;
  /** Claim id → claim group id. */
  groupOf: Map<string, string>;
}

/** Options of the pair finder, with defaults. */
export interface PairOptions {
  /** A bucket this small is compared whole. Default 48. */
  wholeBucket: number;
  /** Postings longer than this are skipped in a large bucket. Default 60. */
  maxPosting: number;
}

export const defaultPairOptions: Readonly<PairOptions> = Object.freeze({ wholeBucket: 48, maxPosting: 60 });

const measureUnits = new Set(['length', 'area', 'mass', 'speed', 'magnitude', 'degree']);

/** Do the two sentences carry dates that tell two occasions apart? Dates inside the pair's own values do not count. */
function datesDiffer(a: Claim, b: Claim): boolean {
  const datesOf = (c: Claim) => c.facts.filter((f) => f.kind === 'date' && isComparableDate(f)).map((f) => f.normalized);
  const da = datesOf(a);
  const db = datesOf(b);
  if (da.length === 0 || db.length === 0) return false;
  return !da.some((x) => db.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/** The features of one pair (see featureNames). `perArticle` counts each article's occurrences in the bucket; `verdict` is the two values' comparison when the caller has it. */
export function pairFeatures(input: PairInput, x: Occurrence, y: Occurrence, perArticle: Map<string, number>, verdict: FactComparison = compareFacts(x.fact, y.fact)): number[] {
  const cx = input.claims[x.claim]!;
  const cy = input.claims[y.claim]!;
  const strong = (s: Set<string>) => [...s].filter((w) => !w.startsWith('~') && !weakSlotWords.has(w));
  const sx = strong(x.slot);
  const sy = new Set(strong(y.slot));
  const shared = sx.filter((w) => sy.has(w)).length;
  const union = new Set([...sx, ...sy]).size;
  const sharedConcept = [...x.slot].some((w) => w.startsWith('~') && y.slot.has(w)) ? 1 : 0;
  const sharedEntities = [...x.entities].filter((e) => y.entities.has(e)).length;
  const onlyX = [...x.persons].some((p) => !y.persons.has(p));
  const onlyY = [...y.persons].some((p) => !x.persons.has(p));
  const kind = x.fact.kind;
  const isMeasure = kind === 'quantity' && measureUnits.has(x.fact.unit);
  const isValueScaled = kind !== 'date' && kind !== 'time' && kind !== 'ordinal';
  const lo = Math.min(Math.abs(x.fact.value), Math.abs(y.fact.value));
  const hi = Math.max(Math.abs(x.fact.value), Math.abs(y.fact.value));
  const logRatio = isValueScaled ? Math.min(3, Math.log((hi + 1e-9) / (lo + 1e-9))) : 0;
  const crowd = (perArticle.get(cx.article) ?? 1) + (perArticle.get(cy.article) ?? 1) - 2;
  const sameGroup = input.groupOf.get(cx.id) === input.groupOf.get(cy.id) ? 1 : 0;
  const sim = cosine(input.index.vectors[x.claim]!, input.index.vectors[y.claim]!);
  // Far values (not within each other's hedges) need more proof of one measure than close ones.
  const far = verdict.kind === 'precision' ? 0 : 1;
  return [
    1,
    Math.min(shared, 3),
    union ? shared / union : 0,
    sharedConcept,
    Math.min(sharedEntities, 3),
    onlyX && onlyY ? 1 : 0,
    sim,
    sameGroup,
    logRatio,
    x.isPartial || y.isPartial ? 1 : 0,
    kind !== 'date' && datesDiffer(cx, cy) ? 1 : 0,
    kind === 'date' ? 1 : 0,
    kind === 'time' ? 1 : 0,
    kind === 'duration' ? 1 : 0,
    kind === 'quantity' && !isMeasure ? 1 : 0,
    isMeasure ? 1 : 0,
    kind === 'money' || kind === 'percent' ? 1 : 0,
    verdict.kind === 'precision' ? 1 : 0,
    Math.log(1 + crowd),
    x.position < 3 && y.position < 3 ? 1 : 0,
    x.isQuoted || y.isQuoted ? 1 : 0,
    sx.length === 0 || sy.size === 0 ? 1 : 0,
    x.slot.has(`#${x.fact.unit}`) && y.slot.has(`#${y.fact.unit}`) ? 1 : 0,
    x.anchor !== null && x.anchor === y.anchor ? 1 : 0,
    x.anchor !== null && y.anchor !== null && x.anchor !== y.anchor ? 1 : 0,
    far * Math.min(shared, 3),
    far * sim,
    far * sameGroup,
    kind !== 'date' && datesDiffer(contextOf(input, x.claim), contextOf(input, y.claim)) ? 1 : 0,
  ];
}

/**
 * The rule the project used before the pair model, kept because it is precise on the kind of
 * dispute the model has few examples of: two sentences naming the same measure (a shared slot
 * word or near-synonym event: "talks" / "met") about at least two shared participants, with no
 * person only one of them names and no date telling the occasions apart.
 * Example: "Blinken held talks with Qin Gang on Dec. 21" / "Blinken met Qin Gang on June 18".
 */
function isSharedStatement(input: PairInput, x: Occurrence, y: Occurrence): boolean {
  const shared = [...x.slot].filter((w) => y.slot.has(w) && !weakSlotWords.has(w)).length;
  if (shared === 0) return false;
  if ([...x.persons].some((p) => !y.persons.has(p)) && [...y.persons].some((p) => !x.persons.has(p))) return false;
  const sharedEntities = [...x.entities].filter((e) => y.entities.has(e)).length;
  const cx = input.claims[x.claim]!;
  const cy = input.claims[y.claim]!;
  const sameGroup = input.groupOf.get(cx.id) === input.groupOf.get(cy.id);
  if (!sameGroup && (sharedEntities < 2 || cosine(input.index.vectors[x.claim]!, input.index.vectors[y.claim]!) < 0.12)) return false;
  return x.fact.kind === 'date' || !datesDiffer(cx, cy);
}

/** Slot stems of events that happen once to what they are about: a founding, a birth, a death, a marriage. */
const onceEvents = new Set(['born', 'found', 'establish', 'death', 'marri', 'incorporat']);

/**
 * Two dates of one once-only event of one named participant: "the gang was founded in the 1930's
 * by … Charles (Lucky) Luciano" / "the crime family founded in 1931 by … Charles 'Lucky'
 * Luciano". The event is a slot word of both dates, a participant is shared, and one side names
 * no person the other does not.
 */
function isOnceEvent(x: Occurrence, y: Occurrence): boolean {
  if (x.fact.kind !== 'date' || y.fact.kind !== 'date') return false;
  // Slot words are lemmas: "was found on Monday" gives "find", only "founded" gives "found".
  if (![...x.slot].some((w) => onceEvents.has(w) && y.slot.has(w))) return false;
  if (![...x.entities].some((e) => y.entities.has(e))) return false;
  return ![...x.persons].some((p) => !y.persons.has(p)) || ![...y.persons].some((p) => !x.persons.has(p));
}

/**
 * A sentence with the dates of the sentence before it in its article: "In 1959 he was convicted
 * of heroin trafficking. He was sentenced to seven years." dates the sentence to 1959.
 */
function contextOf(input: PairInput, index: number): Claim {
  const claim = input.claims[index]!;
  const previous = input.claims[index - 1];
  if (!previous || previous.article !== claim.article || claim.facts.some((f) => f.kind === 'date')) return claim;
  return { ...claim, facts: [...claim.facts, ...previous.facts.filter((f) => f.kind === 'date')] };
}

/**
 * Is entity `short` the initials of entity `long` ("e:ibf", "e:international-boxing-federation")?
 * The names are read from the ids with the entity stage's own acronym and initials readers. The
 * entity stage links a short acronym to a name in another outlet only when the name is a body's
 * ("IBF" = "International Boxing Federation"; "BBC" and a "Banstead Baptist Church" are two), since
 * a link is shown as one name; here the test only lifts the anchor veto on a pair the pair model
 * still judges, so "may be one body" is enough.
 */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = acronymOf(short.replace(/^e:/, '').replace(/-/g, '').toUpperCase());
  return letters !== null && initialsOf(long.replace(/^e:/, '').replace(/-/g, ' ')).has(letters);
}

/** Units of a numbered series an anchor has one at a time (data/series-ordinals.json). */
const seriesUnits = new Set(seriesOrdinals.units);

/**
 * Two numbers of one series of a name both sentences give: "Klitschko's sixth defense of the IBF
 * belt" and "retained his International Boxing Federation title for the fifth time" number the
 * same defense, whatever words surround them.
 */
function isSameSeries(x: Occurrence, y: Occurrence): boolean {
  if (x.fact.kind !== 'ordinal' || y.fact.kind !== 'ordinal' || x.fact.unit !== y.fact.unit || !seriesUnits.has(x.fact.unit)) return false;
  // Two people's series are two series: "Smith's third term" is not "Jones's second term".
  if (x.persons.size > 0 && y.persons.size > 0 && ![...x.persons].some((p) => y.persons.has(p))) return false;
  const same = (a: string, b: string) => a === b || isAcronymOf(a, b) || isAcronymOf(b, a);
  return [...x.entities].some((a) => [...y.entities].some((b) => same(a, b)));
}

const lowerBounds = new Set(['at-least', 'more-than']);
const upperBounds = new Set(['at-most', 'less-than', 'up-to']);

/**
 * Two bounds on the same side of nearly one figure agree: "more than half a dozen versions" and
 * "at least six versions" can both be true and say the same.
 */
function isSameBound(x: Occurrence, y: Occurrence): boolean {
  const qx = x.written.qualifier;
  const qy = y.written.qualifier;
  const sameSide = (lowerBounds.has(qx) && lowerBounds.has(qy)) || (upperBounds.has(qx) && upperBounds.has(qy));
  const hi = Math.max(Math.abs(x.fact.value), Math.abs(y.fact.value));
  return sameSide && hi > 0 && Math.abs(x.fact.value - y.fact.value) / hi <= 0.1;
}

/**
 * Pairs that are never one measure, whatever the model says; each rule came from real news:
 * a share or window of a figure ("29 of 34 passes", "his first 17 passes"); values said of two
 * different people or organisations ("59-year-old Raj Chohan" vs "23-year-old Vishwanand
 * Subryan", "the Orioles offered $140 million" vs "the Red Sox … $184 million"); sums paid for
 * different things ("$40 million for the arena site" vs "$25 million in player bonuses"); figures more
 * than 8× apart, which a misreport does not produce (tolls exempt: early counts run far below
 * later ones).
 */
function isExcluded(x: Occurrence, y: Occurrence): boolean {
  if (x.isPartial || y.isPartial) return true;
  // An age and another span of years are two measures: "Smith, 26," vs "the show has been running
  // for 45 years"; "LaSalle, 36," vs "he faces up to 55 years in prison".
  if (x.isAge !== y.isAge) return true;
  // A part of a measure and the whole, or two parts: "176 receiving yards" vs "404 yards".
  if (x.fact.kind === 'quantity' && x.subMeasure !== y.subMeasure) return true;
  if (isSameBound(x, y)) return true;
  if (x.anchor !== null && y.anchor !== null && x.anchor !== y.anchor && !isAcronymOf(x.anchor, y.anchor) && !isAcronymOf(y.anchor, x.anchor) && !isSameSeries(x, y)) return true;
  // Sums paid for different things: "$40 million for the arena site" vs "$25 million in player bonuses".
  if (x.object.size > 0 && y.object.size > 0 && ![...x.object].some((w) => y.object.has(w))) return true;
  const kind = x.fact.kind;
  const isToll = x.slot.has(`#${x.fact.unit}`) && y.slot.has(`#${y.fact.unit}`);
  if (isToll || kind === 'date' || kind === 'time' || kind === 'ordinal') return false;
  const lo = Math.min(Math.abs(x.fact.value), Math.abs(y.fact.value));
  const hi = Math.max(Math.abs(x.fact.value), Math.abs(y.fact.value));
  return hi > maxValueRatio * lo;
}

/**
 * Does `o`'s sentence give `other`'s figure without its noun? Then its outlet tells the two
 * measures apart, as when it states both: "about 32 million people tuning in, compared with 55.3
 * million a decade ago" against "55.3 million people tuned in". A whole figure only ("Lumo Q20"
 * and "$20" hold no 20), and not inside another measure of the sentence ("at least 12 shots were
 * fired … just 13 minutes after" says nothing about "13 shots"); a record ("improves to 58-3 with
 * 51 wins") does hold its wins.
 */
function mentionsFigure(input: PairInput, o: Occurrence, other: Occurrence): boolean {
  const figure = /^[^\d]*(\d[\d,. ]*\d|\d)(?:\s*(million|billion|thousand|m|bn|k)\b)?/i.exec(other.written.text);
  if (!figure) return false;
  const text = `${figure[1]!.trim()}${figure[2] ? ` ${figure[2]}` : ''}`;
  const claim = input.claims[o.claim]!;
  const sentence = claim.sentence.text;
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
    if (/[\p{L}\d$£€]/u.test(sentence[at - 1] ?? '') || /[\p{L}\d]/u.test(sentence[at + text.length] ?? '')) continue;
    const start = claim.sentence.start + at;
    if (!claim.facts.some((f) => f.start <= start && start < f.end && !(f.kind === 'quantity' && f.unit === 'record'))) return true;
  }
  return false;
}

/**
 * Candidate pairs: occurrences of one bucket, from different articles, whose values conflict or
 * are equal (merely compatible values, "2009" and "June 2009", say nothing either way). Pairs
 * come out in a fixed order.
 */
export function findCandidatePairs(input: PairInput, occurrences: Occurrence[], options: Partial<PairOptions> = {}): CandidatePair[] {
  const opts = { ...defaultPairOptions, ...options };
  const buckets = new Map<string, number[]>();
  occurrences.forEach((o, i) => {
    const list = buckets.get(o.bucket) ?? [];
    list.push(i);
    buckets.set(o.bucket, list);
  });
  const out: CandidatePair[] = [];
  for (const key of [...buckets.keys()].sort()) {
    const members = buckets.get(key)!;
    const perArticle = new Map<string, number>();
    for (const i of members) {
      const article = input.claims[occurrences[i]!.claim]!.article;
      perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
    }
    if (perArticle.size < 2) continue;
    const byArticle = new Map<string, Occurrence[]>();
    for (const i of members) {
      const o = occurrences[i]!;
      const article = input.claims[o.claim]!.article;
      byArticle.set(article, [...(byArticle.get(article) ?? []), o]);
    }
    // An outlet that states both values tells two measures apart ("$334 million, including $281
    // million in cash"; "between 1991 and 1998"): such a pair is no disagreement (and see mentionsFigure).
    const states = (article: string, o: Occurrence) => byArticle.get(article)!.some((z) => compareFacts(z.fact, o.fact).relation === 'equal');
    const consider = (i: number, j: number) => {
      const x = occurrences[i]!;
      const y = occurrences[j]!;
      const ax = input.claims[x.claim]!.article;
      const ay = input.claims[y.claim]!.article;
      if (ax === ay) return;
      const verdict = compareFacts(x.fact, y.fact);
      const relation = verdict.relation;
      if (relation === 'compatible' || isExcluded(x, y)) return;
      // Equal values only build value groups: a pair with no shared slot word and no shared
      // statement adds nothing there, and skipping it keeps big stories fast.
      if (relation === 'equal' && ![...x.slot].some((w) => y.slot.has(w)) && input.groupOf.get(input.claims[x.claim]!.id) !== input.groupOf.get(input.claims[y.claim]!.id)) return;
      if (relation === 'conflict' && (states(ax, y) || states(ay, x) || mentionsFigure(input, x, y) || mentionsFigure(input, y, x))) return;
      out.push({ a: i, b: j, features: pairFeatures(input, x, y, perArticle, verdict), isEqual: relation === 'equal', isSharedStatement: isSharedStatement(input, x, y) || isOnceEvent(x, y), isSameAttribute: (x.isAttribute && y.isAttribute && x.anchor === y.anchor) || isSameSeries(x, y) });
    };
    if (members.length <= opts.wholeBucket) {
      for (let p = 0; p < members.length; p++) for (let q = p + 1; q < members.length; q++) consider(members[p]!, members[q]!);
      continue;
    }
    // A large bucket: pairs that share a slot word, an entity or a claim group.
    const postings = new Map<string, number[]>();
    const termsOf = (i: number) => {
      const o = occurrences[i]!;
      return [...o.slot, ...[...o.entities].map((e) => `@${e}`), `g:${input.groupOf.get(input.claims[o.claim]!.id) ?? ''}`];
    };
    for (const i of members) for (const t of termsOf(i)) {
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
    for (const i of members) {
      const seen = new Set<number>();
      for (const t of termsOf(i)) {
        const list = postings.get(t)!;
        if (list.length > opts.maxPosting) continue;
        for (const j of list) {
          if (j <= i || seen.has(j)) continue;
          seen.add(j);
          consider(i, j);
        }
      }
    }
  }
  return out;
}
