/**
 * Step 05: no break before a word that cannot start a sentence: lower case, or a comma, closing
 * bracket and the like. This keeps ellipses inside a sentence and attributions after "?" or "!".
 * Example: `“Why?” she asked.` and `The war… it goes on.` and `approx. five` stay whole;
 * `They bought iPhones. iPads too.` still splits ("iPads" is a name written in lower case).
 */
import type { CandidateBreak } from '../candidate-break.js';

/** Lower case first, but not a camel-case name ("iPhone", "eBay"). */
const lowerStart = /^[(“"‘']*\p{Ll}(?!\p{Ll}{0,2}\p{Lu})/u;
/** Punctuation that continues a sentence. */
const continuation = /^[,;:)\]}%–—-]/u;

/** Remove breaks followed by a continuation of the same sentence. */
export function mergeContinuations(paragraph: string, breaks: CandidateBreak[]): CandidateBreak[] {
  return breaks.filter((b) => {
    const rest = paragraph.slice(b.next, b.next + 8);
    return !lowerStart.test(rest) && !continuation.test(rest);
  });
}
