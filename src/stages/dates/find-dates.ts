/**
 * Dates in text: find (chrono-node for full written dates, own rules for the rest) → resolve
 * against a reference day → format as ISO.
 *
 *   "On June 18, ..."        → 2023-06-18 (year from the reference; "--06-18" without one)
 *   "... 5 and a half hours Dec. 21." → 2022-12-21 with reference 2023-06-20
 *   "spoke ... on Monday"    → latest Monday on or before the reference
 *   "yesterday morning", "tomorrow", "last week", "earlier this month", "last November", "in May", "in 2018"
 */
import { lazyPackage } from '../../lazy-package.js';
import type { ParsedComponents } from 'chrono-node';
import calendar from './data/calendar-words.json' with { type: 'json' };
import { parseIsoDay, toEpochDay } from './calendar.js';
import type { DateDirection, DateMention, DateReference, RelativeDate } from './date-mention.js';
import { resolveDate } from './resolve-date.js';

const months: Record<string, number> = calendar.months;
const weekdays: Record<string, number> = calendar.weekdays;
const dayWords: Record<string, number> = calendar.dayWords;
const shifters: Record<string, number> = calendar.shifters;
const yearLeadWords = new Set(calendar.yearLeadWords);
const monthLeadWords = new Set(calendar.monthLeadWords);

const capitalise = (w: string): string => w[0].toUpperCase() + w.slice(1);
/** Full month names, capitalised: lower-case "may"/"march" are verbs. */
const monthNamePattern = Object.keys(months).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july').map(capitalise).join('|');
const weekdayNamePattern = Object.keys(weekdays).filter((w) => w.endsWith('day')).map(capitalise).join('|');
const monthWordPattern = new RegExp(`\\b(?:${Object.keys(months).join('|')})\\b`, 'i');
const partOfDayPattern = calendar.partsOfDay.join('|');
const monthYearPattern = new RegExp(`\\b(${monthNamePattern})\\.?,?\\s+((?:1[89]|20)\\d\\d)\\b`, 'g');
const bareMonthPattern = new RegExp(`\\b(?:(last|next|this)\\s+)?(${monthNamePattern})\\b(?![-‑]\\w)`, 'g');
const dayWordPattern = new RegExp(`\\b(yesterday|today|tonight|tomorrow)(?:\\s+(${partOfDayPattern}))?\\b|\\b(this|last)\\s+(${partOfDayPattern})\\b`, 'gi');
const weekdayPattern = new RegExp(`\\b(?:(last|next|this(?: past| coming)?|coming)\\s+)?(${weekdayNamePattern})(?:'s|’s)?(?:\\s+(${partOfDayPattern}))?\\b`, 'g');
/** chrono-node is only worth calling when a month name or a numeric date could be there. */
const writtenDateHint = new RegExp(`\\b(?:${Object.keys(months).join('|')})\\b|\\d[/-]\\d`, 'i');

/**
 * chrono-node's English parsers (the package's index loads every locale), loaded the first time
 * a text passes `writtenDateHint`: its 51 modules were a fifth of `parallax analyze`'s start-up,
 * and a text without a month name or a numeric date never needs them. Synchronous, because date
 * finding is: `require` loads the package's CommonJS build.
 */
const englishChrono = lazyPackage<typeof import('chrono-node/en')>('chrono-node/en');

/**
 * A date found but not yet resolved. `part` is the part of a decade, year or month the words name
 * ("early", "H2", "W1"), appended to the value once it is resolved.
 */
type RawDate = Omit<DateMention, 'normalized' | 'resolution' | 'granularity'> & { granularity: DateMention['granularity']; part?: string };

/** Words in the clause before a bare weekday that make it point forward: "will meet on Monday". */
const futureCue = /\b(will|shall|is (?:expected|set|due|scheduled|slated) to|are (?:expected|set|due|scheduled) to|is to|are to)\b[^.;!?,]{0,60}$/i;

/** 'future' when the clause before `at` speaks of what will happen ("will meet on Monday"), else 'nearest'. */
function directionFrom(text: string, at: number): DateDirection {
  return futureCue.test(text.slice(Math.max(0, at - 80), at)) ? 'future' : 'nearest';
}

