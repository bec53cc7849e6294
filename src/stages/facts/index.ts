/** Facts stage: typed values in sentences, how two values compare, and what slot a value fills. */
export { findFacts } from './find-facts.js';
export type { FactContext } from './find-facts.js';
export { compareFacts, isLikelyUpdate, tollUnits } from './compare-facts.js';
export type { FactComparison } from './compare-facts.js';
export { factSlot } from './fact-slot.js';
export { stemWord } from './stem-word.js';
