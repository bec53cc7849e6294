/**
 * Word lists for finding and typing names, loaded once from the JSON files beside this one.
 * Every set holds lower-case entries; callers lower-case before looking up.
 */
import titles from './titles.json' with { type: 'json' };
import orgCues from './org-cues.json' with { type: 'json' };
import placeCues from './place-cues.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import nonNames from './non-names.json' with { type: 'json' };
import givenNames from './given-names.json' with { type: 'json' };
import familyNames from './family-names.json' with { type: 'json' };
import nameParticles from './name-particles.json' with { type: 'json' };
import nameVariants from './name-variants.json' with { type: 'json' };
import thingCues from './thing-cues.json' with { type: 'json' };

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

/** Single words naming an office or role ("minister", "ambassador", "spokesman"). */
export const titleHeads = lower(titles.heads);
/** Nouns that give a person's role only when lower-case ("suspect", "climber"). */
export const roleNouns = lower(titles.roleNouns);
/** Multiword titles matched as one unit ("secretary of state", "state councilor"). */
export const titlePhrases = [...lower(titles.phrases)].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
/** Words that may stand inside a role but never make one alone ("foreign", "deputy", "senior"). */
export const titleModifiers = lower(titles.modifiers);
/** Courtesy titles before a person's name ("mr.", "dr."). */
export const honorifics = lower(titles.honorifics);
/** Prefixes of ship names ("uss", "hmcs"): the name after them is a vessel. */
export const shipPrefixes = lower(titles.shipPrefixes);

/** Last words of organisation names ("ministry", "party", "radio"). */
export const orgHeads = lower(orgCues.heads);
/** Words that mark a body known by its initials ("federation", "league", "administration"). */
export const acronymHeads = lower(orgCues.acronymHeads);
/** Whole names of well-known organisations without a cue word ("red cross", "kremlin"). */
export const knownOrganizations = lower(orgCues.known);
/** First words of "X of Y" organisation names ("university" of, "bank" of). */
export const orgLeads = lower(orgCues.leads);
/** Nouns that turn a person's name into an organisation-like thing ("Biden administration"). */
export const governmentNouns = lower(orgCues.governmentNouns);

/** Last words of place names ("strait", "county", "islands"). */
export const placeHeads = lower(placeCues.heads);
/** First words of "X of Y" place names ("gulf" of, "strait" of). */
export const placeLeads = lower(placeCues.leads);
/** Prepositions that announce a place ("in Vienna"). */
export const placePrepositions = lower(placeCues.prepositions);
/** First words that make a two-word name a place without "of" ("Mount Pleasant", "Santa Monica"). */
export const placeOpeners = lower(placeCues.openers);
/** Last words of laws, events and products ("Act", "Cup", "Hurricane"): such names are "other". */
export const thingHeads = lower(thingCues.heads);
/** Compass and similar words that open place names ("South Carolina", "East Turkistan"). */
export const compassWords = lower(placeCues.compass);

const aliasEntries: [string, string][] = [];
for (const [canonical, list] of Object.entries(places.aliases as Record<string, string[]>)) {
  aliasEntries.push([canonical.toLowerCase(), canonical]);
  for (const alias of list) aliasEntries.push([alias.toLowerCase(), canonical]);
}
for (const [acronym, canonical] of Object.entries(places.acronyms as Record<string, string>)) {
  aliasEntries.push([acronym.toLowerCase(), canonical]);
}
for (const [abbreviation, canonical] of Object.entries(places.stateAbbreviations as Record<string, string>)) {
  aliasEntries.push([abbreviation.toLowerCase(), canonical]);
}
/** Place aliases to their canonical name ("u.s." → "United States"). */
export const placeAliases = new Map<string, string>(aliasEntries);
/** Every known place name, aliases included, lower-case. */
export const placeNames = new Set<string>([
  ...lower(places.countries),
  ...lower(places.cities),
  ...lower(places.states),
  ...lower(places.regions),
  ...placeAliases.keys(),
]);
/** Country names and country acronyms, lower-case (a role may open with one: "US Secretary of State"). */
export const countryNames = new Set<string>([...lower(places.countries), ...lower(Object.keys(places.acronyms)), ...lower(Object.values(places.aliases as Record<string, string[]>).flat())]);
/** Demonyms to their country ("chinese" → "China"); a demonym alone is never an entity. */
export const demonyms = new Map<string, string>(Object.entries(places.demonyms as Record<string, string>));

/** Function and sentence-opening words ("the", "according", "meanwhile"). */
export const functionWords = lower(nonNames.function);
/** Days and months, with their abbreviations ("dec."). */
export const calendarWords = lower([...nonNames.days, ...nonNames.months]);
/** Number words ("three", "second"). */
export const numberWords = lower(nonNames.numbers);
/** Group adjectives and nouns that are not names ("republicans", "communist"). */
export const groupWords = lower(nonNames.groups);
/** Nouns never a name when they stand alone ("secretary", "government"). */
export const aloneNonNames = lower(nonNames.alone);

/** Common given names ("matthew"): a sequence opening with one is likely a person. */
export const givenNameSet = lower(givenNames.names);
/** East Asian family names that come first ("xi" in "Xi Jinping"). */
export const familyFirstNames = lower(familyNames.names);
/** Lower-case particles inside names ("von", "bin", "al"). */
export const nameParticleSet = lower(nameParticles.particles);
/** Generational suffixes ("jr.", "iii"). */
export const nameSuffixes = lower(nameParticles.suffixes);

const variantIndex = new Map<string, Set<number>>();
nameVariants.groups.forEach((group, i) => {
  for (const name of group) {
    const key = name.toLowerCase();
    if (!variantIndex.has(key)) variantIndex.set(key, new Set());
    variantIndex.get(key)!.add(i);
  }
});
/** Whether two given names are listed as variants of each other ("bill" / "william"). */
export function isGivenNameVariant(a: string, b: string): boolean {
  const ga = variantIndex.get(a.toLowerCase());
  const gb = variantIndex.get(b.toLowerCase());
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.has(g)) return true;
  return false;
}

/** Abbreviations that keep their final period as part of the token ("Mr.", "Dec.", "Sen."). */
export const periodAbbreviations = new Set<string>(
  [...honorifics, ...titleHeads, ...calendarWords, ...orgHeads, ...placeHeads, ...nameSuffixes, ...Object.keys(places.stateAbbreviations).map((a) => a.toLowerCase()), 'st.', 'mt.', 'ft.', 'no.', 'vs.', 'jr.', 'sr.']
    .filter((w) => w.endsWith('.'))
    .map((w) => w.slice(0, -1)),
);
