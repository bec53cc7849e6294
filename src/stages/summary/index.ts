/** The summary stage: the extractive multi-document summary and its option defaults. */
export { summarize, defaultSummaryWeights } from './summarize.js';
export type { SummaryInput, SummaryPick, SummaryOptions, SummaryWeights } from './summarize.js';
