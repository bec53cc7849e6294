/**
 * Calendar arithmetic on epoch days (days since 1970-01-01, proleptic Gregorian), without
 * `Date` and without a clock, so date resolution is pure and time-zone free.
 */

/** A calendar day. Months 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 for a calendar day (Howard Hinnant's days_from_civil). */
export function toEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of an epoch day. */
export function fromEpochDay(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of week of an epoch day, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return toEpochDay(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - toEpochDay(year, month, 1);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2023-06-18" for a calendar day. */
export function formatDay(d: CivilDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** "2023-06" for a month. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** ISO week "2023-W24" of an epoch day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function formatIsoWeek(epochDay: number): string {
  const thursday = epochDay - ((weekdayOf(epochDay) + 6) % 7) + 3;
  const year = fromEpochDay(thursday).year;
  const week = Math.floor((thursday - toEpochDay(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/**
 * Parse the date part of an ISO 8601 date or date-time ("2023-06-18", "2023-06-18T09:00:00Z").
 * Returns null when it is not one. The time and zone are ignored: news dates are local days.
 */
export function parseIsoDay(iso: string | null | undefined): CivilDate | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}
