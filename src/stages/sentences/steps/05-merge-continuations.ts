/**
 * Step 05: no break before a word that cannot start a sentence: lower case, or a comma, closing
 * bracket and the like. This keeps ellipses inside a sentence and attributions after "?" or "!".
 * Example: `“Why?” she asked.` and `The war… it goes on.` and `approx. five` stay whole;
 * `They bought iPhones. iPads too.` still splits ("iPads" is a name written in lower case);
 * `about 8 . 7 acres` (a tokenised decimal) stays whole.
 */
import type { CandidateBreak } from '../candidate-break.js';

/** Lower case first, but not a camel-case name ("iPhone", "eBay"). */
const lowerStart = /^[(“"‘']*\p{Ll}(?!\p{Ll}{0,2}\p{Lu})/u;
/** Punctuation that continues a sentence. */
const continuation = /^[,;:)\]}%–—-]/u;

/**
 * A decimal point written as a token between two short figures, as tokenised corpora write
 * them: "about 8 . 7 acres", "magnitude 6 . 1". A year before the point ("in 2009 . 10 people")
 * is a sentence end.
 */
function isTokenisedDecimal(paragraph: string, b: CandidateBreak): boolean {
  return paragraph[b.punct] === '.' && b.end === b.punct + 1 && /(?:^|\s)\d{1,3}\s$/.test(paragraph.slice(Math.max(0, b.punct - 5), b.punct)) && /^\d/.test(paragraph.slice(b.next));
}

/** Remove breaks followed by a continuation of the same sentence. */
export function mergeContinuations(paragraph: string, breaks: CandidateBreak[]): CandidateBreak[] {
  return breaks.filter((b) => {
    const rest = paragraph.slice(b.next, b.next + 8);
    return !lowerStart.test(rest) && !continuation.test(rest) && !isTokenisedDecimal(paragraph, b);
  });
}