/** The lower-case word right before offset `at` ("" when none). */
function wordBefore(text: string, at: number): string {
  const m = /([A-Za-z'’]+)[\s,]*$/.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1].toLowerCase() : '';
}

/** Step 1: full written dates through chrono-node's strict parser ("June 18", "Dec. 21", "May 03 , 2013", "6/18/2023"). */
function findWrittenDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  if (!writtenDateHint.test(text)) return out;
  // The reference instant only fills fields we then ignore (we read knownValues), so it is fixed.
  for (const r of englishChrono().strict.parse(text, { instant: new Date(0), timezone: 0 })) {
    // A range ("October 16 to November 14") gives two dates, each with its own words.
    const separator = r.end ? /\s*(?:\bto\b|\buntil\b|\bthrough\b|\btill\b|[-–—])\s*/.exec(r.text.slice(1 + r.text.search(/\d/))) : null;
    const cut = separator ? 1 + r.text.search(/\d/) + separator.index : r.text.length;
    const pieces: [ParsedComponents, number, number][] = [[r.start, r.index, r.index + cut]];
    if (r.end && separator) pieces.push([r.end, r.index + cut + separator[0].length, r.index + r.text.length]);
    for (const [c, from, to] of pieces) {
      const read = (k: 'year' | 'month' | 'day' | 'weekday') => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
      const known = { year: read('year'), month: read('month'), day: read('day'), weekday: read('weekday') };
      if (known.month === undefined || known.day === undefined) continue;
      const words = text.slice(from, to);
      const isNumeric = /\d[/-]\d/.test(words);
      const monthWord = monthWordPattern.exec(words);
      if (!isNumeric && (!monthWord || !/^[A-Z]/.test(monthWord[0]))) continue; // "may 5 people", "Two Minutes Later"
      // A year must be written in full: "30-7 Oct. 19" is a score and a day, not 7 Oct 2019;
      // numeric dates need one too: "1/2" is a fraction.
      if (isNumeric && known.year === undefined) continue;
      if (known.year !== undefined && !words.includes(String(known.year))) {
        if (monthWord && monthWord.index > 0) out.push(...findWrittenDates(text.slice(0, from + monthWord.index).replace(/[^\n]/g, ' ') + text.slice(from + monthWord.index, to)));
        continue;
      }
      const [start, end] = trimWrittenDate(text, from, to, known.year);
      const parts = { year: known.year, month: known.month, day: known.day, weekday: known.weekday };
      const relative: RelativeDate | null =
        known.year === undefined ? { unit: 'month-name', month: known.month, day: known.day, direction: directionFrom(text, start), strict: false } : null;
      out.push({ start, end, text: text.slice(start, end), granularity: 'day', parts: clean(parts), relative });
    }
  }
  return out;
}

/**
 * Trim what chrono takes around a date: a leading "on", a clock time after the year, trailing
 * spaces and commas. Example: "on Thursday , May 2 , 2013 at 7" → "Thursday , May 2 , 2013".
 */
function trimWrittenDate(text: string, start: number, end: number, year: number | undefined): [number, number] {
  let s = start;
  let e = end;
  const lead = /^(?:on|at|the)\s+/i.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  if (year !== undefined) {
    const at = text.slice(s, e).lastIndexOf(String(year));
    const rest = at >= 0 ? text.slice(s + at + 4, e) : '';
    if (at >= 0 && /^[\s,]*(?:at\s+)?\d/i.test(rest)) e = s + at + 4;
  }
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  return [s, e];
}

/** Drop undefined fields so mentions compare and serialise stably. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Step 2: a month with a year ("February 2023", "September 2010"). */
function findMonthYears(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(monthYearPattern)) {
    const month = months[m[1].toLowerCase()];
    const year = Number(m[2]);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], granularity: 'month', parts: { year, month }, relative: null });
  }
  return out;
}

/** Step 3: a bare month name after a lead word ("in May", "last November", "early February"). */
function findBareMonths(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(bareMonthPattern)) {
    const lead = wordBefore(text, m.index);
    const shifter = m[1]?.toLowerCase();
    if (!shifter && !monthLeadWords.has(lead)) continue;
    const month = months[m[2].toLowerCase()];
    const direction: DateDirection = shifter === 'last' ? 'past' : shifter === 'next' ? 'future' : directionFrom(text, m.index);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      granularity: 'month',
      parts: { month },
      relative: { unit: 'month-name', month, day: null, direction, strict: shifter === 'last' || shifter === 'next' },
    });
  }
  return out;
}

