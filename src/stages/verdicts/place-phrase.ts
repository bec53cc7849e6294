/**
 * Place names as news writes them beside a person ("Raj Chohan, 59, of College Point", "born in
 * the Bronx", "of Schenectady, N.Y."): reading one from a point of a sentence, and comparing two
 * without a gazetteer. A place is a run of capitalised words (with "the" before, "of"/"upon"
 * inside: "Isle of Man"), then perhaps a region after a comma ("Beaumont, Texas"). Countries and
 * regions (US states, provinces) are coarse: a town inside one cannot be told from a town outside
 * it without a gazetteer, so a coarse place is never set against a town.
 */
import demonyms from './data/demonyms.json' with { type: 'json' };
import regions from './data/place-regions.json' with { type: 'json' };

/** A place as written, with the words it is compared by. */
export interface PlacePhrase {
  /** As written, spacing of tokenised text tidied ("Schenectady, N.Y."). */
  written: string;
  /** Lower-case words of the place without "the" and without a region suffix ("schenectady"). */
  words: string[];
  /** The region after a comma, normalised ("new york" for ", N . Y ."), or null. */
  region: string | null;
  /** Is the whole place a country or a region ("Texas", "the U.K.")? */
  isCoarse: boolean;
  /** Offset just after the phrase in the text it was read from. */
  end: number;
  /**
   * Is the place the story's setting, named by many outlets apart from this reading (see
   * find-residence-conflicts.ts)? Then it may be the city around a finer place: a precision row.
   */
  isSetting?: boolean;
}

