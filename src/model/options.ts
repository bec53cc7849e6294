import type { ReportIssue } from './report.js';

/**
 * Every option of `analyze` with its default, written in one place.
 */
export interface AnalyzeOptions {
  /** Word budget of the extractive summary. Default 120. */
  summaryWords: number;
  /** Fixed "now" used where a report needs a time; never the wall clock. Default null (omitted). */
  generatedAt: string | null;
  /** Input problems found before analysis (by the file reader), carried into report.issues. Default []. */
  inputIssues: ReportIssue[];
  /** Include each article's cleaned text in the report, so spans can be checked. Default true. */
  includeText: boolean;
}

/** The defaults of every analyze option. */
export const defaultOptions: Readonly<AnalyzeOptions> = Object.freeze({
  summaryWords: 120,
  generatedAt: null,
  inputIssues: [],
  includeText: true,
});

/** Fill unspecified options with their defaults. */
export function resolveOptions(options: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  const resolved = { ...defaultOptions };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && key in defaultOptions) (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
