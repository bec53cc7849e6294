/**
 * Step 3 of mention finding: runs of capitalised tokens that may hold a name, with the glue that
 * real names carry (particles, "of" after an organisation word, titles written as one unit), and
 * minus sentence-opening words that are capitalised only by position.
 *
 * Example: "According to the Communist Party of China (CPC), Secretary of State Antony Blinken"
 * → runs "Communist Party of China", "CPC", "Secretary of State Antony Blinken" ("According" is a
 * sentence opener, not a name).
 */
import {
  calendarWords,
  countryNames,
  demonyms,
  familyFirstNames,
  functionWords,
  givenNameSet,
  honorifics,
  nameParticleSet,
  numberWords,
  roleNouns,
  orgHeads,
  orgLeads,
  placeHeads,
  placeLeads,
  placeNames,
  titleHeads,
  titleModifiers,
} from '../../../lexicon/index.js';
import type { Token } from './01-tokenise-sentence.js';
import type { CaseEvidence } from './02-collect-case-evidence.js';
import { titlePhraseAt, titleUnitAt, titleUnitEndingAt } from './match-title.js';

/** A stretch of tokens `[from, to)` that may hold a name (and a title before it). */
export interface NameRun {
  from: number;
  to: number;
  /** A courtesy title ("Mr.", "Dr.") stood before the run and was removed. */
  hasHonorific: boolean;
}

/** A place written inside a hyphenated word ("China" in "China-U.S.", "anti-China"). */
export interface CompoundPlace {
  token: number;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

type HyphenKind = 'plain' | 'name' | 'compound' | 'modifier';

// "Sino-US", "United States-China": halves that only occur in such compounds count as places here.
const isPlaceWord = (w: string) => placeNames.has(w.toLowerCase()) || ['sino', 'states'].includes(w.toLowerCase());

/**
 * What a hyphenated word is: a name ("Chung-Hoon", "Indo-Pacific"), a compound of places
 * ("China-US", "anti-China"), or a modifier that ends a name ("Burke-class").
 */
function hyphenKind(t: Token): HyphenKind {
  if (!/[-‐]/.test(t.text)) return 'plain';
  if (placeNames.has(t.lower) || titleHeads.has(t.lower)) return 'name';
  if (/^\p{Lu}[-‐]\d+$/u.test(t.text)) return 'name'; // "I-75", "F-16"
  if (/^(?:co|re|non|anti|inter|multi|pre|post|pro|self|sub|trans)[-‐]\p{Ll}/iu.test(t.text) && /^\p{Lu}/u.test(t.text)) return 'name'; // "Co-operation"
  const parts = t.text.split(/[-‐]/).filter(Boolean);
  // "US-EU", "China-US": a compound of places; "WDIV-TV" (no place in it) is a name.
  if (parts.length >= 2 && parts.every((p) => isPlaceWord(p) || /^\p{Lu}{2,}$/u.test(p)) && parts.some(isPlaceWord)) return 'compound';
  if (parts.every((p) => /^\p{Lu}/u.test(p))) return 'name';
  if (/^(?:al|el|ad|as|an|ar|at|az|ash)$/i.test(parts[0]) && parts.length === 2) return 'name';
  if (parts.some((p) => /^\p{Lu}/u.test(p) && placeNames.has(p.toLowerCase()))) return 'compound';
  return 'modifier';
}

/** Whether a token can be part of a name. */
export function isNameToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.isShouted) return false;
  if (!(t.isCapitalised || t.isAcronym || t.isInitial)) return false;
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return false; // "NGOs": a plural acronym names a kind, not one body
  const kind = hyphenKind(t);
  return kind === 'plain' || kind === 'name';
}

function isKnownWord(lower: string): boolean {
  return (
    placeNames.has(lower) ||
    countryNames.has(lower) ||
    givenNameSet.has(lower) ||
    familyFirstNames.has(lower) ||
    demonyms.has(lower) ||
    titleHeads.has(lower) ||
    honorifics.has(lower)
  );
}

