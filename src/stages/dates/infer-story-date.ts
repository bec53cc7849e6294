/**
 * Infer the day a story is about when no article has a published date, from the dates the
 * articles write out and the weekdays they name.
 *
 * Example (the June 2023 Beijing talks): one article says "On June 18", others "on Sunday" and
 * "Monday", and years 2018, 2021, 2024 appear in passing. June 18 is a Sunday in 2023 (and no
 * other year from 2019 to 2025), so the story date is 2023-06-18.
 */
import { formatDay, fromEpochDay, toEpochDay, weekdayOf } from './calendar.js';
import type { DateMention } from './date-mention.js';

/** How many years before the latest year mentioned a yearless date may fall. */
const yearsBack = 5;

/** A date written this close to an article's start is in its lede, where news states the event day. */
const ledeChars = 200;

/** A month-day named by the articles, with how many articles name it and any year they give. */
interface DayCandidate {
  month: number;
  day: number;
  articles: Set<number>;
  /** Articles that write it in their lede. */
  ledes: Set<number>;
  years: Set<number>;
}

/** Closeness of a date's weekday to a named weekday: same day 2, one day apart 1, else 0. */
function weekdayAgreement(epochDay: number, weekday: number): number {
  const d = Math.abs(weekdayOf(epochDay) - weekday);
  const distance = Math.min(d, 7 - d);
  return distance === 0 ? 2 : distance === 1 ? 1 : 0;
}

/**
 * The reference day the articles of a story agree on, as ISO "YYYY-MM-DD", or null when they
 * name no day or give no year to anchor it. `articles` holds, per article, the dates found with
 * no reference (`findDates(text, { date: null })`).
 *
 * Offsets must be article offsets (findDates over the whole article text): a date in the first
 * 200 characters is in the lede.
 *
 * Method: every month-day written out is a candidate ("June 18", "June 18, 2023"). A candidate
 * scores 2 per article that writes it, 3 more per article that writes it in its lede, plus per article up to 2 for the bare weekdays it names
 * (2 when one falls on the candidate day, 1 when one is a day off: "talks on Sunday, Xi on
 * Monday"). A year written with the day is used as is; otherwise every year from five before to
 * one after the latest year mentioned is tried, and the best-scoring one wins (ties: the later
 * year). Among candidates the best score wins; ties go to more articles, then the later date.
 */
export function inferStoryDate(articles: readonly (readonly DateMention[])[]): string | null {
  const candidates = new Map<string, DayCandidate>();
  const weekdaysByArticle: number[][] = [];
  let latestYear: number | null = null;
  articles.forEach((mentions, article) => {
    const weekdays: number[] = [];
    for (const m of mentions) {
      const { year, month, day, weekday } = m.parts;
      if (year !== undefined) latestYear = Math.max(latestYear ?? year, year);
      if (month !== undefined && day !== undefined) {
        const key = `${month}-${day}`;
        const c = candidates.get(key) ?? { month, day, articles: new Set(), ledes: new Set(), years: new Set() };
        c.articles.add(article);
        if (m.start < ledeChars) c.ledes.add(article);
        if (year !== undefined) c.years.add(year);
        candidates.set(key, c);
      } else if (weekday !== undefined && m.relative?.unit === 'weekday' && m.relative.direction === 'nearest') {
        weekdays.push(weekday);
      }
    }
    weekdaysByArticle.push(weekdays);
  });
  if (latestYear === null) return null;
  const top: number = latestYear;

  let best: { score: number; articles: number; epoch: number } | null = null;
  for (const c of candidates.values()) {
    const years = c.years.size > 0 ? [...c.years] : Array.from({ length: yearsBack + 2 }, (_, i) => top - yearsBack + i);
    for (const year of years) {
      const epoch = toEpochDay(year, c.month, c.day);
      let score = 2 * c.articles.size + 3 * c.ledes.size;
      for (const weekdays of weekdaysByArticle) score += Math.max(0, ...weekdays.map((w) => weekdayAgreement(epoch, w)));
      const better =
        !best ||
        score > best.score ||
        (score === best.score && (c.articles.size > best.articles || (c.articles.size === best.articles && epoch > best.epoch)));
      if (better) best = { score, articles: c.articles.size, epoch };
    }
  }
  return best ? formatDay(fromEpochDay(best.epoch)) : null;
}
