/**
 * Step 03: no break after an initial inside a name.
 * Example: `J. K. Rowling met George W. Bush.` → no break after "J.", "K." or "W."; but
 * `He backed Plan B. The vote failed.` keeps its break, since "The" starts a sentence.
 */
import { readPunctuation, readWordBefore, type CandidateBreak } from '../candidate-break.js';
import { isSentenceStart } from './02-merge-abbreviations.js';

/** Remove breaks after a single capital letter unless a sentence starter follows. */
export function mergeInitials(paragraph: string, breaks: CandidateBreak[]): CandidateBreak[] {
  return breaks.filter((b) => {
    if (readPunctuation(paragraph, b) !== '.') return true;
    if (!/^\p{Lu}$/u.test(readWordBefore(paragraph, b))) return true;
    // "F . B . I ." in pre-tokenised text: the next initial is no pronoun "I".
    if (/^\p{Lu} ?\.(?:\s|$)/u.test(paragraph.slice(b.next, b.next + 4))) return false;
    return isSentenceStart(paragraph, b);
  });
}
