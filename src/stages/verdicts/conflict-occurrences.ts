/**
 * Step 1 of conflict finding: every comparable fact of the story as an occurrence with what it
 * measures (its slot words and dimension), what it is about (the entities of its sentence) and
 * where it sits (article, sentence order). Figures that cannot be compared across outlets are
 * left out here, each rule with the example that showed it.
 *
 *   "Robert Buckley, 32, fell about 2,000 feet while climbing"
 *     → length 609.6 m (about), slot {fell, climb}, about Robert Buckley
 */
import type { Claim } from '../../model/claim.js';
import type { Fact } from '../../model/fact.js';
import type { Entity } from '../../model/mention.js';
import { factSlot, tollUnits } from '../facts/index.js';
import dimensions from '../facts/data/dimensions.json' with { type: 'json' };
import slotConcepts from './data/slot-concepts.json' with { type: 'json' };
import countedNounFamilies from './data/counted-noun-families.json' with { type: 'json' };
import { stemWord } from '../claims/tokenize.js';

/** One fact in one sentence, ready to be paired with the other outlets' facts. */
export interface Occurrence {
  /** Index of the claim (sentence) in the story's claims. */
  claim: number;
  /** The fact, with measures converted to their dimension's base unit ("30 miles" → 48280 m). */
  fact: Fact;
  /** The fact as written (its own unit). */
  written: Fact;
  /** Blocking key: kind and dimension or counted noun ("quantity|length", "quantity|truck", "time|clock"). */
  bucket: string;
  /** Stems naming the measure, plus "~concept" for near-synonym events and "#toll" for counts of people hit. */
  slot: Set<string>;
  /** The slot's words in text order, as factSlot gives them, for topics. */
  label: string[];
  persons: Set<string>;
  entities: Set<string>;
  /**
   * The person or organisation the value is said of: the nearest such name in its clause
   * ("Robert Buckley, 32," → Robert Buckley; "the 23-year-old Vishwanand Subryan" → Subryan), or null.
   */
  anchor: string | null;
  /** True when the anchor is a person (two different people's ages are never one measure). */
  isPersonAnchor: boolean;
  /**
   * The value is written as an attribute of its anchor, right beside the name: an apposition
   * ("Robert Buckley, 32,"), a parenthesis ("Bowe (45-1, 33 KOs)") or an age before it
   * ("32-year-old Englishman Robert Buckley"). Two outlets giving one person two such values
   * disagree about that person, whatever else their sentences say.
   */
  isAttribute: boolean;
  /** Stems of the words right after a sum of money, naming what it pays for ("for the arena site", "in player bonuses"). */
  object: Set<string>;
  /** Position of the sentence in its article (0 = first). */
  position: number;
  /** A share or window of the measure ("his first 17 passes"), a pronoun-held figure, or inside a quote. */
  isPartial: boolean;
  isQuoted: boolean;
  /** An age: "26-year-old", "aged 26", or a bare number written beside a name ("Smith, 26,"); never one measure with another span of years. */
  isAge: boolean;
  /** The sub-measure words a count is written with, sorted ("176 receiving yards" → "receiving"; data/counted-noun-families.json), or "". */
  subMeasure: string;
}

const dimensionOf = dimensions as unknown as Record<string, [string, number] | string>;

/** Stem → the event it names, from data/slot-concepts.json ("talk" and "meet" → ~meet). */
const conceptOf = new Map<string, string>(
  Object.entries(slotConcepts as Record<string, string[] | string>)
    .filter(([k]) => !k.startsWith('_'))
    .flatMap(([concept, stems]) => (stems as string[]).map((stem) => [stem, concept] as [string, string])),
);

/** Words before a counted noun that name a part of the measure ("receiving", "additional"). */
const subMeasureWords: ReadonlySet<string> = new Set(countedNounFamilies.subMeasures);

/** Slot words too common to say what a figure measures. */
export const weakSlotWords: ReadonlySet<string> = new Set(['say', 'said', 'told', 'tell', 'report', 'accord', 'add', 'state', 'announc', 'includ', 'total']);

const monthAndDay = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

