/**
 * Step 4 of mention finding: separate a name from the title or role around it. The role is kept
 * as the article words it ("US Secretary of State"), never as part of the name.
 *
 * Examples:
 *   "US Secretary of State Antony Blinken"   → name "Antony Blinken", role "US Secretary of State"
 *   "CIA chief William Burns"                 → name "William Burns", role "CIA chief"
 *   "Nicolas Burns, the US Ambassador to Beijing" → role "US Ambassador to Beijing"
 *   "Director of the Office of … of China (CPC) Vang Yi" → role "Director of the Office of … (CPC)"
 */
import { compassWords, countryNames, demonyms, functionWords, orgHeads, orgLeads, placeHeads, placeNames, roleNouns, titleHeads, titleModifiers } from '../../../lexicon/index.js';
import type { Token } from './01-tokenise-sentence.js';
import { isNameToken, type NameRun } from './03-find-name-runs.js';
import { titleUnitAt, titleUnitEndingAt } from './match-title.js';

/** A stretch of tokens `[from, to)`. */
export interface TokenRange {
  from: number;
  to: number;
}

/** The name part of a run and the role found with it. */
export interface SplitName extends TokenRange {
  role?: TokenRange;
  /** The name is a title's complement ("the Office of …" after "Director of"): it takes no role. */
  isComplement?: boolean;
}

const connectors = new Set(['of', 'the', 'and', 'for', 'to', 'at', 'in', 'on']);
const degreeWords = new Set(['most', 'highest', 'leading', 'longest', 'longtime', 'highest-ranking', 'top-ranking', 'senior-most']);
const appositiveEnds = new Set(['who', 'which', 'that', 'whose', 'said', 'says', 'told', 'added', 'while', 'when']);
const isPossessive = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && /^['’][sS]$/u.test(t.text);

/** Words that may stand inside a role: "foreign", "Chinese", "US", "CIA". */
function isRoleWord(t: Token): boolean {
  if (t.kind !== 'word' || t.isShouted) return false;
  return titleModifiers.has(t.lower) || demonyms.has(t.lower) || countryNames.has(t.lower) || t.isAcronym;
}

/** Words of a title's complement: "North American and Oceania Affairs" in "Secretary of State for …". */
function isComplementWord(t: Token): boolean {
  return connectors.has(t.lower) || placeNames.has(t.lower) || compassWords.has(t.lower) || orgHeads.has(t.lower);
}

/** Split a run into title prefix and name; null when the run is a title only ("Secretary"). */
export function splitRun(tokens: Token[], run: NameRun): SplitName | null {
  // "General Motors", "Foreign Ministry": an organisation name, not a title and a name.
  // ("Director of the … Ministry" is a title with its complement: handled below.)
  const firstTitle = titleUnitAt(tokens, run.from);
  const isTitleOf = firstTitle > 0 && ['of', 'for'].includes(tokens[run.from + firstTitle]?.lower ?? '');
  if (orgHeads.has(tokens[run.to - 1].lower) && !isTitleOf) return { from: run.from, to: run.to };
  let p = run.from;
  let titleEnd = -1;
  while (p < run.to) {
    const unit = titleUnitAt(tokens, p);
    if (unit > 0) {
      p += unit;
      titleEnd = p;
    } else if (titleEnd === p && (tokens[p].lower === 'of' || tokens[p].lower === 'for')) {
      // "Minister for Foreign Affairs Penny Wong": the title's complement belongs to the role.
      p++;
      const complement = tokens[p]?.lower === 'the' ? p + 1 : p;
      while (p < run.to && (isRoleWord(tokens[p]) || isComplementWord(tokens[p]))) p++;
      // "Minister for Emergency Affairs Pia Lund": the complement runs to its last organisation word.
      for (let q = run.to - 2; q >= p; q--) {
        if (orgHeads.has(tokens[q].lower) && tokens.slice(q + 1, run.to).every(isNameToken)) {
          p = q + 1;
          break;
        }
      }
      const rest = tokens.slice(p, run.to);
      if (rest.some((t) => !isNameToken(t)) || (rest.length > 0 && orgHeads.has(rest[rest.length - 1].lower))) {
        // "Director of the Office of the … Commission": no person follows; the complement is an organisation.
        const isOrganization = orgLeads.has(tokens[complement].lower) || orgHeads.has(tokens[run.to - 1].lower);
        return isOrganization ? { from: complement, to: run.to, isComplement: true } : null;
      }
      titleEnd = p;
    } else if (isRoleWord(tokens[p]) || tokens[p].lower === 'and') p++;
    else break;
  }
  if (titleEnd === -1) return splitAfterOrganization(tokens, run);
  if (titleEnd >= run.to || !isNameToken(tokens[titleEnd])) return null;
  return { from: titleEnd, to: run.to };
}

/**
 * "Fulton County District Attorney Paul Howard", "Superior Court Judge James Bodiford": an
 * organisation or place, a title, then the name; the whole prefix is the role. Before a name of
 * two words or more, any capitalised prefix will do ("Qualys CTO Wolfgang Kandek", "Palmer City
 * Clerk Janette Bower"); before one word, only an organisation or place ("Police Chief Smith").
 */
function splitAfterOrganization(tokens: Token[], run: NameRun): SplitName {
  for (let u = run.to - 2; u > run.from; u--) {
    const unit = titleUnitAt(tokens, u);
    if (unit === 0 || u + unit >= run.to) continue;
    const prefixEnd = tokens[u - 1].lower;
    const rest = tokens.slice(u + unit, run.to);
    if (rest.length < 2 && !orgHeads.has(prefixEnd) && !placeHeads.has(prefixEnd)) continue;
    const isPersonLike = rest.every((t) => isNameToken(t) && !t.isAcronym && !orgHeads.has(t.lower) && !placeHeads.has(t.lower) && !titleHeads.has(t.lower));
    if (isPersonLike) return { from: u + unit, to: run.to, role: { from: run.from, to: u + unit } };
  }
  return { from: run.from, to: run.to };
}

/** Find the role written before a name that starts at token `s`. */
export function findLeftRole(tokens: Token[], s: number): TokenRange | null {
  let j = s - 1;
  let left = s;
  let hasHead = false;
  let previous: 'none' | 'title' | 'word' = 'none';
  while (j >= 0) {
    const t = tokens[j];
    const unitStart = titleUnitEndingAt(tokens, j);
    if (unitStart >= 0) {
      hasHead = true;
      left = unitStart;
      j = unitStart - 1;
      previous = 'title';
      continue;
    }
    if (roleNouns.has(t.lower) && !t.isCapitalised) {
      hasHead = true; // "suspect Jermayne Timmons"
      left = j--;
      previous = 'title';
      continue;
    }
    if (isRoleWord(t)) {
      left = j--;
      previous = 'word';
      continue;
    }
    if (t.lower === 'and' && previous === 'title' && titleUnitEndingAt(tokens, j - 1) >= 0) {
      left = j--;
      continue;
    }
    if (isPossessive(t) && isNameToken(tokens[j - 1])) {
      // "Biden's national security adviser Jake Sullivan": the possessor closes the role.
      let k = j - 1;
      while (k - 1 >= 0 && isNameToken(tokens[k - 1]) && !tokens[k].isSentenceStart) k--;
      left = k;
      break;
    }
    const ofStart = titleOfOrganizationEndingAt(tokens, j);
    if (ofStart >= 0) {
      hasHead = true;
      left = ofStart;
      j = ofStart - 1;
      previous = 'title';
      continue;
    }
    break;
  }
  if (!hasHead) return null;
  while (left < s && !tokens[left].isAcronym && (connectors.has(tokens[left].lower) || functionWords.has(tokens[left].lower))) left++;
  return left < s ? { from: left, to: s } : null;
}

/**
 * "Director of the Office of the Central Foreign Relations Commission … (CPC)": a title, "of",
 * and an organisation name; returns the title's start when the tokens ending at `j` read so.
 */
function titleOfOrganizationEndingAt(tokens: Token[], j: number): number {
  if (!isNameToken(tokens[j]) && tokens[j]?.text !== ')') return -1;
  for (let k = j, steps = 0; k >= 1 && steps < 30; k--, steps++) {
    const t = tokens[k];
    const allowed = isNameToken(t) || connectors.has(t.lower) || t.text === '(' || t.text === ')';
    if (!allowed) return -1;
    if ((t.lower === 'of' || t.lower === 'for') && k < j) {
      const start = titleUnitEndingAt(tokens, k - 1);
      if (start >= 0) return start;
    }
  }
  return -1;
}

/**
 * How many lower-case words of a field come before a title head at `from` (0 when the head is not
 * within four words, or a word looks like a verb): "security research and communications
 * manager" → 4; "stressing that …" → 0.
 */
function leadingFieldWords(tokens: Token[], from: number): number {
  for (let j = from; j < from + 5 && j < tokens.length; j++) {
    if (j > from && titleUnitAt(tokens, j) > 0 && !tokens[j]!.isCapitalised) return j - from;
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.isCapitalised || appositiveEnds.has(t.lower) || /(?:ing|ed|ly)$/.test(t.lower) || functionWords.has(t.lower) && t.lower !== 'and') return 0;
  }
  return 0;
}

