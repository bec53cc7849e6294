/**
 * Step 1 of mention finding: split a sentence into word, number and punctuation tokens with
 * offsets, and mark what later steps ask of each token (capitalised, acronym, initial, shouted).
 *
 * Example: "Blinken’s talks with U.S. officials" → Blinken ’s talks with U.S. officials
 * ("’s" split off, "U.S." kept whole with its periods).
 *
 * Pre-tokenised text (ECB+ and other corpora) spaces out what a writer joins: "U . S . Marshals",
 * "Lt . Moreno", "Hewlett - Packard". Such tokens are read as the writer's "U.S.", "Lt." and
 * "Hewlett-Packard" (their `text`), while their offsets cover the spaced words as written.
 */
import { periodAbbreviations } from '../../../lexicon/index.js';

/** One token of a sentence; offsets are into the sentence text. */
export interface Token {
  /** The token as a writer joins it ("U.S." for "U . S ."); `start`/`end` cover what is written. */
  text: string;
  /** The token as written in the sentence ("U . S ."). */
  written: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** First letter upper case ("Blinken", "al-Assad" counts too). */
  isCapitalised: boolean;
  /** Two to six capitals, or dotted capitals: "CIA", "U.S.". */
  isAcronym: boolean;
  /** A single capital with a period: "W." in "George W. Bush". */
  isInitial: boolean;
  /** Part of an ALL-CAPS stretch (a shouted subhead): never a name. */
  isShouted: boolean;
  /** First token of the sentence, or right after an opening quote, bracket, colon or dash. */
  isSentenceStart: boolean;
}

