/**
 * The comparison form of a line: what makes "Oops!" equal "oops", and a repeated caption equal its twin.
 */

const curlyQuotes = /[‘’‛′“”„‟″]/g;
const straightQuote = (c: string): string => ('‘’‛′'.includes(c) ? "'" : '"');
/** Characters stripped from the end of a key. */
const trailing = new Set([' ', '\t', '.', '!', '?', '…', ':', ';', ',']);

/** A run of whitespace that is not already one plain space. */
const untidySpace = / \s+|[^\S ]\s*/g;

/**
 * Every run of whitespace → one space. Replaces only the runs that need it: a plain `\s+` replace
 * rebuilds the whole string at every space and is 20× slower on a 10 MB line.
 */
export function collapseSpaces(text: string): string {
  return text.replace(untidySpace, ' ');
}

/** Curly quotes and apostrophes → straight, lower-case, spaces collapsed, trailing punctuation removed. */
export function toLineKey(line: string): string {
  let key = line.toLowerCase();
  key = collapseSpaces(key);
  key = key.replace(curlyQuotes, straightQuote);
  let end = key.length;
  while (end > 0 && trailing.has(key[end - 1])) end--;
  let start = 0;
  while (start < end && key[start] === ' ') start++;
  return key.slice(start, end);
}

/** Number of whitespace-separated words in `line`. */
export function countWords(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const isSpace = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    if (!isSpace && !inWord) words++;
    inWord = !isSpace;
  }
  return words;
}
