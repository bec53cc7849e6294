/** Dates stage: find dates in text, resolve them against a reference, infer a story's date. */
export { findDates, toEpochDayOf } from './find-dates.js';
export { resolveDate, resolveAgainstStory } from './resolve-date.js';
export { inferStoryDate } from './infer-story-date.js';
export type { DateMention, DateGranularity, DateResolution, DateDirection, DateReference, RelativeDate } from './date-mention.js';
