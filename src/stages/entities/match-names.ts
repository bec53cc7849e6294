/**
 * Name comparison: can two written names denote the same person? Used by entity resolution and
 * reusable by later stages (quote speakers). Full name ↔ surname, spelling, transliteration and
 * typo variants match; different people who share a name part do not.
 */
import {
  familyFirstNames,
  givenNameSet,
  governmentNouns,
  honorifics,
  isGivenNameVariant,
  nameParticleSet,
  nameSuffixes,
  orgHeads,
} from '../../lexicon/index.js';

/** Result of comparing two names: whether they may be one person, how sure, and why. */
export interface NameComparison {
  match: boolean;
  /** 0..1; 1 for the same spelling. */
  score: number;
  /** Short reason, for debugging and table tests ("surname", "phonetic: wang~vang", "given names differ"). */
  why: string;
}

/** Lower-case, strip diacritics, apostrophes and periods: "José" → "jose", "O'Brien" → "obrien". */
export function normalizeToken(token: string): string {
  return token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '');
}

const vowels = /[aeiouy]/;

/**
 * A consonant skeleton that survives transliteration: vowels dropped (a leading vowel becomes
 * "A"), h after a consonant dropped, similar consonants merged (c/g/k/q → K, s/x/z → S, v/w → V),
 * doubles collapsed. "Wang" and "Vang" → "VNK"; "Gadhafi" and "Qaddafi" → "KDF";
 * "Antony" and "Anthony" → "ANTN"; "Blinken" and "Bilinken" → "BLNKN".
 */
export function phoneticKey(token: string): string {
  let s = normalizeToken(token).replace(/[^a-z]/g, '');
  if (s.length === 0) return '';
  s = s.replace(/ph/g, 'f').replace(/([bcdfgjkpqstvwxz])h/g, '$1');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    let code: string;
    if (vowels.test(ch)) code = i === 0 ? 'A' : '';
    else if ('cgkq'.includes(ch)) code = 'K';
    else if ('sxz'.includes(ch)) code = 'S';
    else if ('vw'.includes(ch)) code = 'V';
    else code = ch.toUpperCase();
    if (code && out[out.length - 1] !== code) out += code;
  }
  return out;
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

const vowelSkeleton = (s: string): string => s.replace(/[^aeiouy]/g, '');

/**
 * Compare two normalised name tokens. Short tokens must be spelled alike; longer ones may differ
 * by transliteration (same consonant skeleton: "wang"/"vang") or one typo ("blinken"/"bilinken").
 * Vowel changes in short tokens are different names ("zhang"/"zheng", "xi"/"xu").
 */
export function compareTokens(a: string, b: string): NameComparison {
  if (a === b) return { match: true, score: 1, why: 'same' };
  const minLen = Math.min(a.length, b.length);
  if (minLen <= 3) return { match: false, score: 0, why: `short tokens differ: ${a}/${b}` };
  const dist = editDistance(a, b);
  const sameKey = phoneticKey(a) === phoneticKey(b);
  if (sameKey) {
    const sameVowels = vowelSkeleton(a) === vowelSkeleton(b);
    if (sameVowels && dist <= Math.max(1, Math.floor(minLen / 3))) return { match: true, score: 0.9, why: `phonetic: ${a}~${b}` };
    // "mohammed"/"muhammad": vowels shift in transliteration of long names only.
    // Same length only: "patrick"/"patricia" are two names.
    if (!sameVowels && minLen >= 7 && a.length === b.length && dist <= 2) return { match: true, score: 0.8, why: `transliteration: ${a}~${b}` };
    // "zelensky"/"zelenskyy", "rait"/"raite": one letter added.
    if (dist === 1 && a.length !== b.length && minLen >= 4) return { match: true, score: 0.85, why: `typo: ${a}~${b}` };
  } else if (dist === 1 && minLen >= 5 && (a.length !== b.length || (minLen >= 6 && a[0] === b[0]))) {
    // "bidne"/"biden" (transposition), "blinkn"/"blinken" (dropped letter).
    return { match: true, score: 0.8, why: `typo: ${a}~${b}` };
  }
  return { match: false, score: 0, why: `tokens differ: ${a}/${b}` };
}

/** A name split into the tokens that count for matching. */
export interface ParsedName {
  tokens: string[];
  /** Index of the family name in `tokens`: 0 for "Xi Jinping", last for "Joe Biden". */
  family: number;
  isOrganization: boolean;
}