/** Step 4: a bare year after a lead word ("in 2018", "since 2021", "the 2024 campaign", "early 2021"). */
function findYears(text: string): RawDate[] {
  const out: RawDate[] = [];
  // Not a decade: "the 1930's" is not the year 1930 (see findDecades).
  for (const m of text.matchAll(/(?<![\d$£€.,:/-])\b((?:1[89]|20)\d\d)\b(?![\d%]|[.,]\d|\s*(?:%|per ?cent)|\s?['’]s\b)/g)) {
    const lead = wordBefore(text, m.index);
    if (!yearLeadWords.has(lead) && lead !== 'the') continue;
    const year = Number(m[1]);
    out.push({ start: m.index, end: m.index + 4, text: m[1], granularity: 'year', parts: { year }, relative: null });
  }
  return out;
}

type SpanPart = 'early' | 'mid' | 'late';
/** The part of a decade, year or month its wording names: "the start of the 1980s" is early, "mid-June" mid. */
const spanParts: Record<string, SpanPart> = { ...(calendar.spanPartWords as Record<string, SpanPart>), ...(calendar.spanPartNouns as Record<string, SpanPart>) };
/**
 * The words for a part of a span, written before it ("early 2012", "mid-June": a group) or as a
 * noun before "of" ("the end of 2012": the next group); `afterOf` is what follows "of" (a decade
 * needs "the"). One piece, so decades, years and months read the same wording.
 */
const spanPartHead = (afterOf: string): string =>
  String.raw`(${Object.keys(calendar.spanPartWords).join('|')})[\s-]+|(?:the\s+)?(${Object.keys(calendar.spanPartNouns).join('|')})\s+of${afterOf}`;

const periodOrdinals: Record<string, number> = calendar.periodOrdinals;
/** Ordinals up to `count`, with the last words when `withLast`, as a regex alternation: halves, quarters and weeks read one list. */
const ordinalAlternation = (count: number, withLast: boolean): string =>
  [...Object.keys(periodOrdinals).filter((w) => periodOrdinals[w]! <= count), ...(withLast ? calendar.periodLastWords : [])].join('|');
/** Which of `count` periods an ordinal picks: "third" → 3, a last word ("final", "last") → `count`. */
const ordinalOf = (word: string, count: number): number => periodOrdinals[word.toLowerCase()] ?? count;
/** The ordinals that pick a half, quarter or week of a span ("first" … "4th", "final", "last"), as a regex alternation. */
export const periodOrdinalPattern = ordinalAlternation(4, true);

const decadePattern = new RegExp(String.raw`\b(?:${spanPartHead(String.raw`\s+the\s+`)})?((?:1[89]|20)\d0)\s?['’]?s\b`, 'gi');

/**
 * Step 4b: a decade ("the 1930s", "the mid 1930's", "the mid-1980s", "early 2000s", "the start of
 * the 1980s"): one value for the ten years, or for the part of them its wording names, which a
 * year refines ("1935" vs "the 1930s" is a precision difference, "1925" vs "the 1930s" a
 * contradiction). The part keeps two tellings apart: "at the start of the 1980s" and "in the
 * mid-1980s" are not one date, and "1983" vs "the mid-1980s" is a precision difference.
 */
function findDecades(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(decadePattern)) {
    const part = spanParts[(m[1] ?? m[2] ?? '').toLowerCase()];
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], granularity: 'decade', parts: { year: Number(m[3]) }, relative: null, ...(part ? { part } : {}) });
  }
  return out;
}

/** The words for a part of a year: a half, a quarter (also "Q3"), or its early, middle or late months. */
const yearPartHead = String.raw`(?:(?:the\s+)?(${ordinalAlternation(2, false)})\s+half\s+of|(?:the\s+)?(${ordinalAlternation(4, true)})\s+quarter\s+of|${spanPartHead('')}|[Qq]([1-4]))\s*`;
// Built once: matchAll works on a copy of the regex, so sharing a /g pattern across calls is safe.
const yearPartPattern = new RegExp(String.raw`\b${yearPartHead}(?:((?:19|20)\d\d)\b(?![\d,.]\d|\s?['’]?s\b)|(the|this|next|last|current)\s+year\b)`, 'gi');

