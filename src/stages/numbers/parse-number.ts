/**
 * Numbers in running text, written with digits or words: find → parse, one pass over tokens.
 *
 *   "lasted 5 and a half hours"      → 5.5
 *   "seven and a half hours"         → 7.5
 *   "two-and-a-half", "1½"           → 2.5, 1.5
 *   "$3bn", "2.5 million", "1,000"   → 3e9, 2.5e6, 1000
 *   "forty-two", "a dozen", "half a million" → 42, 12, 500000
 *
 * Not numbers here (decided on purpose):
 *   - vague plurals ("dozens", "hundreds of", "thousands") — no value can be compared;
 *   - "one" used as a pronoun or label ("one of the", "no one", "one-China principle");
 *   - labels ("No. 1", "Article 5", "Covid-19", "F-16", "G20") and ordinals ("18th");
 *   - years used as years ("in 2018", "the 2024 campaign", "June 18, 2023"): dates find those;
 *   - digits inside times, ranges and numeric dates ("4:30", "6/18", "2023-06-18").
 *
 * A decimal point with spaces around it inside one sentence ("a 6 . 1 magnitude quake", as in
 * pre-tokenised corpora) is read as a decimal: a sentence never goes on after a full stop.
 */
import words from './data/number-words.json' with { type: 'json' };

/** One number found in a text: offsets into that text and its value. */
export interface NumberMatch {
  start: number;
  end: number;
  /** The words as written ("five and a half", "2.5 million"). */
  text: string;
  value: number;
}

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isDigits: boolean;
}

