/**
 * Facts: typed values found in sentences (numbers, durations, dates, money, ...).
 */
import type { Span } from './text.js';

export type FactKind =
  | 'quantity' // "42 NGOs", "60 meters", "three buses"
  | 'duration' // "5 and a half hours", "35 minutes"
  | 'date' // "June 18", "Monday", "last November"
  | 'time' // "4:30 p.m."
  | 'money' // "$2 million"
  | 'percent' // "12%"
  | 'ordinal'; // "second", "18th"

/** Hedge words that change what a value asserts. */
export type Qualifier = 'exact' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'up-to';

/** One typed value in a sentence. */
export interface Fact extends Span {
  kind: FactKind;
  /** The words as written ("5 and a half hours"). */
  text: string;
  /** Sentence id the fact is in. */
  sentence: string;
  /** Numeric value in the base unit (durations in minutes, money in its currency units, dates as epoch days). */
  value: number;
  /** Unit or counted noun, lower-case and singular ("hour" -> "minute" for durations, "ngo", "meter", "usd"). */
  unit: string;
  qualifier: Qualifier;
  /** A canonical form for display and comparison: "330 min", "2023-06-18", "USD 2000000". */
  normalized: string;
  /** For dates: how certain the resolution is. */
  resolution?: 'absolute' | 'relative-to-published' | 'relative-to-story' | 'unresolved';
}