/**
 * Step 4c: a part of a year ("the second half of 2012", "the third quarter of 2011", "Q3 2011",
 * "early 2012", "the end of this year"): the year, or the year to resolve, with the months the
 * words name, so "towards the end of this year" and "in the second half of 2012" compare as a
 * precision difference (the end of a year lies in its second half) and "the first half of 2012"
 * against "in March 2012" as one too, while "the first quarter" against "September" conflicts.
 */
function findYearParts(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(yearPartPattern)) {
    const part = m[1] ? `H${ordinalOf(m[1], 2)}` : m[2] ? `Q${ordinalOf(m[2], 4)}` : m[5] ? `Q${m[5]}` : spanParts[(m[3] ?? m[4])!.toLowerCase()];
    const base = { start: m.index, end: m.index + m[0].length, text: m[0], granularity: 'year' as const, part };
    if (m[6]) out.push({ ...base, parts: { year: Number(m[6]) }, relative: null });
    else out.push({ ...base, parts: {}, relative: { unit: 'year', offset: m[7]!.toLowerCase() === 'the' ? 0 : shifters[m[7]!.toLowerCase()]! } });
  }
  return out;
}

/** The words for a part of a month: one of its weeks (the last is W5, its last days), or its early, middle or late days. */
const monthPartPattern = new RegExp(String.raw`\b(?:(?:the\s+)?(${ordinalAlternation(4, true)})\s+week\s+of|${spanPartHead('')})\s*(${monthNamePattern})\b(?:\.?,?\s+((?:1[89]|20)\d\d)\b)?`, 'g');

/**
 * Step 4d: a part of a month ("the first week of December", "the beginning of December", "mid-June
 * 2012"): the month, or the month to resolve, with the days the words name, so "since the first
 * week of December" against "December 9" is a contradiction and "early December" against
 * "December 4" a precision difference.
 */
function findMonthParts(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(monthPartPattern)) {
    const part = m[1] ? `W${ordinalOf(m[1], 5)}` : spanParts[(m[2] ?? m[3])!.toLowerCase()];
    const month = months[m[4]!.toLowerCase()]!;
    const base = { start: m.index, end: m.index + m[0].length, text: m[0], granularity: 'month' as const, part };
    if (m[5]) out.push({ ...base, parts: { year: Number(m[5]), month }, relative: null });
    else out.push({ ...base, parts: { month }, relative: { unit: 'month-name', month, day: null, direction: directionFrom(text, m.index), strict: false } });
  }
  return out;
}

/** Step 5: "yesterday", "today", "tomorrow" (+ part of day), "last night", "this morning", "three days ago". */
function findDayWords(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(dayWordPattern)) {
    const offset = m[1] ? dayWords[m[1].toLowerCase()] : m[3].toLowerCase() === 'last' ? -1 : 0;
    if (m[3] && m[3].toLowerCase() === 'last' && m[4].toLowerCase() !== 'night') continue; // "last morning" is not a date
    const partOfDay = (m[2] ?? m[4])?.toLowerCase() ?? (m[1]?.toLowerCase() === 'tonight' ? 'night' : undefined);
    out.push(clean({ start: m.index, end: m.index + m[0].length, text: m[0], granularity: 'day' as const, parts: {}, relative: { unit: 'day' as const, offset }, partOfDay }));
  }
  const ago = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week|month|year)s?\s+ago\b/gi;
  const small: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  for (const m of text.matchAll(ago)) {
    const n = small[m[1].toLowerCase()] ?? Number(m[1]);
    const unit = m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year';
    const relative: RelativeDate = unit === 'day' ? { unit, offset: -n } : { unit, offset: -n };
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], granularity: unit, parts: {}, relative });
  }
  return out;
}