/** A word the story writes in lower case (or its singular): "balloons" after "spy balloon". */
function isCommonWord(lower: string, evidence: CaseEvidence): boolean {
  return evidence.lowercase.has(lower) || evidence.lowercase.has(lower.replace(/e?s$/, ''));
}

/** Find the compound places of a sentence (hyphenated words holding place names). */
export function findCompoundPlaces(tokens: Token[]): CompoundPlace[] {
  const out: CompoundPlace[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || t.isShouted || hyphenKind(t) !== 'compound') return;
    let offset = 0;
    for (const part of t.written.split(/(\s*[-‐]\s*)/)) {
      if (part.length > 1 && /^\p{Lu}/u.test(part) && placeNames.has(part.toLowerCase())) {
        out.push({ token: i, start: t.start + offset, end: t.start + offset + part.length });
      }
      offset += part.length;
    }
  });
  return out;
}

/** Find the name runs of one tokenised sentence. */
export function findNameRuns(tokens: Token[], evidence: CaseEvidence): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (isOrdinalStreet(tokens, i)) {
      // "117th Street", "97th Ave.": a numbered street is a name that opens with a number.
      const j = extendRun(tokens, i + 1);
      runs.push({ from: i, to: j, hasHonorific: false });
      i = j;
      continue;
    }
    if (!isNameToken(tokens[i]) || calendarWords.has(tokens[i].lower)) {
      i++;
      continue;
    }
    const j = extendRun(tokens, i);
    // "Arleigh Burke-class destroyer": a name that ends in a modifier is a modifier.
    const after = tokens[j];
    const isModifier = after !== undefined && after.kind === 'word' && after.isCapitalised && hyphenKind(after) === 'modifier';
    if (!isModifier) {
      const run = trimRun(tokens, { from: i, to: j, hasHonorific: false }, evidence);
      if (run) runs.push(run);
    }
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** An ordinal before a capitalised street word: "117th Street", "5th Ave.". */
function isOrdinalStreet(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].kind === 'number' && /^\d+(?:st|nd|rd|th)$/.test(tokens[i].text) && next !== undefined && next.isCapitalised && placeHeads.has(next.lower) && !isNameToken(tokens[i + 2]);
}

