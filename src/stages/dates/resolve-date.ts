/**
 * Resolve a found date against a reference day: the article's published date, or the story's
 * inferred date for articles without one. Pure: the reference is an argument, never the clock.
 */
import {
  formatDay,
  formatIsoWeek,
  formatMonth,
  fromEpochDay,
  parseIsoDay,
  toEpochDay,
  weekdayOf,
  daysInMonth,
} from './calendar.js';
import type { DateMention, DateReference, DateResolution, RelativeDate } from './date-mention.js';

/**
 * How far into the future a yearless "June 18" may point from the published day before the
 * previous year is chosen instead. News mostly reports the past: in an article of 2023-06-20,
 * "Dec. 21" is 2022-12-21, but "June 25" is 2023-06-25 (an announced event).
 */
const yearlessFutureDays = 30;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** What can be said without a reference: the month-day or month, else nothing. */
function describeUnresolved(relative: RelativeDate): Pick<DateMention, 'granularity' | 'normalized'> {
  if (relative.unit === 'month-name') {
    return relative.day === null
      ? { granularity: 'month', normalized: `--${pad2(relative.month)}` }
      : { granularity: 'month-day', normalized: `--${pad2(relative.month)}-${pad2(relative.day)}` };
  }
  if (relative.unit === 'weekday') return { granularity: 'weekday', normalized: null };
  if (relative.unit === 'week') return { granularity: 'week', normalized: null };
  if (relative.unit === 'month') return { granularity: 'month', normalized: null };
  if (relative.unit === 'year') return { granularity: 'year', normalized: null };
  return { granularity: 'day', normalized: null };
}

/** Pick the weekday occurrence around `ref` (epoch day) that the direction asks for. */
function resolveWeekday(ref: number, weekday: number, direction: string, strict: boolean, isStory: boolean): number {
  const back = (weekdayOf(ref) - weekday + 7) % 7; // days back to the latest such weekday on or before ref
  if (direction === 'future') {
    const ahead = (weekday - weekdayOf(ref) + 7) % 7;
    return ref + (ahead === 0 && strict ? 7 : ahead);
  }
  if (direction === 'past') return ref - (back === 0 && strict ? 7 : back);
  // A bare "Monday": in a published article the latest one on or before the day it appeared;
  // against a story date (an event day, not a publication day) the nearest one, either side.
  if (isStory) return back <= 3 ? ref - back : ref + (7 - back);
  return ref - back;
}

/** Pick the year of a month (and day) name around the reference day. */
function resolveMonthName(ref: number, month: number, day: number | null, direction: string, strict: boolean, isStory: boolean): number {
  const refYear = fromEpochDay(ref).year;
  const refMonth = fromEpochDay(ref).month;
  const candidates = [refYear - 1, refYear, refYear + 1].map((year) => {
    const d = day === null ? 1 : Math.min(day, daysInMonth(year, month));
    return { year, epoch: toEpochDay(year, month, d) };
  });
  const monthIndex = (year: number, m: number) => year * 12 + m;
  const refIndex = monthIndex(refYear, refMonth);
  if (day === null) {
    // Month names compare by month: "last November" is strictly before this month.
    const pick = (test: (idx: number) => boolean, latest: boolean) => {
      const ok = candidates.filter((c) => test(monthIndex(c.year, month)));
      return (latest ? ok[ok.length - 1] : ok[0]) ?? candidates[1];
    };
    if (direction === 'past') return pick((i) => (strict ? i < refIndex : i <= refIndex), true).year;
    if (direction === 'future') return pick((i) => (strict ? i > refIndex : i >= refIndex), false).year;
    if (isStory) return pick((i) => Math.abs(i - refIndex) <= 6, true).year;
    return pick((i) => i <= refIndex, true).year;
  }
  if (direction === 'past') return [...candidates].reverse().find((c) => c.epoch < ref)?.year ?? refYear;
  if (direction === 'future') return candidates.find((c) => c.epoch > ref)?.year ?? refYear;
  if (isStory) {
    const nearest = [...candidates].sort((a, b) => Math.abs(a.epoch - ref) - Math.abs(b.epoch - ref))[0];
    return nearest.year;
  }
  return [...candidates].reverse().find((c) => c.epoch <= ref + yearlessFutureDays)?.year ?? refYear;
}

/**
 * Resolve one date mention against a reference. Complete absolute dates are returned as they are;
 * relative ones get a value when `reference.date` is a valid ISO date, else stay `unresolved`.
 * Example: "Monday" with published "2023-06-20" (a Tuesday) → "2023-06-19", relative-to-published.
 */
export function resolveDate(mention: DateMention, reference: DateReference): DateMention {
  const relative = mention.relative;
  if (!relative) return { ...mention, resolution: 'absolute' };
  const refDay = parseIsoDay(reference.date);
  if (!refDay) return { ...mention, ...describeUnresolved(relative), resolution: 'unresolved' };
  const isStory = reference.isStory === true;
  const resolution: DateResolution = isStory ? 'relative-to-story' : 'relative-to-published';
  const ref = toEpochDay(refDay.year, refDay.month, refDay.day);
  switch (relative.unit) {
    case 'day':
      return { ...mention, granularity: 'day', normalized: formatDay(fromEpochDay(ref + relative.offset)), resolution };
    case 'week':
      return { ...mention, granularity: 'week', normalized: formatIsoWeek(ref + 7 * relative.offset), resolution };
    case 'month': {
      const index = refDay.year * 12 + (refDay.month - 1) + relative.offset;
      return { ...mention, granularity: 'month', normalized: formatMonth(Math.floor(index / 12), (index % 12) + 1), resolution };
    }
    case 'year':
      return { ...mention, granularity: 'year', normalized: String(refDay.year + relative.offset), resolution };
    case 'weekday': {
      const day = resolveWeekday(ref, relative.weekday, relative.direction, relative.strict, isStory);
      return { ...mention, granularity: 'day', normalized: formatDay(fromEpochDay(day)), resolution };
    }
    case 'month-name': {
      const year = resolveMonthName(ref, relative.month, relative.day, relative.direction, relative.strict, isStory);
      if (relative.day === null) return { ...mention, granularity: 'month', normalized: formatMonth(year, relative.month), resolution };
      const day = Math.min(relative.day, daysInMonth(year, relative.month));
      return { ...mention, granularity: 'day', normalized: formatDay({ year, month: relative.month, day }), resolution };
    }
  }
}

/** Resolve the still-unresolved mentions of an article against the story date; others are kept. */
export function resolveAgainstStory(mentions: DateMention[], storyDate: string | null): DateMention[] {
  return mentions.map((m) => (m.resolution === 'unresolved' ? resolveDate(m, { date: storyDate, isStory: true }) : m));
}
