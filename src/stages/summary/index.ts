/** The summary stage: the extractive multi-document summary, its models and option defaults. */
export { summarize, defaultCiteCosine } from './summarize.js';
export { loadFittedModel, loadHandModel } from './summary-model.js';
export type { SummaryInput, SummaryPick, SummaryOptions } from './summarize.js';
export type { SummaryModel } from './summary-model.js';
