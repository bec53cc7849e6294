/**
 * Compare two facts' values: equal, compatible (not comparable, or consistent at different
 * precision), or in conflict — a `contradiction` (both cannot be true: "5 and a half hours" vs
 * "7 and a half hours") or a `precision` disagreement (both can be true: "about 30" vs "32",
 * "at least 50" vs "70"). Whether two facts are about the same thing is the caller's question.
 */
import type { Fact, Qualifier } from '../../model/fact.js';
import { fromEpochDay, weekdayOf } from '../dates/calendar.js';
import units from './data/units.json' with { type: 'json' };

/** The result of comparing two values. `kind` is set for conflicts only. */
export interface FactComparison {
  relation: 'equal' | 'compatible' | 'conflict';
  kind?: 'contradiction' | 'precision' | 'update';
}

/** Relative half-width of an "about" value ("about 30" → 27–33), and of an "about" clock time in minutes. */
const aboutShare = 0.1;
const aboutClockMinutes = 15;

/** Units that count people hit by an event: a later, higher figure is an update, not a contradiction. */
export const tollUnits: ReadonlySet<string> = new Set(Object.values(units.tollWords as Record<string, string>));

/**
 * Rounding implied by how a number is written: "2.5 million" stands for 2.45–2.55 million.
 * Plain numbers, and whole numbers of millions ("$3 million"), are taken as exact: news rounds
 * those on purpose, so "$2.5 million" vs "$3 million" is a contradiction.
 */
function roundingOf(fact: Fact): number {
  const m = /(\d+)(?:[.](\d+))?\s*(million|billion|trillion|bn|mn|m|k|tn)\b/i.exec(fact.text.replace(/ \. /g, '.'));
  if (!m || !m[2]) return 0;
  const decimals = m[2].length;
  const scale = /^b|^bn/i.test(m[3]) ? 1e9 : /^t/i.test(m[3]) ? 1e12 : /^k/i.test(m[3]) ? 1e3 : 1e6;
  return (0.5 * scale) / 10 ** decimals;
}

/** Minutes in a day: durations are compared in minutes. */
const dayMinutes = 1440;

/**
 * A month is 28 to 31 days and a year 365 or 366, so a span counted in months or years, set
 * against one counted in days or weeks, stands for a few days either way: "a three-month stay"
 * is "a 90-day stay", "a year" is "365 days". The slack stays at a week or less, so "11 months"
 * and "300 days" still differ; two spans in one calendar unit get none ("45 years"
 * against "under 45 years").
 */
function calendarSlack(fact: Fact, other: Fact): number {
  if (fact.kind !== 'duration' || other.kind !== 'duration') return 0;
  const m = /^([\d.]+) (month|year)s?$/.exec(fact.normalized);
  if (!m || !/^[\d.]+ (?:day|week)s?$/.test(other.normalized)) return 0;
  return Math.min(Number(m[1]) * (m[2] === 'month' ? 1.5 : 0.75), 7) * dayMinutes;
}

/** The values a fact allows, as a closed interval [low, high]; `slack` widens an exact or hedged value. */
function intervalOf(fact: Fact, slack = 0): [number, number] {
  const v = fact.value;
  const r = roundingOf(fact) + slack;
  const tiny = Math.max(Math.abs(v) * 1e-9, 1e-9);
  const spread = fact.kind === 'time' ? aboutClockMinutes : Math.abs(v) * aboutShare;
  const byQualifier: Record<Qualifier, [number, number]> = {
    exact: [v - r, v + r],
    about: [v - Math.max(spread, r), v + Math.max(spread, r)],
    'at-least': [v - r, Infinity],
    'more-than': [v + tiny, Infinity],
    'at-most': [-Infinity, v + r],
    'less-than': [-Infinity, v - tiny],
    'up-to': [Math.min(0, v), v + r],
  };
  return byQualifier[fact.qualifier];
}

/** The parts of a decade in order, and the years of the decade each covers (ends shared: wording blurs). */
const decadePartIndex: Record<string, number> = { early: 0, mid: 1, late: 2 };
const decadePartYears: [number, number][] = [[0, 3], [3, 7], [7, 9]];

