/**
 * Keys that compare organisation and place names across outlets: the words of a name as every
 * outlet would spell them, and the initials an acronym of it may take. Pure functions of the text.
 *
 * Example: "U . S . Marshal Service", "U.S. Marshals Service" → ["us", "marshal", "service"];
 * "Hewlett - Packard Co ." → ["hewlett", "packard"] (legal suffix left out), initials "hp";
 * "40 East 5th Ave ." and "40 East Fifth Avenue" → ["40", "east", "5th", "avenue"].
 */
import nameKeys from '../../lexicon/name-keys.json' with { type: 'json' };

const corporateSuffixes = new Set(nameKeys.corporateSuffixes);
const abbreviations = new Map(Object.entries(nameKeys.abbreviations));
const streetAbbreviations = new Map(Object.entries(nameKeys.streetAbbreviations));
const spellings = new Map(Object.entries(nameKeys.spellings));
const ordinals = new Map(Object.entries(nameKeys.ordinals));
const initialStopwords = new Set(nameKeys.initialStopwords);
let heads: { generic: Set<string>; brand: Set<string> } | null = null;

/**
 * Whether the words after a name may be left out by an outlet: any generic head after a name of
 * two or more words ("Jamaica Hospital [Medical Center]"), one brand head after a one-word name
 * ("Paperny [Films]"). Compared in key spelling ("films" → "film").
 */
export function isGenericTail(nameLength: number, tail: string[]): boolean {
  heads ??= {
    generic: new Set([...nameKeys.genericHeads, ...nameKeys.corporateSuffixes].map((w) => canonicalWord(w, false))),
    brand: new Set([...nameKeys.brandHeads, ...nameKeys.corporateSuffixes].map((w) => canonicalWord(w, false))),
  };
  if (tail.length === 0) return false;
  if (nameLength === 1) return tail.length === 1 && heads.brand.has(tail[0]);
  return tail.length <= 3 && tail.every((w) => heads!.generic.has(w));
}
/** Legal forms that end a company name ("inc", "plc", "gmbh"), lower-case without periods. */
export { corporateSuffixes };

/** Lower-case, no diacritics: "Société" → "societe". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The written words of a name, lower-case, with dotted and spaced initials joined ("U . S ." →
 * "us", "F.B.I." → "fbi"), a possessive and a leading "the" dropped, "&" kept as a word.
 */
