/**
 * A place where a sentence may end inside one paragraph, and the words on either side of it.
 * Step 01 proposes breaks; each later step removes the ones its rule rejects.
 */

/** A possible sentence end in a paragraph. Offsets are into the paragraph string. */
export interface CandidateBreak {
  /** Where the terminal punctuation run starts ("." of "U.S.", "?" of "?”"). */
  punct: number;
  /** Just after the sentence: terminal punctuation plus closing quotes and brackets. */
  end: number;
  /** First character of the next sentence (after the whitespace). */
  next: number;
}

/** Is the character at `i` whitespace? (A char-code test: a regex per character is slow on 10 MB.) */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f;
}

/** Opening quotes and brackets that may precede a word. */
const openers = /^[("“‘'[{«]+/u;

/** Characters of a word as abbreviations write it: letters, digits, ".", "-", apostrophes. */
const wordChar = /[\p{L}\p{N}.'’-]/u;

/**
 * The word before the break's punctuation: "U.S" for "(the U.S.", "D-Ore" for "(D-Ore.", "Sen" for
 * "(CNN)Sen." — the run of word characters that ends at the punctuation.
 */
export function readWordBefore(paragraph: string, b: CandidateBreak): string {
  let end = b.punct;
  // Pre-tokenised text spaces a period off its word ("Troy police Lt . Gerry Scherlinck", "U . S .
  // Marshals"): read the word before the space, so "Lt" and "S" are judged as abbreviations.
  if (end >= 2 && paragraph[end - 1] === ' ' && /\p{L}/u.test(paragraph[end - 2])) end--;
  let i = end;
  while (i > 0 && end - i < 40 && wordChar.test(paragraph[i - 1])) i--;
  return paragraph.slice(i, end);
}

/** The word after the break as written (may start with a quote): "“We" or "China". */
export function readWordAfter(paragraph: string, b: CandidateBreak): string {
  let i = b.next;
  while (i < paragraph.length && !isSpaceAt(paragraph, i)) i++;
  return paragraph.slice(b.next, i);
}

/** The word after the break without opening quotes/brackets or trailing punctuation: "We" for "“We,". */
export function readBareWordAfter(paragraph: string, b: CandidateBreak): string {
  return readWordAfter(paragraph, b).replace(openers, '').replace(/[^\p{L}\p{N}]+$/u, '');
}

/** The terminal punctuation and closers of the break: ".", "?”", "…". */
export function readPunctuation(paragraph: string, b: CandidateBreak): string {
  return paragraph.slice(b.punct, b.end);
}