/** Calendar fields a date fact states: year, month, day, weekday (any may be missing). */
function dateFields(fact: Fact): Record<string, number> | null {
  const n = fact.normalized;
  let m: RegExpExecArray | null;
  if (fact.unit === 'day' && (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(n))) {
    const d = fromEpochDay(fact.value);
    return { year: d.year, month: d.month, day: d.day, weekday: weekdayOf(fact.value) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(n))) return { year: Number(m[1]), month: Number(m[2]) };
  if ((m = /^(\d{4})$/.exec(n))) return { year: Number(m[1]) };
  if ((m = /^(\d{3})0s(?:-(early|mid|late))?$/.exec(n))) return m[2] ? { decade: Number(m[1]), part: decadePartIndex[m[2]]! } : { decade: Number(m[1]) };
  if ((m = /^--(\d{2})-(\d{2})$/.exec(n))) return { month: Number(m[1]), day: Number(m[2]) };
  if ((m = /^--(\d{2})$/.exec(n))) return { month: Number(m[1]) };
  if ((m = /^weekday-(\d)$/.exec(n))) return { weekday: Number(m[1]) };
  return null;
}

/**
 * Two spans of one year's months or one month's days (1 to `last`): the same span is one date,
 * the whole says nothing either way, spans apart contradict, overlapping ones differ in precision.
 */
function compareSpans(x: { from: number; to: number }, y: { from: number; to: number }, last: number): FactComparison {
  if (x.from === y.from && x.to === y.to) return { relation: 'equal' };
  if ((x.from === 1 && x.to === last) || (y.from === 1 && y.to === last)) return { relation: 'compatible' };
  return x.to < y.from || y.to < x.from ? { relation: 'conflict', kind: 'contradiction' } : { relation: 'conflict', kind: 'precision' };
}

/** Months of the year each part of a year covers (see find-dates' year parts; thirds overlap a little: wording blurs). */
const yearPartMonths: Record<string, [number, number]> = {
  H1: [1, 6], H2: [7, 12], Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], early: [1, 4], mid: [4, 9], late: [9, 12],
};

/** A date as a year and a span of its months, or null when it names no calendar year. */
function monthSpan(normalized: string): { year: number; from: number; to: number; part: boolean } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-\d{2})?|-(H[12]|Q[1-4]|early|mid|late))?$/.exec(normalized);
  if (!m) return null;
  if (m[3]) return { year: Number(m[1]), from: yearPartMonths[m[3]]![0], to: yearPartMonths[m[3]]![1], part: true };
  return m[2] ? { year: Number(m[1]), from: Number(m[2]), to: Number(m[2]), part: false } : { year: Number(m[1]), from: 1, to: 12, part: false };
}

/**
 * A part of a year against another date of a year: "the end of this year" lies in "the second
 * half of 2012" (precision), "the first quarter" misses "September" (contradiction); the whole
 * year says nothing either way. Null when neither is a part of a year.
 */
function compareYearParts(a: Fact, b: Fact): FactComparison | null {
  const x = monthSpan(a.normalized);
  const y = monthSpan(b.normalized);
  if (!x?.part && !y?.part) return null;
  if (!x || !y) return { relation: 'compatible' };
  if (x.year !== y.year) return { relation: 'conflict', kind: 'contradiction' };
  return compareSpans(x, y, 12);
}

/** Days of the month each part of a month covers (see find-dates' month parts). */
const monthPartDays: Record<string, [number, number]> = {
  early: [1, 10], mid: [11, 20], late: [21, 31], W1: [1, 7], W2: [8, 14], W3: [15, 21], W4: [22, 28], W5: [22, 31],
};