// Pinyin, Korean and Vietnamese given names read as short syllables: "jinping", "jong", "xuan".
const syllables = /^(?:(?:zh|ch|sh|ng|nh|th|ph|kh|tr|gi|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(?:ng|n|m|r|p|t|k|c|h)?)+$/;

function isFamilyFirst(tokens: string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  const first = tokens[0];
  const known = familyFirstNames.has(first) || [...familyFirstKeys.get(phoneticKey(first)) ?? []].some((f) => compareTokens(first, f).match);
  if (!known) return false;
  return tokens.slice(1).every((t) => t.length <= 8 && syllables.test(t));
}

const familyFirstKeys = new Map<string, string[]>();
for (const name of familyFirstNames) {
  const key = phoneticKey(name);
  if (!familyFirstKeys.has(key)) familyFirstKeys.set(key, []);
  familyFirstKeys.get(key)!.push(name);
}

/** Split a name into matching tokens: honorifics, particles and suffixes out, hyphens split. */
export function parseName(name: string): ParsedName {
  const raw = name
    .replace(/['’]s$/u, '')
    // A nickname inside the name is no part of it for matching: 'Vincent "The Chin" Gigante'.
    .replace(/\s["“‘'(]\s?[^"“”‘’'()]+?\s?["”’')](?=\s)/gu, ' ')
    .split(/[\s\-‐–]+/u)
    .map((t) => t.trim())
    .filter(Boolean);
  const lowered = raw.map((t) => t.toLowerCase());
  const isOrganization = lowered.length > 1 && lowered.some((t) => orgHeads.has(t) || governmentNouns.has(t));
  // "Al Quintero", "Al Gore": a capitalised "Al" opening a name is a given name, not the particle of "al-Assad".
  const isGivenAl = (i: number) => i === 0 && raw[0] === 'Al' && raw.length > 1;
  const tokens = raw
    .filter((t, i) => !honorifics.has(lowered[i]) && (!nameParticleSet.has(lowered[i]) || isGivenAl(i)) && !nameSuffixes.has(lowered[i]))
    .map(normalizeToken)
    .filter(Boolean);
  const family = isFamilyFirst(tokens) ? 0 : tokens.length - 1;
  return { tokens, family, isOrganization };
}

function compareGiven(a: string, b: string): NameComparison {
  if (a.length === 1 || b.length === 1) {
    return a[0] === b[0] ? { match: true, score: 0.7, why: 'initial' } : { match: false, score: 0, why: `initials differ: ${a}/${b}` };
  }
  if (isGivenNameVariant(a, b)) return { match: true, score: 0.85, why: `nickname: ${a}~${b}` };
  return compareTokens(a, b);
}

/**
 * Decide whether two names can denote the same person. "Qin Gang" ↔ "Qin" yes (family name);
 * "Antony Blinken" ↔ "Bilinken" yes (typo); "William Burns" ↔ "Nicholas Burns" no (given names
 * differ); "Ford" ↔ "Ford Motor" no (organisation).
 */
export function compareNames(a: string, b: string): NameComparison {
  const pa = parseName(a);
  const pb = parseName(b);
  if (pa.tokens.length === 0 || pb.tokens.length === 0) return { match: false, score: 0, why: 'empty name' };
  if (pa.isOrganization !== pb.isOrganization) return { match: false, score: 0, why: 'organisation vs person' };
  if (pa.tokens.join(' ') === pb.tokens.join(' ')) return { match: true, score: 1, why: 'same' };
  if (pa.tokens.length === 1 && pb.tokens.length === 1) return compareTokens(pa.tokens[0], pb.tokens[0]);
  if (pa.tokens.length === 1 || pb.tokens.length === 1) {
    const [short, full] = pa.tokens.length === 1 ? [pa, pb] : [pb, pa];
    const family = full.tokens[full.family];
    const result = compareTokens(short.tokens[0], family);
    return result.match
      ? { match: true, score: 0.7 * result.score, why: `surname (${result.why})` }
      : { match: false, score: 0, why: `not the family name: ${short.tokens[0]}/${family}` };
  }
  const family = compareTokens(pa.tokens[pa.family], pb.tokens[pb.family]);
  if (!family.match) return { match: false, score: 0, why: `family names differ (${family.why})` };
  const givenA = pa.tokens.filter((_, i) => i !== pa.family);
  const givenB = pb.tokens.filter((_, i) => i !== pb.family);
  // Given names compared by position: "George W. Bush" ↔ "George Bush" yes, ↔ "George H. W. Bush" no.
  // A middle word only one name has must read as a middle name: an initial or a known given name
  // ("Arcade Joseph Comeaux" ↔ "Arcade Comeaux"), not a word of a business ("Matanuska Maid
  // Creamery" is not "Matanuska Creamery").
  // A half of a hyphenated surname is no middle word ("Maurice Jones-Drew" ↔ "Maurice Drew").
  const [fewer, more, longer] = givenA.length <= givenB.length ? [givenA, givenB, b] : [givenB, givenA, a];
  const hyphenated = new Set(longer.split(/\s+/).filter((w) => /[-‐]/.test(w)).flatMap((w) => w.split(/[-‐]/).map(normalizeToken)));
  const extra = more.slice(fewer.length).filter((t) => !hyphenated.has(t));
  if (fewer.length > 0 && extra.some((t) => t.length > 1 && !givenNameSet.has(t))) return { match: false, score: 0, why: `middle word not a name: ${extra.join(' ')}` };
  let score = family.score;
  const whys = [`family ${family.why}`];
  for (let i = 0; i < Math.min(givenA.length, givenB.length); i++) {
    const g = compareGiven(givenA[i], givenB[i]);
    if (!g.match) return { match: false, score: 0, why: `given names differ (${g.why})` };
    score = Math.min(score, g.score);
    whys.push(`given ${g.why}`);
  }
  return { match: true, score, why: whys.join(', ') };
}