const units: Record<string, number> = words.units;
const tens: Record<string, number> = words.tens;
const scales: Record<string, number> = words.scales;
const scaleAbbreviations: Record<string, number> = words.scaleAbbreviations;
const groups: Record<string, number> = words.group;
const fractions: Record<string, number> = words.fractions;
const fractionSymbols: Record<string, number> = words.fractionSymbols;
const ordinalSuffixes = new Set(words.ordinalSuffixes);
const labelWords = new Set(words.labelWords);
const oneAfter = new Set(words.oneNotNumber.after);
const oneBefore = new Set(words.oneNotNumber.before);
const yearPrepositions = new Set(words.yearPrepositions);
const monthWords = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const tokenPattern = /\d+ \. \d+(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[½¼¾⅓⅔]|[A-Za-z]+(?:'s|’s)?|[^\s\-‑]/g;

/** Split text into word, digit and single-symbol tokens with their offsets. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const t = m[0];
    tokens.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(), isDigits: /^\d/.test(t) });
  }
  return tokens;
}

/** The characters between two tokens ("" when they touch). */
function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** True when two tokens are joined by one space or one hyphen, as inside "forty-two" or "five and a half". */
function isJoined(text: string, a: Token, b: Token | undefined): b is Token {
  if (!b) return false;
  return /^[\s\-‑]$/.test(gapBetween(text, a, b)); // one space (any kind) or one hyphen
}

function isWordNumber(lower: string): boolean {
  return lower in units || lower in tens;
}

/** Parse digits with thousands separators: "1,000" → 1000, "5.9" → 5.9. */
function parseDigits(text: string): number {
  return Number(text.replace(/,/g, '').replace(/ \. /, '.'));
}

/**
 * Is the digit token at `i` a label, part of a time/date/range, or a code rather than a quantity?
 * Example: "Covid-19", "No. 1", "4:30", "6/18/2023", "18th".
 */
function isDigitNoise(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  const after = text.slice(t.end, t.end + 2);
  if (/\d\s?[:/]\s?$/.test(text.slice(Math.max(0, t.start - 4), t.start))) return true; // "4:30" minutes part, "6/18", "6 : 00"
  if (/^\s?[:/]\s?\d/.test(text.slice(t.end, t.end + 4))) return true; // "4:30" hours part, "6/18/2023"
  if (/^[-–]\d/.test(after) || /\d[-–]$/.test(before)) return true; // "2023-06-18", ranges "10-12"
  if (/[A-Za-z][-‑]?$/.test(before)) return true; // "Covid-19", "F-16", "G20"
  if (/(?:^|[\s,(])\.\s?$/.test(text.slice(Math.max(0, t.start - 3), t.start))) return true; // ". 290 average": a decimal's tail
  const next = tokens[i + 1];
  if (next && next.start === t.end && ordinalSuffixes.has(next.lower)) return true; // "18th"
  if (next && next.start === t.end && /^[A-Za-z]/.test(next.text) && !isScaleSuffix(text, tokens, i)) {
    // Digits glued to letters that are not a scale: "5G", "3D"; units such as "5km" stay numbers.
    if (!/^(km|m|cm|mm|kg|g|mph|kph|ft|mi|lb|lbs|s|min|h|hrs?|mins?|sec|secs|am|pm|bn|mn|k|t|tn)$/i.test(next.text)) return true;
  }
  const prev = tokens[i - 1];
  if (prev && prev.text === '.' && tokens[i - 2] && /^nos?$/.test(tokens[i - 2].lower)) return true; // "No. 1"
  if (prev && (prev.lower === 'number' || prev.text === '#')) return true;
  // Day of month: "June 18", "Dec. 21", "18 June".
  const prevWord = prev?.text === '.' ? tokens[i - 2] : prev;
  if (prevWord && monthWords.has(prevWord.lower) && /^\d{1,2}$/.test(t.text)) return true;
  const next2 = tokens[i + 1];
  if (next2 && /^\d{1,2}$/.test(t.text) && monthWords.has(next2.lower) && next2.lower !== 'may') return true;
  if (prev && labelWords.has(prev.lower) && /^[A-Z]/.test(prev.text)) return true; // "Article 5", "Flight 370"
  return false;
}

/** Digits glued to a scale abbreviation after a currency sign: "$3bn", "£60m". */
function isScaleSuffix(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.start !== tokens[i].end) return false;
  const lower = next.lower;
  if (!(lower in scaleAbbreviations)) return false;
  if (lower === 'bn' || lower === 'mn' || lower === 'tn' || lower === 'trn') return true;
  return /[$£€¥]\s?$/.test(text.slice(Math.max(0, tokens[i].start - 4), tokens[i].start));
}

/**
 * Is the 4-digit integer at `i` used as a year? "in 2018", "the 2024 campaign", "June 18, 2023",
 * "2018." → yes; "2000 people", "about 1500 troops" → no.
 */
function isYearUse(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\d{4}$/.test(t.text)) return false;
  const value = Number(t.text);
  if (value < 1800 || value > 2100) return false;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (prev && (yearPrepositions.has(prev.lower) || monthWords.has(prev.lower.replace(/\.$/, '')))) return true;
  if (prev && prev.text === ',' && prev2 && /^\d{1,2}$/.test(prev2.text)) return true; // "June 18, 2023"
  if (prev && prev.text === '.' && prev2 && monthWords.has(prev2.lower)) return true; // "Dec. 2023"
  const next = tokens[i + 1];
  if (!next || !/^[a-z]/.test(next.text)) return true; // "2018.", "2018 Olympics"
  return false;
}

/** Is "one" at `i` a pronoun or part of a name rather than a count? "one of the", "one-China". */
function isOnePronoun(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (next && gapBetween(text, t, next) === '-' && /^[A-Z]/.test(next.text)) return true; // "one-China"
  if (next && gapBetween(text, t, next) === ' ' && oneAfter.has(next.lower)) return true;
  if (prev && oneBefore.has(prev.lower)) return true;
  if (!next || /^[,.;:!?)”"']/.test(next.text)) return true; // "the only one."
  return false;
}

/** Is a capitalised number word inside a name? "the Three Joint Declarations", "Group of Seven". */
function isInName(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^[A-Z]/.test(t.text) || t.start === 0) return false;
  const next = tokens[i + 1];
  return Boolean(next && gapBetween(text, t, next) === ' ' && /^[A-Z]/.test(next.text));
}

/** Try "and a half" / "and a quarter" (also hyphenated) after token `i`; returns [fraction, last index] or null. */
function readAndAFraction(text: string, tokens: Token[], i: number): [number, number] | null {
  const [and, a, frac] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!isJoined(text, tokens[i], and) || and.lower !== 'and') return null;
  if (!isJoined(text, and, a) || a.lower !== 'a') return null;
  if (!isJoined(text, a, frac) || !(frac.lower in fractions)) return null;
  return [fractions[frac.lower], i + 3];
}

type WordKind = 'unit' | 'ten' | 'hundred' | 'scale' | 'group';

/** Which kinds of number word may follow which: "forty-two", "two hundred and five", "three dozen". */
const mayFollow: Record<WordKind | 'start', WordKind[]> = {
  start: ['unit', 'ten'],
  ten: ['unit', 'scale'],
  unit: ['hundred', 'scale', 'group'],
  hundred: ['unit', 'ten', 'scale'],
  scale: ['unit', 'ten'],
  group: [],
};