/** A date as a month (and year, when known) and a span of its days, or null when it names no month. */
function daySpan(normalized: string): { year?: number; month: number; from: number; to: number; part: boolean } | null {
  let m = /^(?:(\d{4})|-)-(\d{2})-(early|mid|late|W[1-5])$/.exec(normalized);
  const year = (y: string | undefined) => (y ? { year: Number(y) } : {});
  if (m) return { ...year(m[1]), month: Number(m[2]), from: monthPartDays[m[3]!]![0], to: monthPartDays[m[3]!]![1], part: true };
  if ((m = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(normalized))) return { ...year(m[1]), month: Number(m[2]), from: Number(m[3]), to: Number(m[3]), part: false };
  if ((m = /^(?:(\d{4})|-)-(\d{2})$/.exec(normalized))) return { ...year(m[1]), month: Number(m[2]), from: 1, to: 31, part: false };
  return null;
}

/**
 * A part of a month against another date of a month: "since the first week of December" misses
 * "December 9" (contradiction), "early December" holds "December 4" (precision); the whole month
 * says nothing either way. Null when neither is a part of a month.
 */
function compareMonthParts(a: Fact, b: Fact): FactComparison | null {
  const x = daySpan(a.normalized);
  const y = daySpan(b.normalized);
  if (!x?.part && !y?.part) return null;
  if (!x || !y) return { relation: 'compatible' };
  if ((x.year !== undefined && y.year !== undefined && x.year !== y.year) || x.month !== y.month) return { relation: 'conflict', kind: 'contradiction' };
  return compareSpans(x, y, 31);
}

