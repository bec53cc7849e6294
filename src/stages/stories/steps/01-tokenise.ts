/**
 * Step 1 of story features: split text into word and number tokens, marking which ones start a
 * sentence (their capital letter says nothing about being a name).
 *
 * Example: "Reid left. Her rep told People." → Reid(start) left Her(start) rep told People.
 */

/** One word or number of an article, with the facts later steps need about its position. */
export interface Token {
  /** The token as written ("Lohan's" is kept whole; the possessive is dropped later). */
  text: string;
  /** Whether it is a number ("5.8", "1,200"). */
  isNumber: boolean;
  /** Whether its first letter is upper case. */
  isCapitalised: boolean;
  /** Whether it opens a sentence or a line. */
  isSentenceStart: boolean;
  /** Index of the line (a headline is a line of its own) the token sits on. */
  line: number;
}

// Numbers keep their decimal point and thousands separators ("5.8", "1,200"); words keep an
// inner apostrophe ("O'Brien", "Lohan's"). Hyphens split ("33-year-old" → 33 year old).
const tokenPattern = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;
// Web and mail addresses carry ids and slugs, not words of the story: blank them out
// ("http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan" → spaces).
const addressPattern = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** Whether the text between two tokens ends a sentence or a line (. ! ? or a newline), and how many newlines it holds. */
function readGap(text: string, from: number, to: number): { isEnd: boolean; newlines: number } {
  let isEnd = false;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      newlines++;
      isEnd = true;
    } else if (c === 46 || c === 33 || c === 63) isEnd = true;
  }
  return { isEnd, newlines };
}

/** Whether a token's first character is a digit (ASCII fast path, else any Unicode number). */
function startsWithNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return /^\p{N}/u.test(word);
}

/** Whether a token's first letter is upper case (ASCII fast path). */
function startsCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word[0];
  return first !== first.toLowerCase();
}

/** Split text into tokens; sentence starts are found from the punctuation between tokens. */
export function tokenise(input: string): Token[] {
  const hasAddress = input.includes('@') || input.includes('http') || input.includes('www.');
  const text = hasAddress ? input.replace(addressPattern, (m) => ' '.repeat(m.length)) : input;
  const tokens: Token[] = [];
  let previousEnd = 0;
  let line = 0;
  let isStart = true;
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index ?? 0;
    const gap = readGap(text, previousEnd, start);
    if (gap.isEnd) isStart = true;
    line += gap.newlines;
    const word = match[0];
    tokens.push({
      text: word,
      isNumber: startsWithNumber(word),
      isCapitalised: startsCapitalised(word),
      isSentenceStart: isStart,
      line,
    });
    isStart = false;
    previousEnd = start + word.length;
  }
  return tokens;
}