function extendRun(tokens: Token[], i: number): number {
  let j = i + titleStep(tokens, i);
  let hasOf = false;
  while (j < tokens.length) {
    const t = tokens[j];
    const next = tokens[j + 1];
    if (isNameToken(t)) {
      // "… with the U.S. China hopes …": a dotted acronym's period may end a sentence, or two
      // places meet; not when an organisation name follows ("the U.S. Fish and Wildlife Service",
      // "the U.S. Geological Survey": the sentence splitter has already kept them together).
      const isPlaceNext = placeNames.has(t.lower) || countryNames.has(t.lower) || functionWords.has(t.lower);
      if (/\.$/.test(tokens[j - 1].text) && tokens[j - 1].isAcronym && t.isCapitalised && isPlaceNext && !reachesOrgHead(tokens, j)) break;
      // "Theresa May" keeps its month-like surname; "Blinken Monday" does not.
      if (calendarWords.has(t.lower) && !givenNameSet.has(tokens[j - 1].lower)) break;
      j += titleStep(tokens, j);
      continue;
    }
    const nickname = nicknameEnd(tokens, j);
    if (nickname > j) {
      j = nickname;
      continue;
    }
    if (t.kind === 'number' && isVersionNumber(tokens, i, j)) {
      j++;
      continue;
    }
    if (t.kind !== 'word' && t.text !== '&') break;
    if (nameParticleSet.has(t.lower) && !t.isCapitalised) {
      // "Ursula von der Leyen": one or more particles between two name words.
      let k = j;
      while (k < tokens.length && nameParticleSet.has(tokens[k].lower) && !tokens[k].isCapitalised && k - j < 3) k++;
      if (isNameToken(tokens[k])) {
        j = k;
        continue;
      }
      break;
    }
    if (t.lower === 'of' || t.lower === 'for') {
      // "Communist Party of China", "Gulf of Mexico", "Center for Disease Control"
      const prev = tokens[j - 1].lower;
      // "Secretary of State for North American Affairs": a title's own complement.
      const afterTitle = titleUnitEndingAt(tokens, j - 1) >= i;
      const glues = afterTitle || (t.lower === 'of' ? orgHeads.has(prev) || orgLeads.has(prev) || placeLeads.has(prev) : orgHeads.has(prev));
      const k = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      if (glues && isNameToken(tokens[k]) && titleUnitAt(tokens, k) === 0) {
        j = k;
        hasOf = true;
        continue;
      }
      break;
    }
    if (t.lower === 'in' && hasOf && isNameToken(next) && placeNames.has(next.lower) && !isNameToken(tokens[j + 2])) {
      // "Organization for Security and Cooperation in Europe": an "X of/for Y" name closed by its place.
      j += 2;
      continue;
    }
    if (t.lower === 'and' || t.text === '&') {
      // "State Councilor and Foreign Minister Qin Gang": two titles joined.
      const afterTitle = titleUnitEndingAt(tokens, j - 1) >= i && titleUnitAt(tokens, j + 1) > 0 && next?.isCapitalised;
      // "Department of North American and Oceanian Affairs", "Johnson & Johnson".
      // Not after a whole organisation name: "Palmer Fire Department and Mat-Su Central Fire Department" are two.
      const closesName = orgHeads.has(tokens[j - 1].lower) && !hasOf;
      const inOrgName = !closesName && (hasOf || t.text === '&' || endsInOrgHead(tokens, j + 1)) && isNameToken(next) && titleUnitAt(tokens, j + 1) === 0;
      if (afterTitle || inOrgName) {
        j += 1;
        continue;
      }
    }
    break;
  }
  return j;
}

const nicknameQuotes: Record<string, string[]> = { '"': ['"'], '“': ['”', '"'], "'": ["'", '’'], '‘': ['’', "'"], '(': [')'] };

/**
 * A nickname in quotes or brackets inside a name: 'Vincent "The Chin" Gigante', "Charles (Lucky)
 * Luciano". Returns the index of the name word after it, or `j` when the tokens at `j` are not one.
 */
function nicknameEnd(tokens: Token[], j: number): number {
  const closers = nicknameQuotes[tokens[j].text];
  // Not an organisation's acronym: "the National Water Commission (NWC) Lin Dao".
  if (!closers || !isNameToken(tokens[j - 1]) || orgHeads.has(tokens[j - 1].lower)) return j;
  let k = j + 1;
  while (k < tokens.length && k - j <= 3 && tokens[k].kind === 'word' && !tokens[k].isAcronym && (tokens[k].isCapitalised || tokens[k].lower === 'the')) k++;
  if (k === j + 1 || !tokens[k] || !closers.includes(tokens[k].text)) return j;
  const after = tokens[k + 1];
  return isNameToken(after) && !functionWords.has(after!.lower) ? k + 1 : j;
}

/**
 * A number that belongs to the name before it: "Internet Explorer 7", "IE 5.01", "Interstate 75",
 * "Boeing 747". Not a score or a count ("Jaguars 31 - 24", "Colts 31"), a year, or a number
 * after a place or a person ("Beijing 2008", "Smith 45").
 */
function isVersionNumber(tokens: Token[], from: number, j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  const after = tokens[j + 1];
  if (!isNameToken(prev) || !/^\d{1,3}(?:\.\d+)?$/.test(t.text)) return false;
  if (after && (after.kind === 'number' || ['-', '–', '—', ':', '/', '%'].includes(after.text) || ['to', 'and', 'or', 'of', 'percent', 'per'].includes(after.lower))) return false;
  const words = tokens.slice(from, j);
  const text = words.map((w) => w.lower).join(' ');
  if (placeNames.has(text) || placeNames.has(prev.lower) || givenNameSet.has(words[0].lower)) return false;
  // Team names are plural ("Colts 31"): a plural last word takes no number.
  return !(prev.text.length > 3 && /[^s]s$/.test(prev.lower) && !prev.isAcronym);
}