/** Step 6: weekday names ("Monday", "on Sunday", "last Friday", "Monday afternoon"). */
function findWeekdays(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(weekdayPattern)) {
    const shifter = m[1]?.toLowerCase();
    const weekday = weekdays[m[2].toLowerCase()];
    let direction: DateDirection = 'nearest';
    if (shifter === 'last' || shifter === 'this past') direction = 'past';
    else if (shifter === 'next' || shifter === 'coming' || shifter === 'this coming') direction = 'future';
    else direction = directionFrom(text, m.index);
    const strict = shifter === 'last' || shifter === 'next';
    out.push(clean({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      granularity: 'weekday' as const,
      parts: { weekday },
      relative: { unit: 'weekday' as const, weekday, direction, strict },
      partOfDay: m[3]?.toLowerCase(),
    }));
  }
  return out;
}

/** Step 7: "last week", "this month", "next year", "earlier this month", "later this year". */
function findPeriods(text: string): RawDate[] {
  const out: RawDate[] = [];
  const re = /\b(?:(earlier|later)\s+)?(last|this|current|next|coming|previous)\s+(week|month|year)\b/gi;
  for (const m of text.matchAll(re)) {
    const unit = m[3].toLowerCase() as 'week' | 'month' | 'year';
    const offset = shifters[m[2].toLowerCase()];
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], granularity: unit, parts: {}, relative: { unit, offset } });
  }
  return out;
}

/** Keep the longest of overlapping finds; earlier steps win ties. Sorted by start. */
function removeOverlaps(found: RawDate[]): RawDate[] {
  const ranked = found.map((d, order) => ({ d, order })).sort((a, b) => b.d.end - b.d.start - (a.d.end - a.d.start) || a.order - b.order);
  const kept: RawDate[] = [];
  for (const { d } of ranked) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

/** The values a part can follow: a decade ("1980s"), a year ("2012"), a month ("2008-12", "--12"). */
const partSpan = /^(?:\d{4}s?|(?:\d{4}|-)-\d{2})$/;

/** Give a complete written date its ISO form. */
function toAbsolute(raw: RawDate): DateMention {
  const { year, month, day } = raw.parts;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (year !== undefined && month !== undefined && day !== undefined) {
    return { ...raw, granularity: 'day', normalized: `${year}-${pad(month)}-${pad(day)}`, resolution: 'absolute' };
  }
  if (year !== undefined && month !== undefined) return { ...raw, granularity: 'month', normalized: `${year}-${pad(month)}`, resolution: 'absolute' };
  if (raw.granularity === 'decade') return { ...raw, granularity: 'decade', normalized: `${year}s`, resolution: 'absolute' };
  return { ...raw, granularity: 'year', normalized: String(year), resolution: 'absolute' };
}

/**
 * Find every date expression in `text` and resolve it against `reference.date` (an ISO date,
 * usually the article's `published`; null leaves relative dates `unresolved`). Offsets index into `text`.
 */
export function findDates(text: string, reference: DateReference): DateMention[] {
  const found = removeOverlaps([
    ...findWrittenDates(text),
    ...findMonthYears(text),
    ...findBareMonths(text),
    ...findYears(text),
    ...findDecades(text),
    ...findYearParts(text),
    ...findMonthParts(text),
    ...findDayWords(text),
    ...findWeekdays(text),
    ...findPeriods(text),
  ]);
  return found.map(({ part, ...raw }) => {
    const mention = raw.relative ? resolveDate({ ...raw, normalized: null, resolution: 'unresolved' }, reference) : toAbsolute(raw);
    // A part keeps its span beside the decade, year or month: "1980s-early", "2012-H2",
    // "2008-12-W1", "--12-early". Not beside an unresolved value (null), nor beside a year that
    // a reference outside four-digit years gives ("999"), which compare-facts could not read.
    if (part && mention.normalized && partSpan.test(mention.normalized)) return { ...mention, normalized: `${mention.normalized}-${part}` };
    return mention;
  });
}

/** Epoch day of a resolved day-granularity mention, or null. Used to turn dates into comparable numbers. */
export function toEpochDayOf(mention: DateMention): number | null {
  if (mention.granularity !== 'day') return null;
  const d = parseIsoDay(mention.normalized);
  return d ? toEpochDay(d.year, d.month, d.day) : null;
}