export function nameWords(text: string): string[] {
  let s = fold(text).replace(/['’]s\b/g, '');
  // "u . s . marshals", "u.s. marshals", "u. s." → "us marshals"
  s = s.replace(/\b(?:\p{L} ?\. ?){2,}/gu, (m) => `${m.replace(/[\s.]/g, '')} `);
  const words = s
    .replace(/&/g, ' & ')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words;
}

/** One word as every outlet spells it: "Advisers" → "advisor", "Marshall" → "marshal", "Fifth" → "5th". */
function canonicalWord(word: string, isLast: boolean): string {
  let w = abbreviations.get(word) ?? (isLast ? streetAbbreviations.get(word) : undefined) ?? ordinals.get(word) ?? word;
  w = spellings.get(w) ?? w;
  // "marshals" → "marshal", "islands" → "island"; not "news", and not a short word ("Times" is no "Time").
  if (w.length > 5 && /[^su]s$/.test(w) && !/(?:ss|us|is|ics|ews|ws)$/.test(w)) w = w.slice(0, -1);
  w = spellings.get(w) ?? w;
  return w.length >= 5 ? w.replace(/(\p{L})\1+/gu, '$1') : w; // "marshall" → "marshal"; "CAA" stays "caa"
}

/**
 * The key words of an organisation, place or other name: spelling, abbreviations, plurals and
 * doubled letters folded, a trailing legal suffix left out ("Intel Corp." → ["intel"]), and
 * "Department of the Interior" read as "Interior Department".
 */
export function keyWords(text: string): string[] {
  let words = nameWords(text);
  while (words.length > 1 && corporateSuffixes.has(words[words.length - 1])) words = words.slice(0, -1);
  // "co" and "ltd" may stand before one another: "Hewlett-Packard Co" handled above; "and co" is a name.
  words = words.map((w, i) => canonicalWord(w, i === words.length - 1 && i > 0));
  if (words.length === 2 && words[0] === 'i' && /^\d+$/.test(words[1])) words[0] = 'interstate'; // "I-75" 
  // "Department of (the) Interior" → "interior department": the form with the head last.
  if (words.length >= 3 && words[1] === 'of' && isHeadWord(words[0])) {
    const rest = words.slice(words[2] === 'the' ? 3 : 2);
    if (rest.length > 0 && rest.length <= 3 && !rest.includes('of')) words = [...rest, words[0]];
  }
  return words;
}

let headWords: Set<string> | null = null;
function isHeadWord(word: string): boolean {
  headWords ??= new Set(['department', 'ministry', 'board', 'office', 'bureau', 'commission', 'division', 'agency', 'council', 'committee', 'secretariat', 'directorate', 'service']);
  return headWords.has(word);
}

/** The key as one string with no spaces: "Sea Micro" and "SeaMicro" → "seamicro", "IE 6" and "IE6" → "ie6". */
export function compactKey(text: string): string {
  return joinKey(keyWords(text));
}

/** Key words joined with no spaces, doubled letters folded across the joins ("co" + "operation" = "cooperation"). */
export function joinKey(words: string[]): string {
  let out = '';
  for (const w of words) out += out.length > 0 && w.length > 0 && out[out.length - 1] === w[0] && /\p{L}/u.test(w[0]) ? w.slice(1) : w;
  return out;
}

/**
 * The acronyms a long name may be written as: initials with and without its small words, with a
 * hyphenated word as one word or two ("Organization for Security and Co-operation in Europe" →
 * "osce"; "Hewlett-Packard" → "hp"). Trailing numbers stay as they are ("Internet Explorer 7" →
 * "ie7"). Empty for a name of one word.
 */
export function initialsOf(text: string): Set<string> {
  const out = new Set<string>();
  // Letters already initials count whole: "U.S. Geological Survey", "US Geological Survey" → "usgs".
  const raw = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .replace(/\b(?:\p{Lu} ?\. ?){2,}/gu, (m) => `${m.replace(/[\s.]/g, '').split('').join(' ')} `)
    .replace(/\b\p{Lu}{2,3}\b/gu, (m) => m.split('').join(' '))
    .toLowerCase();
  let parts = raw.split(/[^\p{L}\p{N}&\-.]+/u).filter((p) => p && p !== '-' && p !== '.');
  // "Canadian Broadcasting Corp." is "CBC" and "CB"; "SeaMicro Inc." is no "SI" (one word before the suffix).
  const suffixed = parts.filter((p) => !/^\d/.test(p));
  while (parts.length > 1 && corporateSuffixes.has(parts[parts.length - 1].replace(/\./g, ''))) parts = parts.slice(0, -1);
  if (parts.length === 0) return out;
  if (parts.length >= 2 && suffixed.length > parts.length) {
    const letters = suffixed.flatMap((p) => p.split('-')).filter((w) => w && !initialStopwords.has(w)).map((w) => w[0]);
    if (letters.every((l) => /\p{L}/u.test(l))) out.add(letters.join(''));
  }
  const numbers: string[] = [];
  while (parts.length > 0 && /^\d[\d.]*$/.test(parts[parts.length - 1])) numbers.unshift(parts.pop()!);
  const tail = numbers.join('');
  for (const splitHyphens of [true, false]) {
    const words = parts.flatMap((p) => (splitHyphens ? p.split('-') : [p.replace(/-/g, '')])).filter(Boolean);
    if (words.length < 2) continue;
    const content = words.filter((w) => !initialStopwords.has(w));
    for (const list of [content, words.filter((w) => w !== '&')]) {
      if (list.length >= 2 && list.every((w) => /^\p{L}/u.test(w))) out.add(list.map((w) => w[0]).join('') + tail);
    }
  }
  return out;
}

/**
 * The letters of a name written as an acronym, with any trailing version number: "USGS",
 * "U . S . G . S .", "A-B", "G&C", "IE 7", "IE6" → "usgs", "usgs", "ab", "gc", "ie7", "ie6".
 * Null for any other name.
 */
export function acronymOf(text: string): string | null {
  const s = text.replace(/['’]s$/u, '').trim();
  const m = /^((?:\p{Lu} ?\. ?){2,}|\p{Lu}{2,6}|\p{Lu}(?: ?[-&] ?\p{Lu})+)(?: ?(\d[\d.]*))?$/u.exec(s);
  if (!m) return null;
  const letters = fold(m[1]).replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return null;
  return letters + (m[2] ?? '').replace(/\.$/, '');
}
