/** Quotes stage: direct, partial and reported quotes with their speakers, and variants linked across outlets. */
export { findQuotes } from './find-quotes.js';
export { groupQuotes } from './group-quotes.js';
export type { QuoteMention, QuoteGroup, QuoteKind, AttributionSource } from './quote-mention.js';