/** Dates compare field by field: "June 18" vs "2023-06-18" equal; "Dec. 21" vs "June 18" contradiction. */
function compareDates(a: Fact, b: Fact): FactComparison {
  const days = compareMonthParts(a, b);
  if (days) return days;
  const parts = compareYearParts(a, b);
  if (parts) return parts;
  if (a.unit === 'week' || b.unit === 'week') {
    return a.unit === b.unit ? (a.normalized === b.normalized ? { relation: 'equal' } : { relation: 'conflict', kind: 'contradiction' }) : { relation: 'compatible' };
  }
  const fa = dateFields(a);
  const fb = dateFields(b);
  if (!fa || !fb) return { relation: 'compatible' };
  // A decade against a dated year: the year refines the decade ("1935" / "the 1930s": precision) or falls outside it.
  if (('decade' in fa) !== ('decade' in fb)) {
    const d = 'decade' in fa ? fa : fb;
    const year = fa.year ?? fb.year;
    if (year === undefined) return { relation: 'compatible' };
    const [from, to] = d.part === undefined ? [0, 9] : decadePartYears[d.part]!;
    const inside = Math.floor(year / 10) === d.decade && year % 10 >= from && year % 10 <= to;
    return inside ? { relation: 'conflict', kind: 'precision' } : { relation: 'conflict', kind: 'contradiction' };
  }
  // Two parts of one decade: the years they cover share an end next to each other, so they blur
  // ("early" / "mid-1980s": precision); its two ends share none ("early" / "late 1980s").
  if ('part' in fa && 'part' in fb && fa.decade === fb.decade && fa.part !== fb.part) {
    const [[aFrom, aTo], [bFrom, bTo]] = [decadePartYears[fa.part!]!, decadePartYears[fb.part!]!];
    return aFrom <= bTo && bFrom <= aTo ? { relation: 'conflict', kind: 'precision' } : { relation: 'conflict', kind: 'contradiction' };
  }
  // One day of the year, and a side that wrote no year: the year is this reading's guess from
  // the story's dates ("by September 11" read as 2022 beside "by Sept. 11, 2021"), no outlet's.
  const yearUnwritten = (f: Fact) => !/\b\d{4}\b|['’]\d{2}\b/.test(f.text);
  const sameDay = fa.month !== undefined && fa.month === fb.month && fa.day !== undefined && fa.day === fb.day;
  if (sameDay && fa.year !== undefined && fb.year !== undefined && fa.year !== fb.year && (yearUnwritten(a) || yearUnwritten(b))) return { relation: 'equal' };
  // A year against a day whose year is that guess ("in 2020" / "on Nov. 3"): nothing to hold against each other.
  const yearOnly = (f: Record<string, number>) => f.year !== undefined && f.month === undefined && !('decade' in f);
  if ((yearOnly(fa) && fb.month !== undefined && yearUnwritten(b)) || (yearOnly(fb) && fa.month !== undefined && yearUnwritten(a))) return { relation: 'compatible' };
  const shared = Object.keys(fa).filter((k) => k in fb);
  if (shared.length === 0) return { relation: 'compatible' };
  if (shared.some((k) => fa[k] !== fb[k])) return { relation: 'conflict', kind: 'contradiction' };
  const same = Object.keys(fa).length === Object.keys(fb).length;
  return same ? { relation: 'equal' } : { relation: 'compatible' };
}

/**
 * Compare the values of two facts of the same kind and unit (else `compatible`: not comparable).
 * Exact values must match (within the rounding their wording implies); qualified values become
 * ranges, and ranges that overlap without matching are a `precision` conflict.
 * Examples: 330 vs 450 min → contradiction; "about 30" vs "32" → precision; "at least 50" vs "70"
 * → precision; "at least 50" vs "40" → contradiction (see isLikelyUpdate for revised tolls).
 */
export function compareFacts(a: Fact, b: Fact): FactComparison {
  if (a.kind !== b.kind) return { relation: 'compatible' };
  if (a.kind === 'date') return compareDates(a, b);
  if (a.unit !== b.unit) return { relation: 'compatible' };
  // Clock times go round: "just before midnight" (0:00) is a minute after "11:59 p.m." (23:59).
  if (a.kind === 'time' && Math.abs(a.value - b.value) > 720) return compareFacts(a, { ...b, value: b.value + (b.value < a.value ? 1440 : -1440) });
  const [aSlack, bSlack] = [calendarSlack(a, b), calendarSlack(b, a)];
  const [aLow, aHigh] = intervalOf(a, aSlack);
  const [bLow, bHigh] = intervalOf(b, bSlack);
  const centred = (q: Qualifier) => q === 'exact' || q === 'about';
  const tolerance = Math.max(roundingOf(a) + aSlack, roundingOf(b) + bSlack, Math.abs(a.value) * 1e-9);
  const sameValue = Math.abs(a.value - b.value) <= tolerance;
  if (sameValue && (a.qualifier === b.qualifier || (centred(a.qualifier) && centred(b.qualifier)))) return { relation: 'equal' };
  // "at least 12" vs "12", "up to 40" vs "40": the same figure, one side hedged: no disagreement.
  if (sameValue && (a.qualifier === 'exact' || b.qualifier === 'exact') && bounded(a.qualifier) !== bounded(b.qualifier)) return { relation: 'compatible' };
  if (aLow <= bHigh && bLow <= aHigh) return { relation: 'conflict', kind: 'precision' };
  return { relation: 'conflict', kind: 'contradiction' };
}

/** Qualifiers whose bound is itself allowed: "at least 12" includes 12. */
function bounded(q: Qualifier): boolean {
  return q === 'at-least' || q === 'at-most' || q === 'up-to';
}

/** The lowest value a fact allows (its bound for "at least"/"more than"), for ordering revisions. */
function floorOf(fact: Fact): number {
  return fact.qualifier === 'up-to' || fact.qualifier === 'at-most' || fact.qualifier === 'less-than' ? fact.value : intervalOf(fact)[0];
}

/**
 * Is `b` versus `a` likely a later report revising a toll upward? Both must count people hit
 * (dead, injured, missing, ...), both articles must carry a published date, and the later
 * article must give the higher figure. Example: "12 dead" (09:00) → "at least 15 dead" (14:00).
 */
export function isLikelyUpdate(a: Fact, b: Fact, aPublished: string | null, bPublished: string | null): boolean {
  if (a.kind !== 'quantity' || b.kind !== 'quantity' || a.unit !== b.unit || !tollUnits.has(a.unit)) return false;
  if (!aPublished || !bPublished) return false;
  const ta = Date.parse(aPublished);
  const tb = Date.parse(bPublished);
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return false;
  const [earlier, later] = ta < tb ? [a, b] : [b, a];
  return floorOf(later) > floorOf(earlier) || (later.value > earlier.value && later.qualifier === earlier.qualifier);
}
