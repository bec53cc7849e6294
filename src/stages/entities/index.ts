/** Entities: find name mentions in sentences, compare names, resolve mentions across a story. */
export { findMentions } from './find-mentions.js';
export { compareNames, compareTokens, phoneticKey, parseName, normalizeToken, editDistance, type NameComparison, type ParsedName } from './match-names.js';
export { resolveEntities, entityIndex, slugName } from './resolve-entities.js';
