/**
 * Step 5 of mention finding: decide whether a name is a person, an organisation, a place or
 * something else, from its own words (cue words, lexicon) and from its neighbours (a role, an
 * honorific, "in X", "X said").
 *
 * Examples: "Chinese Foreign Ministry" → organization (ends in "Ministry"); "Pingtung County"
 * → place; "CCTV" → organization (acronym); "Qin Gang" → person (family name first);
 * "in Vienna" → place; "USS Chung-Hoon" → other (a ship).
 */
import type { EntityType } from '../../../model/mention.js';
import {
  compassWords,
  familyFirstNames,
  givenNameSet,
  knownOrganizations,
  nameParticleSet,
  nameSuffixes,
  orgHeads,
  orgLeads,
  placeAliases,
  placeHeads,
  placeLeads,
  placeNames,
  placePrepositions,
  placeOpeners,
  shipPrefixes,
  thingHeads,
} from '../../../lexicon/index.js';
import type { Token } from './01-tokenise-sentence.js';
import type { TokenRange } from './04-split-roles.js';
import { parseName } from '../match-names.js';

/** What typing knows about a name besides its tokens. */
export interface TypeContext {
  hasRole: boolean;
  hasHonorific: boolean;
  /** Whether the story writes this word in lower case, or it is a listed non-name word. */
  isCommonWord: (lower: string) => boolean;
}

/** The type and the rule that decided it (kept as the mention's `source`). */
export interface TypeDecision {
  type: EntityType;
  source: string;
}

const speechVerbs = new Set(['said', 'says', 'told', 'added', 'stressed', 'asked', 'wrote', 'tweeted', 'noted', 'explained', 'replied', 'insisted', 'argued', 'warned', 'urged', 'announced', 'recalled', 'acknowledged']);
const speechBefore = new Set(['said', 'says', 'told']);

/** Type the name in `range` of a tokenised sentence. */
export function typeMention(tokens: Token[], range: TokenRange, context: TypeContext): TypeDecision {
  const words = tokens.slice(range.from, range.to);
  const lowers = words.map((t) => t.lower);
  const text = lowers.join(' ');
  const last = lowers[lowers.length - 1];
  const ofAt = lowers.findIndex((w) => w === 'of' || w === 'for');
  if (shipPrefixes.has(lowers[0]) && words.length > 1) return { type: 'other', source: 'vessel' };
  if (words.length === 2 && /^\d+(?:st|nd|rd|th)$/.test(words[0].text) && placeHeads.has(last)) return { type: 'place', source: 'place-cue' }; // "117th Street"
  if (words.some((t) => /\d/.test(t.text))) return { type: 'other', source: 'capitalised' };
  if (knownOrganizations.has(text)) return { type: 'organization', source: 'lexicon' };
  if (words.length > 1 && thingHeads.has(last)) return { type: 'other', source: 'thing-cue' };
  if (orgHeads.has(last) || (ofAt > 0 && (orgLeads.has(lowers[ofAt - 1]) || orgHeads.has(lowers[ofAt - 1])))) return { type: 'organization', source: 'org-cue' };
  if (placeNames.has(text) || placeAliases.has(text)) return { type: 'place', source: 'lexicon' };
  if (words.length > 1 && (placeHeads.has(last) || (ofAt > 0 && placeLeads.has(lowers[ofAt - 1])))) return { type: 'place', source: 'place-cue' };
  if (words.length > 1 && placeOpeners.has(lowers[0]) && !orgHeads.has(last)) return { type: 'place', source: 'place-cue' };
  if (words.length > 1 && compassWords.has(last) && !givenNameSet.has(lowers[0])) return { type: 'place', source: 'place-cue' }; // "Hampton East"
  if (words.length > 1 && compassWords.has(lowers[0]) && placeNames.has(lowers.slice(1).join(' '))) return { type: 'place', source: 'lexicon' };
  if (words.every((t) => t.isAcronym || t.isInitial)) return { type: 'organization', source: 'acronym' }; // "CIA", "F. B. I."
  // "T-Mobile", "BlackBerry", "MySpace": brand-shaped words are not people, whatever they "said".
  if (words.length === 1 && /^\p{Lu}(?:[-‐]\p{Lu}|\p{L}*\p{Ll}\p{Lu})/u.test(words[0].text) && !/^(?:Mc|Mac|O'|O’|De|Di|La|Le|Van)/u.test(words[0].text)) {
    return { type: 'other', source: 'brand-shape' };
  }
  if (context.hasRole) return { type: 'person', source: 'title-pattern' };
  if (context.hasHonorific) return { type: 'person', source: 'honorific' };
  if (words.length > 1 && givenNameSet.has(lowers[0])) return { type: 'person', source: 'given-name' };
  if (words.length > 1 && familyFirstNames.has(lowers[0]) && parseName(words.map((t) => t.text).join(' ')).family === 0) {
    return { type: 'person', source: 'family-name' };
  }
  if (words.some((t) => t.isInitial) && words.length > 1) return { type: 'person', source: 'initials' };
  const before = tokens[range.from - 1];
  const after = tokens[range.to];
  const isPossessed = after !== undefined && /^['’][sS]$/u.test(after.text); // "in Castro’s view"
  if (before && placePrepositions.has(before.lower) && words.length <= 2 && !givenNameSet.has(lowers[0]) && !isPossessed) {
    return { type: 'place', source: 'place-preposition' };
  }
  const afterNext = tokens[range.to + 1];
  const speaks =
    (after && speechVerbs.has(after.lower)) ||
    (after?.text === ',' && afterNext && speechVerbs.has(afterNext.lower)) ||
    (before && speechBefore.has(before.lower));
  // "Jake Moreno said": a speaker; a lone "Waitrose said" may be a company, so one word stays unknown.
  if (speaks) return { type: words.length > 1 ? 'person' : 'other', source: 'speaker' };
  // “Mean Girls”: a capitalised phrase wrapped in quotes is the title of a work.
  if (before && /^[“"‘']$/.test(before.text) && after && /^[”"’']$/.test(after.text)) return { type: 'other', source: 'quoted-title' };
  // "Helena Ortiz": two or three capitalised words that the story never writes in lower case and
  // that no list knows are most often a person in news text ("Joint Declarations" is not: "joint" is
  // written lower-case elsewhere).
  const isPlaceWord = (w: string) => placeNames.has(w) || placeOpeners.has(w) || compassWords.has(w) || placeHeads.has(w) || orgHeads.has(w);
  const looksLikeName = (t: Token) =>
    t.isCapitalised && !t.isAcronym && /\p{Ll}/u.test(t.text) && t.text.replace(/[^\p{L}]/gu, '').length >= 2 && !context.isCommonWord(t.lower) && !isPlaceWord(t.lower);
  const core = words.filter((t) => !nameParticleSet.has(t.lower) && !nameSuffixes.has(t.lower));
  if (core.length >= 2 && core.length <= 3 && core.every(looksLikeName)) return { type: 'person', source: 'name-shape' };
  return { type: 'other', source: 'capitalised' };
}