/** "Fish and Wildlife Service": the capitalised words from `k`, with "and"/"of"/"&" inside, end in an organisation word. */
function reachesOrgHead(tokens: Token[], k: number): boolean {
  let end = k;
  let last = -1;
  while (end < tokens.length && end - k < 8 && (isNameToken(tokens[end]) || ['and', 'of', '&'].includes(tokens[end].lower))) {
    if (isNameToken(tokens[end])) last = end;
    end++;
  }
  return last >= 0 && orgHeads.has(tokens[last].lower);
}

/** "Amphibious Reconnaissance and Patrol Unit": the capitalised words from `k` end in an organisation word. */
function endsInOrgHead(tokens: Token[], k: number): boolean {
  let end = k;
  while (isNameToken(tokens[end])) end++;
  return end > k && orgHeads.has(tokens[end - 1].lower);
}

/** A capitalised multiword title is taken whole ("Secretary of State"); anything else is one token. */
function titleStep(tokens: Token[], i: number): number {
  if (!tokens[i].isCapitalised) return 1;
  return Math.max(1, titlePhraseAt(tokens, i));
}

/**
 * Drop what is capitalised only by position or convention: sentence openers ("The", "According"),
 * honorifics (remembered), and a sentence-initial word the story never capitalises elsewhere.
 */
function trimRun(tokens: Token[], run: NameRun, evidence: CaseEvidence): NameRun | null {
  let { from } = run;
  let hasHonorific = false;
  while (from < run.to) {
    const t = tokens[from];
    // "flights on The Helicopter Line": a capital "The" inside a sentence is part of the name.
    const isNamePart = t.text === 'The' && !t.isSentenceStart && from === run.from && run.to - from >= 3;
    if ((functionWords.has(t.lower) || numberWords.has(t.lower)) && !t.isAcronym && !isNamePart) {
      from++;
      continue;
    }
    if (honorifics.has(t.lower) && from + 1 < run.to) {
      hasHonorific = true;
      from++;
      continue;
    }
    // "Former Kutztown University students …", "Climber Robert Buckley fell": a sentence-initial
    // modifier or role noun, capitalised by position only.
    const isRoleOpener = (titleModifiers.has(t.lower) || roleNouns.has(t.lower)) && !titleHeads.has(t.lower);
    // "Federal Bureau of Investigation": the modifier opens an organisation's name.
    const opensOrganization = orgHeads.has(tokens[from + 1]?.lower ?? '');
    if (from === run.from && t.isSentenceStart && isRoleOpener && !opensOrganization && from + 1 < run.to && titleUnitAt(tokens, from + 1) === 0) {
      from++;
      continue;
    }
    if (from === run.from && t.isSentenceStart && !t.isAcronym && !isKnownWord(t.lower)) {
      const single = run.to - from === 1;
      const supported = evidence.capitalisedMid.has(t.lower);
      const contradicted = evidence.lowercase.has(t.lower);
      // "Tensions between …": alone and unsupported; "Blinken said": seen capitalised elsewhere.
      if ((single && !supported) || (!single && contradicted && !supported)) {
        // "“Spy Balloons” were seen": a title-cased phrase of common words, not a name.
        const rest = tokens.slice(from + 1, run.to);
        if (rest.every((r) => isCommonWord(r.lower, evidence))) return null;
        from++;
        continue;
      }
    }
    break;
  }
  if (from >= run.to) return null;
  // A trailing "of"/"and" cannot end a run by construction; a trailing title word may.
  return { from, to: run.to, hasHonorific };
}
