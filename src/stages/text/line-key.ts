/**
 * The comparison form of a line: what makes "Oops!" equal "oops", and a repeated caption equal its twin.
 */

/** Curly quotes and apostrophes → straight, lower-case, spaces collapsed, trailing punctuation removed. */
export function toLineKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?…:;,]+$/u, '');
}

/** Number of whitespace-separated words in `line`. */
export function countWords(line: string): number {
  const words = line.match(/\S+/g);
  return words ? words.length : 0;
}