function wordKind(lower: string): WordKind | null {
  if (lower in units) return 'unit';
  if (lower in tens) return 'ten';
  if (lower === 'hundred') return 'hundred';
  if (lower in scales) return 'scale';
  if (lower in groups) return 'group';
  return null;
}

/** Read a run of number words starting at `i` ("forty-two", "two hundred and five thousand", "a dozen"). */
function readWordNumber(text: string, tokens: Token[], i: number): [number, number] | null {
  let total = 0;
  let current = 0;
  let last = -1;
  let previous: WordKind | 'start' = 'start';
  let j = i;
  if (tokens[j].lower === 'a' || tokens[j].lower === 'an') {
    // "a hundred", "a million", "a dozen": the article counts as one.
    const next = tokens[j + 1];
    if (!isJoined(text, tokens[j], next)) return null;
    const kind = wordKind(next.lower);
    if (kind !== 'hundred' && kind !== 'scale' && kind !== 'group') return null;
    current = 1;
    previous = 'unit';
    j += 1;
  }
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (j > i && !isJoined(text, tokens[j - 1], t)) break;
    const kind = wordKind(t.lower);
    if (t.lower === 'and' && (previous === 'hundred' || previous === 'scale')) {
      const next = tokens[j + 1];
      const nextKind = next ? wordKind(next.lower) : null;
      if (isJoined(text, t, next) && (nextKind === 'unit' || nextKind === 'ten')) continue;
      break;
    }
    if (!kind || !mayFollow[previous].includes(kind)) break;
    if (previous === 'ten' && kind === 'unit' && units[t.lower] >= 10) break;
    if (kind === 'unit') current += units[t.lower];
    else if (kind === 'ten') current += tens[t.lower];
    else if (kind === 'hundred') current *= 100;
    else if (kind === 'group') current *= groups[t.lower];
    else {
      total += current * scales[t.lower];
      current = 0;
    }
    previous = kind;
    last = j;
  }
  if (last < 0) return null;
  return [total + current, last];
}

/** Find every number in `text` with its value. Offsets index into `text`. */
export function findNumbers(text: string): NumberMatch[] {
  const tokens = tokenize(text);
  const out: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value: number | null = null;
    let last = i;
    if (t.isDigits) {
      if (isDigitNoise(text, tokens, i) || isYearUse(text, tokens, i)) continue;
      value = parseDigits(t.text);
      // Pre-tokenised thousands: "4 , 051 yards" (a group that starts with 0 cannot be a new number).
      const [comma, group] = [tokens[i + 1], tokens[i + 2]];
      if (/^\d{1,3}$/.test(t.text) && comma?.text === ',' && group && /^0\d\d$/.test(group.text) && text.slice(t.end, group.start) === ' , ') {
        value = value * 1000 + Number(group.text);
        last = i + 2;
      }
      const next = tokens[last + 1];
      const end = tokens[last];
      if (next && /^\s?$/.test(gapBetween(text, end, next)) && next.text in fractionSymbols) {
        value += fractionSymbols[next.text];
        last += 1;
      } else if (last === i && isScaleSuffix(text, tokens, i)) {
        value *= scaleAbbreviations[next.lower];
        last = i + 1;
      } else if (next && gapBetween(text, end, next) === ' ' && next.lower in scales) {
        value *= scales[next.lower];
        last += 1;
      }
    } else if (t.text in fractionSymbols) {
      value = fractionSymbols[t.text];
    } else if (t.lower === 'half' && isJoined(text, t, tokens[i + 1]) && /^an?$/.test(tokens[i + 1].lower)) {
      // "half an hour" → 0.5 (the unit follows); "half a million" → 500000.
      const scale = tokens[i + 2];
      if (scale && isJoined(text, tokens[i + 1], scale) && (scale.lower in scales || scale.lower in groups)) {
        value = 0.5 * (scales[scale.lower] ?? groups[scale.lower]);
        last = i + 2;
      } else value = 0.5;
    } else if (isWordNumber(t.lower) || t.lower === 'a' || t.lower === 'an') {
      if (t.lower === 'one' && isOnePronoun(text, tokens, i)) continue;
      if (isInName(text, tokens, i)) continue;
      const read = readWordNumber(text, tokens, i);
      if (!read) continue;
      [value, last] = read;
    }
    if (value === null) continue;
    const fraction = readAndAFraction(text, tokens, last);
    if (fraction) {
      value += fraction[0];
      last = fraction[1];
    }
    out.push({ start: t.start, end: tokens[last].end, text: text.slice(t.start, tokens[last].end), value });
    i = last;
  }
  return out;
}
