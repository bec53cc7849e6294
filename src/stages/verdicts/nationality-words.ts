/**
 * The nationality words the nationality rows read (data/demonyms.json), as lookups and regular
 * expression alternations: adjectives ("Australian"), nouns ("a New Zealander"), the words that
 * make a nationality word something else, and the countries a written nationality names.
 */
import demonyms from './data/demonyms.json' with { type: 'json' };
import { alternationOf } from '../../escape-regexp.js';

/** Each nationality word to its country, the country a part belongs to ("English" → United Kingdom). */
export const countryOf = new Map<string, string>();
const partOf: Record<string, string> = demonyms.partOf;
for (const [country, words] of Object.entries(demonyms.adjectives)) for (const w of words) countryOf.set(w, partOf[country] ?? country);
/** Each nationality noun ("New Zealander", "Briton") to its country. */
export const nounCountry = new Map<string, string>();
for (const [country, words] of Object.entries(demonyms.nouns)) for (const w of words) nounCountry.set(w, partOf[country] ?? country);

/** Every nationality adjective, as a RegExp alternation (longest first: "South African" before "African"). */
export const adjective = alternationOf(countryOf.keys());
/** Every nationality adjective or noun, as a RegExp alternation ("New Zealander" before "New Zealand"). */
export const anyWord = alternationOf([...countryOf.keys(), ...nounCountry.keys()]);
/** Words after a nationality adjective that make it something else: "American football", "French teacher". */
export const notNationality = new Set(demonyms.notNationality);
/** Lower-case words that cannot stand between a nationality and the name it describes. */
export const linkWords = new Set(['of', 'and', 'or', 'to', 'for', 'with', 'by', 'from', 'in', 'on', 'at', 'said', 'says', 'told', 'the', 'a', 'an', 'that', 'who', 'his', 'her', 'their', 'its', 'as', 'is', 'was', 'former', 'ex']);

/**
 * Can a lower-case word between the nationality and the name be a noun for one person? Not a
 * verb ("a Russian court sentenced Navalny") nor a plural ("three Israeli broadcasters had Gantz
 * ahead"); "actress", "witness" keep their double s.
 */
export const isPersonNoun = (word: string) => !/(?:ed|[^s]s)$/.test(word);

/** Is the noun after a nationality one that names a person ("climber", not "football" or "police")? No noun is fine too. */
export const isDescribingNoun = (noun: string | undefined) => noun === undefined || (!notNationality.has(noun) && !linkWords.has(noun) && isPersonNoun(noun));

/** The countries of a written nationality ("Iranian-American" → Iran, United States). */
export function countriesOf(written: string): string[] {
  return [...new Set(written.split(/\s*-\s*/).map((w) => countryOf.get(w) ?? nounCountry.get(w)).filter((c): c is string => Boolean(c)))].sort();
}

/** A nationality as shown, hyphens closed up, and its countries: "Iranian - American" → "Iranian-American", [Iran, United States]. */
export function readWritten(written: string): { written: string; countries: string[] } {
  return { written: written.replace(/\s*-\s*/g, '-'), countries: countriesOf(written) };
}