/** Find the role in an appositive after a name that ends before token `e`: "X, the US Ambassador to Beijing". */
export function findRightRole(tokens: Token[], e: number): TokenRange | null {
  if (tokens[e]?.text !== ',') return null;
  let k = e + 1;
  while (k < tokens.length && ['the', 'a', 'an'].includes(tokens[k].lower)) k++;
  const from = k;
  const first = tokens[from];
  if (!first) return null;
  // A title led by a few lower-case words of its field: "security research and communications
  // manager for McAfee", "an inspector with the Alaska State Fire Marshal's Office".
  const fieldWords = leadingFieldWords(tokens, from);
  const opensRole = fieldWords > 0 || titleUnitAt(tokens, from) > 0 || roleNouns.has(first.lower) || isRoleWord(first) || degreeWords.has(first.lower) || (isNameToken(first) && isPossessive(tokens[from + 1]));
  if (!opensRole) return null;
  k += fieldWords;
  let hasHead = false;
  while (k < tokens.length && k - from < 25) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (isPossessive(t) || t.text === '(' || t.text === ')' || t.text === '-') {
        k++;
        continue;
      }
      break;
    }
    const unit = titleUnitAt(tokens, k) || (roleNouns.has(t.lower) && !t.isCapitalised ? 1 : 0);
    if (unit > 0) {
      hasHead = true;
      k += unit;
      continue;
    }
    if (appositiveEnds.has(t.lower)) break;
    if (t.lower === 'and' && !isNameToken(tokens[k + 1])) break;
    // "with" joins a title to its office after the head: "an inspector with the State Fire Office".
    if (isNameToken(t) || isRoleWord(t) || connectors.has(t.lower) || degreeWords.has(t.lower) || (hasHead && t.lower === 'with')) {
      k++;
      continue;
    }
    return null; // a verb or other word: a clause, not a role ("Yang, stressing that …")
  }
  let to = k;
  while (to > from && (connectors.has(tokens[to - 1].lower) || tokens[to - 1].text === '(')) to--;
  return hasHead && to > from ? { from, to } : null;
}