/** Compact form of a name for lookups: lower-case, no dots, single spaces ("N . Y ." → "ny"). */
const keyOf = (name: string) => name.toLowerCase().replace(/\s*\.\s*/g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** Every country and region name or abbreviation, by its compact form, to its full compact name. */
const coarseNames = new Map<string, string>();
/** Compact full names of the countries (the rest of `coarseNames` are regions). */
const countries = new Set(Object.keys(demonyms.adjectives).map(keyOf));
for (const country of countries) coarseNames.set(country, country);
for (const [country, aliases] of Object.entries(demonyms.aliases)) for (const a of aliases) coarseNames.set(keyOf(a), keyOf(country));
for (const [region, abbreviations] of Object.entries(regions.regions)) {
  coarseNames.set(keyOf(region), keyOf(region));
  // Two-letter postal codes ("TX") only count after a comma, where the region reader looks.
  for (const a of abbreviations) coarseNames.set(keyOf(a), keyOf(region));
}
const organizationWords = new Set(regions.organizationWords);
/** Words that describe people, not places ("African American Minneapolis resident"). */
const peopleWords = new Set([...Object.values(demonyms.adjectives).flat(), 'African', 'Asian', 'Latin', 'Native', 'Hispanic']);

/** How many characters of leading people-describing words a capitalised run starts with ("African American "). */
export function peopleWordsLength(run: string): number {
  let length = 0;
  for (const m of run.matchAll(/(\S+)(\s+)/g)) {
    if (m.index !== length || !peopleWords.has(m[1]!)) break;
    length += m[0].length;
  }
  return length;
}
const streetWords = new Set(regions.streetWords);

/** Connectors allowed inside a place name when a capitalised word follows ("Isle of Man"). */
const innerWords = new Set(['of', 'upon', 'de', 'del', 'da', 'on']);
/** One capitalised word, or a short abbreviation with its dot ("St .", "N . Y ."). */
const capitalWord = /^[A-Z][\p{L}'’-]*/u;
/** Calendar words are capitalised but end a place: "in South Richmond Hill Friday", "from Monday to Friday". */
export const calendarWords = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Read the capitalised run starting at `from` (after any spaces); null when none starts there. */
function readRun(text: string, from: number): { written: string; end: number } | null {
  let i = from;
  const words: string[] = [];
  let end = from;
  for (;;) {
    const gap = /^\s*/.exec(text.slice(i))![0].length;
    const rest = text.slice(i + gap);
    const cap = capitalWord.exec(rest);
    if (cap && !calendarWords.test(cap[0])) {
      let word = cap[0];
      let len = cap[0].length;
      // An abbreviation keeps its dot: "St . Louis", "N . Y ."; a long word's dot ends the sentence.
      const dot = /^\s?\./.exec(rest.slice(len));
      if (dot && word.length <= 3) {
        word += '.';
        len += dot[0].length;
      }
      words.push(word);
      i += gap + len;
      end = i;
      continue;
    }
    const inner = /^([a-z]+)\s+(?=[A-Z])/.exec(rest);
    if (words.length > 0 && inner && innerWords.has(inner[1]!)) {
      words.push(inner[1]!);
      i += gap + inner[1]!.length;
      continue;
    }
    break;
  }
  while (words.length && innerWords.has(words[words.length - 1]!)) words.pop();
  // An owner before the place is the region it lies in: "Macomb County's Bruce Township".
  const owner = words.findLastIndex((w) => /[’']s$/.test(w));
  if (owner >= 0) words.splice(0, owner + 1);
  if (words.length === 0) return null;
  // Tidy tokenised abbreviations: "N. Y." → "N.Y.".
  return { written: words.join(' ').replace(/\b([A-Z])\. (?=[A-Z]\.)/g, '$1.'), end };
}

/**
 * The place written at `from` ("the Bronx in 1928" → "the Bronx"), with a region after a comma
 * ("Beaumont , Texas" → region "texas"); null when no capitalised place starts there or the run
 * ends in a body's word ("Boston College", "Mount Cook Alpine Rescue Team").
 */
export function readPlace(text: string, from: number): PlacePhrase | null {
  const lead = /^\s*(the\s+)?/i.exec(text.slice(from))![0];
  const run = readRun(text, from + lead.length);
  if (!run) return null;
  const runWords = run.written.split(/\s+/);
  const lastWord = runWords[runWords.length - 1]!.toLowerCase();
  // "of the Times-Picayune", "Boston College": a body; "of High Street": an address.
  if (lastWord.split('-').some((w) => organizationWords.has(w.replace(/[^a-z]/g, ''))) || streetWords.has(lastWord)) return null;
  const the = lead.trim() ? `${lead.trim()} ` : '';
  // "Leon Washington of the Jets": "the" and one plural word is a team or a band, unless a country ("the Philippines").
  if (the && runWords.length === 1 && /s$/.test(lastWord) && !coarseNames.has(keyOf(run.written))) return null;
  let written = `${the}${run.written}`;
  let end = run.end;
  let region: string | null = null;
  const comma = /^\s*,\s*/.exec(text.slice(end));
  if (comma) {
    const next = readRun(text, end + comma[0].length);
    const key = next ? coarseNames.get(keyOf(next.written)) : undefined;
    if (next && key && !coarseNames.has(keyOf(run.written))) {
      region = key;
      written = `${written}, ${next.written}`;
      end = next.end;
    }
  }
  const base = keyOf(run.written);
  return { written, words: base.split(' '), region, isCoarse: region === null && coarseNames.has(base), end };
}

/** How two places of one person relate: one place, one inside the other's words, unknown, or two places. */
export type PlaceRelation = 'same' | 'inside' | 'unknown' | 'differ';

/** Are the words of `a` a run of the words of `b` ("park hill" in "south park hill")? */
function isRunOf(a: string[], b: string[]): boolean {
  for (let i = 0; i + a.length <= b.length; i++) if (a.every((w, k) => b[i + k] === w)) return true;
  return false;
}

/**
 * Compare two places. "Beaumont, Texas" and "Beaumont" are one place; "South Richmond Hill" holds
 * "Richmond Hill" (inside: a precision row); "Texas" against "Beaumont" is unknown (a coarse place
 * may hold the town); "Portland, Oregon" and "Portland, Maine" differ by region.
 */
export function comparePlaces(a: PlacePhrase, b: PlacePhrase): PlaceRelation {
  const [aw, bw] = [a.words.join(' '), b.words.join(' ')];
  if (a.isCoarse && b.isCoarse) {
    const [x, y] = [coarseNames.get(aw)!, coarseNames.get(bw)!];
    // Two countries are two places; a state against a country may be inside it.
    return x === y ? 'same' : countries.has(x) && countries.has(y) ? 'differ' : 'unknown';
  }
  const regionsDiffer = a.region !== null && b.region !== null && a.region !== b.region;
  if (aw === bw) return regionsDiffer ? 'differ' : 'same';
  if (a.isCoarse || b.isCoarse) return 'unknown';
  // The story's setting against a finer place is told coarser, as "the Bronx" / "New York City".
  if (a.isSetting || b.isSetting) return 'inside';
  if (regionsDiffer) return 'differ';
  if (isRunOf(a.words, b.words) || isRunOf(b.words, a.words)) return 'inside';
  return 'differ';
}

/** The normal form of a place shown with its row: its words, then its region ("beaumont, texas"). */
export const placeKey = (p: PlacePhrase) => (p.region ? `${p.words.join(' ')}, ${p.region}` : p.words.join(' '));
