/**
 * The shape of a date found in text, before and after resolution against a reference day.
 */

/** How precise a date is. `month-day` is a day whose year is unknown ("June 18" with no reference). */
export type DateGranularity = 'day' | 'month-day' | 'weekday' | 'week' | 'month' | 'year' | 'decade';

/** How a date got its value: written in full, from the article's published date, from the story's date, or not at all. */
export type DateResolution = 'absolute' | 'relative-to-published' | 'relative-to-story' | 'unresolved';

/** Which way a bare weekday or month name points from the reference. */
export type DateDirection = 'past' | 'future' | 'nearest';

/** What the words say, independent of any reference: the part that must be resolved. */
export type RelativeDate =
  /** "yesterday" (-1), "today" (0), "tomorrow" (+1), "three days ago" (-3). */
  | { unit: 'day'; offset: number }
  /** "last week" (-1), "this month" (0), "next year" (+1). */
  | { unit: 'week' | 'month' | 'year'; offset: number }
  /** "Monday", "on Sunday", "last Friday". 0 = Sunday. */
  | { unit: 'weekday'; weekday: number; direction: DateDirection; strict: boolean }
  /** "June 18", "Dec. 21" (year missing), "in May", "last November". */
  | { unit: 'month-name'; month: number; day: number | null; direction: DateDirection; strict: boolean };

/** Where a date is resolved from. `date` is ISO (date or date-time) or null when unknown. */
export interface DateReference {
  date: string | null;
  /** True when `date` is the story's inferred date rather than the article's published date. Default false. */
  isStory?: boolean;
}

/** One date expression found in a text, with offsets into that text. */
export interface DateMention {
  start: number;
  end: number;
  /** The words as written ("yesterday morning", "June 18, 2023"). */
  text: string;
  granularity: DateGranularity;
  /**
   * ISO form: "2023-06-18" (day), "2023-W24" (week), "2023-02" (month), "2018" (year);
   * unresolved: "--06-18" (month-day, ISO 8601 without year), "--06" (month), or null (weekday, offsets).
   */
  normalized: string | null;
  resolution: DateResolution;
  /** Fields stated by the words themselves (weekday 0 = Sunday). */
  parts: { year?: number; month?: number; day?: number; weekday?: number };
  /** The relative part still to resolve, or null for complete absolute dates. */
  relative: RelativeDate | null;
  /** "morning", "afternoon", "evening", "night" when the words name one. */
  partOfDay?: string;
}