// A hyphen does not join a dotted acronym: "China-U.S." → China - U.S. A spaced dotted acronym
// ("U . S .", "F . B . I .") is one token.
const tokenPattern = /\p{Lu} \.(?: \p{Lu} \.)+|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:[-‐'’](?!(?:\p{Lu}\.){2})\p{L}[\p{L}\p{M}\d]*)*|\d+(?:st|nd|rd|th)(?![\p{L}\d])|\d+(?:[.,:]\d+)*|\S/gu;
const addressPattern = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gu;
const possessive = /^(.+?)(['’][sS])$/u;
const openers = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*', '«', '>']);
const shoutFillers = new Set(['of', 'on', 'the', 'a', 'an', 'and', 'in', 'to', 'for', 'at', 'by', 'it', 'is', 'was', 'as']);

function makeToken(text: string, start: number, kind: Token['kind'], length = text.length): Token {
  // A word starts with a letter, so only a capitalised one can be an acronym or an initial:
  // the other tests run for those alone (this is the pipeline's most called function).
  const isUpper = kind === 'word' && /^\p{Lu}/u.test(text);
  let isAcronym = false;
  if (isUpper) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    isAcronym = /^(?:\p{Lu}\.){2,}$/u.test(text) || (/^\p{Lu}{2,6}$/u.test(letters) && letters.length === text.replace(/[&]/g, '').length);
  }
  return {
    text,
    written: text,
    lower: text.toLowerCase(),
    start,
    end: start + length,
    kind,
    isCapitalised: isUpper || (kind === 'word' && /^(?:al|el|ad|as|an|ar|at|az|ash)-\p{Lu}/u.test(text)),
    isAcronym,
    isInitial: isUpper && /^\p{Lu}\.$/u.test(text),
    isShouted: false,
    isSentenceStart: false,
  };
}

/** Tokenise one sentence. */
export function tokeniseSentence(text: string): Token[] {
  const tokens: Token[] = [];
  // Web and mail addresses hold slugs, not words ("…/arcade-joseph-comeaux-jr"): blanked, offsets kept.
  const scrubbed = /:\/\/|www\.|@/.test(text) ? text.replace(addressPattern, (m) => ' '.repeat(m.length)) : text;
  for (const match of scrubbed.matchAll(tokenPattern)) {
    let word = match[0];
    const start = match.index ?? 0;
    const kind: Token['kind'] = /^\p{L}/u.test(word) ? 'word' : /^\d/.test(word) ? 'number' : 'punct';
    if (kind === 'word' && / \./.test(word)) {
      tokens.push(makeToken(word.replace(/ /g, ''), start, kind, word.length));
      continue;
    }
    if (kind === 'word') {
      const pos = possessive.exec(word);
      if (pos && pos[1].length > 1) {
        tokens.push(makeToken(pos[1], start, 'word'));
        tokens.push(makeToken(pos[2], start + pos[1].length, 'punct'));
        continue;
      }
      // "Mr." and "W." keep their period; "Beijing." does not. Spaced: "Lt . Moreno", "Franklin D . Roosevelt".
      const next = text[start + word.length];
      const isAbbreviation = periodAbbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
      if (next === '.' && isAbbreviation) word += '.';
      else if (next === ' ' && text[start + word.length + 1] === '.' && isAbbreviation && !/^\.\S/.test(text.slice(start + word.length + 1))) {
        tokens.push(makeToken(word + '.', start, kind, word.length + 2));
        continue;
      }
    }
    tokens.push(makeToken(word, start, kind));
  }
  // The regex consumes "Mr." as "Mr" + "."; drop the period token that an abbreviation absorbed.
  const merged = joinSpacedHyphens(text, tokens.filter((t, i) => !(t.kind === 'punct' && t.text === '.' && i > 0 && tokens[i - 1].end > t.start)));
  markShouting(merged);
  merged.forEach((t, i) => {
    if (t.end - t.start !== t.text.length) t.written = text.slice(t.start, t.end);
    t.isSentenceStart = i === 0 || (merged[i - 1].kind === 'punct' && openers.has(merged[i - 1].text));
  });
  return merged;
}

const hyphenJoinable = /^(?:al|el|ad|as|an|ar|at|az|ash)$/;
const notNameWords = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'it', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at', 'of', 'to', 'for', 'as', 'by', 'with', 'from', 'this', 'that', 'is', 'was']);

/**
 * Join a hyphen that pre-tokenised text spaced out of a name: "Hewlett - Packard" →
 * "Hewlett-Packard", "al - Assad" → "al-Assad", "I - 75" → "I-75". A dash between a name and a
 * clause stays a dash: "Dallas - The suspect" (a function word follows).
 */
function joinSpacedHyphens(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const left = out[out.length - 1];
    const dash = tokens[i];
    const right = tokens[i + 1];
    const isSpacedHyphen = dash.kind === 'punct' && dash.text === '-' && left !== undefined && right !== undefined && left.end === dash.start - 1 && right.start === dash.end + 1;
    const leftOk = left?.kind === 'word' && (/^\p{Lu}/u.test(left.text) || hyphenJoinable.test(left.lower)) && !left.text.endsWith('.');
    const rightOk = right !== undefined && ((right.kind === 'word' && /^\p{Lu}/u.test(right.text) && !notNameWords.has(right.lower)) || (right.kind === 'number' && /^\p{Lu}$/u.test(left?.text ?? '')));
    if (!isSpacedHyphen || !leftOk || !rightOk) {
      out.push(dash);
      continue;
    }
    const joined = makeToken(`${left.text}-${right.text}`, left.start, 'word', right.end - left.start);
    // "al-Assad" is capitalised as a name; "I-75" is one word.
    joined.isCapitalised = left.isCapitalised || /^\p{Lu}/u.test(right.text);
    out[out.length - 1] = joined;
    i++;
  }
  return out;
}

/**
 * Mark ALL-CAPS stretches: two or more upper-case words in a row ("EMPHASIS ON THE TAIWAN
 * ISSUE", "LARGE FIRE"). A lone acronym ("CCTV") is not shouting.
 */
function markShouting(tokens: Token[]): void {
  const isUpperWord = (t: Token) => t.kind === 'word' && /\p{L}{2,}/u.test(t.text) && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
  let i = 0;
  while (i < tokens.length) {
    if (!isUpperWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && (isUpperWord(tokens[j]) || (tokens[j].kind === 'punct' && /^[-'’,&]$/.test(tokens[j].text)))) j++;
    const words = tokens.slice(i, j).filter(isUpperWord);
    const hasFiller = words.some((t) => shoutFillers.has(t.lower));
    // Two upper-case words side by side are shouting too ("LARGE FIRE"); a lone "CCTV" is an acronym.
    const undotted = words.filter((t) => !t.text.includes('.'));
    // "including UN , OSCE , and CIS": acronyms in a list are names, not shouting.
    const isAcronymList = tokens.slice(i, j).some((t) => t.text === ',') && words.every((t) => t.text.replace(/[^\p{L}]/gu, '').length <= 6);
    if (!isAcronymList && (words.length >= 3 || (words.length === 2 && (hasFiller || undotted.length === 2)))) for (let k = i; k < j; k++) tokens[k].isShouted = true;
    i = j;
  }
  const words = tokens.filter((t) => t.kind === 'word' && /\p{L}{2,}/u.test(t.text));
  if (words.length >= 3 && words.filter(isUpperWord).length / words.length >= 0.6) for (const t of tokens) t.isShouted = true;
  // A Title-Case Headline ("Child Molester On The Lam"): capitals say nothing about names there.
  const titleCased = words.slice(1).filter((t) => /^\p{Lu}/u.test(t.text) && shoutFillers.has(t.lower));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text));
  if (words.length >= 4 && ((titleCased.length >= 2 && capitalised.length / words.length >= 0.6) || (titleCased.length >= 1 && capitalised.length / words.length >= 0.8))) {
    for (const t of tokens) t.isShouted = true;
  }
}