/**
 * A date two articles can be compared on: resolved, or written with its month ("March 3", "in
 * May"). A bare weekday with no reference day ("on Monday") could be any week: not compared.
 */
export function isComparableDate(fact: Fact): boolean {
  if (fact.resolution === 'unresolved') return fact.unit !== 'weekday';
  // Resolved against a day guessed for the whole story: a written month and day, or a month or
  // year ("last December", "the end of this year"), survives the guess; "yesterday" or "Tuesday" does not.
  if (fact.resolution === 'relative-to-story') return monthAndDay.test(fact.text) || /^\d{4}(?:-\d{2}(?:-(?:early|mid|late|W[1-5]))?|-(?:H[12]|Q[1-4]|early|mid|late))?$/.test(fact.normalized);
  return true;
}

/**
 * Figures that are a window or a share of something, not the measure itself: "his first 17
 * passes", "29 of 34 passes", "with 12 seconds left", "twice", "nine days before", "as of 4
 * p.m.". Kept as a
 * feature of the pair model rather than dropped: some real disputes are such figures.
 */
function isPartialFigure(fact: Fact, sentence: string, start: number, end: number): boolean {
  if (fact.kind === 'quantity' && fact.unit === 'time') return true; // "twice", "three times"
  // The moment a running count was read, not when something happened: "cast their ballots as of 4:00 p.m.".
  if ((fact.kind === 'time' || fact.kind === 'date') && /\bas (?:of|at)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start))) return true;
  // An end of a span, not when something happened: "at Betty Ford from September 2010 to January 2011".
  if (fact.kind === 'date') {
    const endsSpan = /\bfrom\s+[^,;.]{1,30}?\s+(?:to|until|through)\s+$/i.test(sentence.slice(Math.max(0, start - 48), start));
    const startsSpan = /\bfrom\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)) && /^\s+(?:to|until|through)\s/i.test(sentence.slice(end, end + 12));
    if (endsSpan || startsSpan) return true;
    // A year that names an edition, not when something happened: "the 2000 National Caring Award", "the 2013 Academy Awards".
    if (/^\d{4}$/.test(fact.text.trim()) && /\b(?:the|a|an|his|her|its|their)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)) && /^\s+\p{Lu}/u.test(sentence.slice(end, end + 3))) return true;
    // A window up to now, not a day: "the second player within the last month to be arrested".
    const lead = sentence.slice(Math.max(0, start - 16), start);
    if (/\bwithin\s+(?:the\s+)?$/i.test(lead) || (/^(?:past|last)\b/i.test(fact.text) && /\b(?:in|over|during)\s+the\s+$/i.test(lead))) return true;
  }
  if (fact.kind !== 'quantity' && fact.kind !== 'duration' && fact.kind !== 'money') return false;
  const before = sentence.slice(Math.max(0, start - 24), start);
  const after = sentence.slice(end, end + 24);
  if (/\b(?:first|last|final|next|past|previous|another|other|opening|closing)\s+$/i.test(before)) return true;
  if (/\d\s+(?:of|out of)\s+$/i.test(before) || /^\s+(?:of|out of)\s+(?:his|her|their|its|the)?\s*\d/i.test(after)) return true;
  // A part of a group: "missing two of their best players", "10 of the Saints' 16 games".
  if (fact.kind === 'quantity' && /^\s+of\s+(?:his|her|their|its|the|our|those|these)\s/i.test(after)) return true;
  // "with 12 seconds left", "with 4:48 remaining": a moment of a game, of which there are many.
  if (/^\s+(?:left|remaining|to go|to play)\b/i.test(after)) return true;
  if (/^\s+(?:during|in the (?:first|second|third|fourth|final|last) )/i.test(after)) return true;
  // A score on the way, not the final one or a record: "stretched its lead to 62-46", "cut the deficit to 50-44", "tied it at 7-7".
  if (fact.unit === 'record' && /\b(?:lead|led|deficit|advantage|margin|trailed|trailing|cut|pulled|closed|tied|made it)\b[^.,;]{0,24}\b(?:to|at|within)\s+$/i.test(sentence.slice(Math.max(0, start - 48), start))) return true;
  if (fact.kind === 'duration' && /^\s+(?:before|after|earlier|later|ago|since)\b/i.test(after)) return true;
  // A component of a price: "including $281 million in cash", "$53 million in stock".
  if (fact.kind === 'money' && (/^\s+in\s+(?:cash|stock|shares|equity|debt|bonuses)\b/i.test(after) || /\b(?:including|plus|of which)\s+$/i.test(before))) return true;
  return false;
}

/** Is the offset inside quotation marks in the sentence? ("Yesterday I was stopped," he said.) */
export function insideQuote(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  const opens = (before.match(/[“«]|``/g) ?? []).length;
  const closes = (before.match(/[”»]|''/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

/** Is the offset inside a web address ("http://…/2007-04-09-…", "www.example.com/…")? */
function isInAddress(sentence: string, offset: number): boolean {
  const before = sentence.slice(Math.max(0, offset - 120), offset);
  // Address parts joined by separators (spaces allowed around them, as tokenised text has it:
  // "www . ens - newswire . com / ens / apr2009 / 2009 - 04 - 28 - 091 . asp").
  return /(?:https?\s*:\s*\/\s*\/|www\s*\.)\s*[\w%~-]*(?:\s*[\/.:?=&#-]\s*[\w%~-]*)*\s*[\/-]?\s*$/i.test(before);
}

/** Is a date at `end` followed by a clock time, as in a page's time stamp ("August 8, 2012 - 4:43 pm")? */
function isTimeStamp(sentence: string, end: number): boolean {
  return /^\s*[-–|,]?\s*\d{1,2}\s*:\s*\d{2}\s*(?:[ap]\.?\s?m\b|GMT|UTC|ET\b)/i.test(sentence.slice(end, end + 20));
}

/**
 * A date or time of the page rather than the story: a line with hardly any words ("February 29,
 * 2012 4:15 PM", "Posted: 09/13/2013") or a posting line ("posted in Hit and Run Accidents on
 * Friday, September 20, 2013").
 */
function isFurniture(sentence: string, offset: number): boolean {
  if ((sentence.match(/\b\p{Ll}{3,}\b/gu) ?? []).length < 4) return true;
  return /\b(?:posted|published|updated|last modified|filed)\b/i.test(sentence.slice(0, offset));
}

/**
 * Is the figure a rule or a condition rather than a report? "can only be declared valid with a
 * turnout of more than 50 percent", "must be at least 18", "needed 60 votes".
 */
function isConditional(sentence: string, offset: number): boolean {
  return /\b(?:can only|could only|must|would need|needs?|needed|required|requires|requirement|minimum|threshold|if|unless|valid with)\b[^,;.]{0,60}$/i.test(sentence.slice(Math.max(0, offset - 70), offset));
}

/** Words that say nothing of what a sum pays for. */
const objectStopWords = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'on', 'to', 'its', 'his', 'her', 'their', 'and', 'or', 'with', 'about', 'some', 'more', 'than', 'million', 'billion', 'thousand', 'dollars', 'euros', 'pounds', 'last', 'this', 'that', 'year', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been', 'be']);

/** Content stems in the few words after a sum, up to a clause break: "$25 million in player bonuses" → {player, bonus}. */
function objectOf(after: string): Set<string> {
  const clause = after.split(/[,;:.()"“”]/, 1)[0]!;
  const words = (clause.match(/\p{Ll}[\p{Ll}'’-]*/gu) ?? []).slice(0, 5).filter((w) => !objectStopWords.has(w));
  return new Set(words.map((w) => stemWord(w)));
}

/** Slot words as stems, plus the event each names ("~meet" for talk and meet). */
function slotWordsOf(list: string[]): Set<string> {
  const words = new Set(list.map((w) => stemWord(w.toLowerCase())).filter((w) => w.length > 1));
  for (const w of [...words]) {
    const concept = conceptOf.get(w);
    if (concept) words.add(`~${concept}`);
  }
  return words;
}

/** The fact in its dimension's base unit, or itself. "30 miles" → 48280.3 meter-length; "170,000-square-foot" → area. */
function toBaseUnit(fact: Fact): { fact: Fact; dimension: string } {
  if (fact.kind !== 'quantity') return { fact, dimension: fact.unit };
  const entry = dimensionOf[fact.unit];
  if (!Array.isArray(entry)) return { fact, dimension: fact.unit };
  let [dimension, factor] = entry;
  // "a 170,000-square-foot building": the unit is squared.
  if (dimension === 'length' && /square/i.test(fact.text)) [dimension, factor] = ['area', factor * factor];
  const value = fact.value * factor;
  return { fact: { ...fact, value, unit: dimension, normalized: fact.normalized }, dimension };
}

/**
 * Counted nouns that name one thing at two lengths share the shorter: "websites" and "Web sites"
 * → "site", "ladder trucks" and "trucks" stay as written (one word each). Only a proper suffix of
 * four letters or more counts, so "man" never takes "woman".
 */
function unifyCountedNouns(occurrences: Occurrence[]): void {
  const units = new Set(occurrences.filter((o) => o.fact.kind === 'quantity' && !dimensionOf[o.fact.unit]).map((o) => o.fact.unit));
  for (const o of occurrences) {
    if (o.fact.kind !== 'quantity' || dimensionOf[o.fact.unit]) continue;
    const u = o.fact.unit;
    for (let i = 1; i <= u.length - 4; i++) {
      const suffix = u.slice(i);
      if (units.has(suffix)) {
        o.fact = { ...o.fact, unit: suffix };
        o.bucket = `quantity|${suffix}`;
        break;
      }
    }
  }
}

/** Counted noun → the head of its family of near-synonyms ("expert" and "monitor" → "observer"). */
const countedNounFamily = new Map<string, string>(
  Object.entries(countedNounFamilies.families).flatMap(([head, words]) => words.map((w) => [w, head] as [string, string])),
);

/** Counts of near-synonym nouns share one bucket: "eight experts" and "three observers" sent to monitor one vote. */
function unifyNearSynonyms(occurrences: Occurrence[]): void {
  for (const o of occurrences) {
    if (o.fact.kind !== 'quantity' || dimensionOf[o.fact.unit]) continue;
    const head = countedNounFamily.get(o.fact.unit);
    if (!head || head === o.fact.unit) continue;
    o.fact = { ...o.fact, unit: head };
    o.bucket = `quantity|${head}`;
  }
}

/** Largest distance in characters from a value to the name it is said of, with no clause break between. */
const anchorReach = 48;

/** A name followed by a verb of saying is the sentence's source: "Lyons said", "police told reporters". */
const speakerAfter = /^\s*(?:said|says|told|added|stated|reported|confirmed|announced)\b/i;

/** The nearest person or organisation to [start, end) in the sentence, with no ";" or sentence-internal quote between. */
function anchorOf(text: string, start: number, end: number, names: readonly { start: number; end: number; entity: string; isPerson: boolean }[]): { entity: string; isPerson: boolean } | null {
  let best: { entity: string; isPerson: boolean; distance: number } | null = null;
  for (const n of names) {
    // The source of a sentence is not what its figures are said of: "… at around 9 a.m., Lyons said".
    if (speakerAfter.test(text.slice(n.end, n.end + 16)) || /\baccording to\s*$/i.test(text.slice(Math.max(0, n.start - 16), n.start))) continue;
    // Who gave or did it, named after the figure, is not what the figure is said of: "SeaMicro …
    // is backed with $60 million in funding by Khosla Ventures, Draper Fisher Jurvetson …" tells
    // SeaMicro's funding.
    if (n.start >= end && /\b(?:by|from)\b/i.test(text.slice(end, n.start))) continue;
    const [from, to] = n.end <= start ? [n.end, start] : n.start >= end ? [end, n.start] : [start, start];
    const distance = to - from;
    if (distance > anchorReach || /[;:()“”"]|\bwhile\b|\bbut\b|\band\s+(?:the|a)\b/.test(text.slice(from, to))) continue;
    if (!best || distance < best.distance) best = { entity: n.entity, isPerson: n.isPerson, distance };
  }
  return best;
}

/** Between a name and a value written as its attribute: ", " or " (", perhaps after one short figure of the same list ("Klitschko, 53-3, 47 KOs"). */
const attributeAfterName = /^\s*(?:,|\()\s*(?:[^\s,;()]*\d[^,;()]{0,12}?\s*,\s*)?$/u;
/** Between an age and the name it is said of: at most two words ("32-year-old Englishman Robert Buckley"). */
const ageBeforeName = /^\s+(?:[\p{L}'’.-]+\s+){0,2}$/u;

/**
 * The person or organisation a value is written as an attribute of (see Occurrence.isAttribute),
 * or null. An apposition must close after the value (", 32, fell"), so a clause that merely
 * follows a name ("Smith, 32 years after …") does not count.
 */
function attributeOf(text: string, fact: Fact, start: number, end: number, names: readonly { start: number; end: number; entity: string; isPerson: boolean }[]): { entity: string; isPerson: boolean } | null {
  const after = text.slice(end, end + 3);
  for (const n of names) {
    if (n.end <= start && start - n.end <= 30) {
      const gap = text.slice(n.end, start);
      if (!attributeAfterName.test(gap)) continue;
      const closes = gap.includes('(') ? /^\s*[,)]/.test(after) : /^\s*[,.;)]/.test(after);
      if (closes) return { entity: n.entity, isPerson: n.isPerson };
    }
    if (fact.kind === 'duration' && /old$/i.test(fact.text) && n.start >= end && n.start - end <= 40 && ageBeforeName.test(text.slice(end, n.start))) {
      return { entity: n.entity, isPerson: n.isPerson };
    }
  }
  return null;
}

/** Metric symbols of each dimension's base unit, for the converted figure shown beside a non-metric one. */
const baseSymbols: Record<string, string> = { length: 'm', area: 'm²', mass: 'kg', speed: 'km/h' };
const metricUnits = new Set(['meter', 'kilometer', 'centimeter', 'millimeter', 'hectare', 'kilogram', 'ton', 'kph']);

/**
 * The normalized form a reader sees: the fact's own, plus the metric figure when it was written
 * in another unit, so "about 200 feet" and "about 150 metres" can be read side by side:
 * "200 foot (61 m)". Converted figures are rounded to whole units (three significant digits below 10).
 */
export function displayNormalized(o: Occurrence): string {
  const symbol = baseSymbols[o.fact.unit];
  if (o.fact.kind !== 'quantity' || !symbol || metricUnits.has(o.written.unit) || o.fact.value === o.written.value) return o.written.normalized;
  const v = o.fact.value;
  const shown = Math.abs(v) >= 10 ? String(Math.round(v)) : String(Number(v.toPrecision(3)));
  return `${o.written.normalized} (${shown} ${symbol})`;
}

/** Every comparable fact of the story as an occurrence (see the file header). */
export function collectOccurrences(claims: Claim[], entities: readonly Entity[]): Occurrence[] {
  const personIds = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  const namesIn = new Map<string, { start: number; end: number; entity: string; isPerson: boolean }[]>();
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    for (const m of e.mentions) {
      const list = namesIn.get(m.sentence) ?? [];
      list.push({ start: m.start, end: m.end, entity: e.id, isPerson: e.type === 'person' });
      namesIn.set(m.sentence, list);
    }
  }
  const out: Occurrence[] = [];
  const positions = new Map<string, number>();
  claims.forEach((claim, ci) => {
    const position = positions.get(claim.article) ?? 0;
    positions.set(claim.article, position + 1);
    const pronounHeld = /^(?:he|she|they|it|his|her|their|its)\b/i.test(claim.sentence.text.trimStart());
    for (const written of claim.facts) {
      if (written.kind === 'date' && !isComparableDate(written)) continue;
      // Ordinals mostly name which of several things ("the sixth round", "the second quarter"),
      // not a disputed count; a title defence or a term in office is one.
      if (written.kind === 'ordinal' && !/^(?:defen[cs]e|term|title)$/.test(written.unit)) continue;
      // Page furniture, not the story: dates inside web addresses ("/news/2007-04-09-office-shooting")
      // and time stamps ("August 8, 2012 - 4:43 pm").
      if (written.kind === 'date' && (isInAddress(claim.sentence.text, written.start - claim.sentence.start) || isTimeStamp(claim.sentence.text, written.end - claim.sentence.start))) continue;
      if ((written.kind === 'date' || written.kind === 'time') && isFurniture(claim.sentence.text, written.start - claim.sentence.start)) continue;
      if (isConditional(claim.sentence.text, written.start - claim.sentence.start)) continue;
      const start = written.start - claim.sentence.start;
      const end = written.end - claim.sentence.start;
      const isQuoted = insideQuote(claim.sentence.text, start);
      // A relative date inside a quote counts from the speaker's day, not the article's.
      if (written.kind === 'date' && written.resolution !== 'absolute' && isQuoted) continue;
      const label = String(factSlot(written, claim.sentence) ?? '').split(/\s+/).filter((w) => w.length > 1);
      const slot = slotWordsOf(label);
      // A count of people hit names its own measure: "killing 12 people" and "the toll rose to 17" are both the dead.
      if (written.kind === 'quantity' && tollUnits.has(written.unit)) slot.add(`#${written.unit}`);
      // A date that dates a statement ("said on Monday") fills no story slot.
      if (slot.size === 0 && written.kind === 'date') continue;
      const base = toBaseUnit(written);
      const dimension = base.dimension;
      let fact = base.fact;
      // A year no one wrote, beside a bare month, was guessed from the story's day; compared, it
      // would make "killed … in May" (read as this May) and "killed … last May" two dates. Such a
      // date keeps its month only. (A written day, "July 13", keeps its guessed year: it is then
      // one day with "July 13, 2009".)
      const guessed = fact.kind === 'date' && fact.resolution === 'relative-to-story' && !/\d{4}/.test(written.text) ? /^\d{4}(-\d{2})$/.exec(fact.normalized) : null;
      if (guessed) fact = { ...fact, normalized: `-${guessed[1]}` };
      const local = (namesIn.get(claim.sentence.id) ?? []).map((n) => ({ ...n, start: n.start - claim.sentence.start, end: n.end - claim.sentence.start }));
      // An age with no name beside it is said of the noun after it: "the 36-year-old driver" vs "a 66-year-old woman", "the 41-year-old American".
      const ageHead = written.kind === 'duration' && /old$/i.test(written.text) ? /^\s+(\p{L}+)/u.exec(claim.sentence.text.slice(end)) : null;
      const attribute = written.kind === 'date' || written.kind === 'time' ? null : attributeOf(claim.sentence.text, written, start, end, local);
      const named = attribute ?? anchorOf(claim.sentence.text, start, end, local);
      // An age said of "a 50-year-old man" names nobody: two such ages are two people as often as one.
      if (ageHead && !named) continue;
      const anchor = named ?? (ageHead ? { entity: `~${ageHead[1]}`, isPerson: true } : null);
      out.push({
        claim: ci,
        fact,
        written,
        // Dates of any granularity compare field by field ("1935" vs "the 1930s"), so they share one bucket.
        bucket: fact.kind === 'date' ? 'date' : `${fact.kind}|${dimension}`,
        slot,
        label,
        persons: new Set(claim.entities.filter((e) => personIds.has(e))),
        entities: new Set(claim.entities),
        anchor: anchor?.entity ?? null,
        object: written.kind === 'money' ? objectOf(claim.sentence.text.slice(end)) : new Set(),
        isPersonAnchor: anchor?.isPerson ?? false,
        isAttribute: attribute !== null,
        position,
        // A pronoun-held count or sum may be one person's share ("He scored 20 points"); a date,
        // a time, a length or a span is the whole of what it measures ("He was convicted in June
        // 1998", "She had moved about a mile and a half away").
        isPartial: (pronounHeld && (written.kind === 'money' || (written.kind === 'quantity' && !Array.isArray(dimensionOf[written.unit])))) || isPartialFigure(written, claim.sentence.text, start, end),
        isQuoted,
        isAge: written.kind === 'duration' && (/old$/i.test(written.text.trim()) || /^aged?\b/i.test(written.text.trim()) || (attribute !== null && /^\d+$/.test(written.text.trim()))),
        subMeasure: written.text.toLowerCase().split(/\s+/).filter((w) => subMeasureWords.has(w)).sort().join(' '),
      });
    }
  });
  unifyCountedNouns(out);
  unifyNearSynonyms(out);
  return out;
}
