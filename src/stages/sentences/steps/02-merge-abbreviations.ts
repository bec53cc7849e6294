/**
 * Step 02: no break after an abbreviation that does not end the sentence.
 * Example: `Sen. Ron Wyden (D-Ore.) met Gov. Kate Brown at 9 a.m. Monday in the U.S. Capitol on Dec. 21.
 * The talks went on until No. 3 …` → one break, before "The": "Sen.", "Gov.", "Dec. 21", "No. 3"
 * never end a sentence, "a.m." and "U.S." do only before a sentence starter ("The", "China").
 */
import abbreviations from '../data/abbreviations.json' with { type: 'json' };
import starters from '../data/sentence-starters.json' with { type: 'json' };
import { readBareWordAfter, readPunctuation, readWordBefore, readWordAfter, type CandidateBreak } from '../candidate-break.js';

const titles = new Set(abbreviations.titles);
const beforeNumbers = new Set(abbreviations.beforeNumbers);
const neverFinal = new Set(abbreviations.neverFinal);
const mayEnd = new Set(abbreviations.mayEnd);
const starterWords = new Set([...starters.words, ...starters.countries]);
/** "U.S", "a.m", "D.C", "Ph.D": letters joined by periods. */
const dottedAcronym = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
/** Party-and-state tags: "D-Ore", "R-Texas", "I-Vt". */
const partyTag = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** Does the next sentence visibly start here: a starter word, or an opening quote before a capital? */
export function isSentenceStart(paragraph: string, b: CandidateBreak): boolean {
  if (starterWords.has(readBareWordAfter(paragraph, b))) return true;
  return /^[“"‘]\p{Lu}/u.test(readWordAfter(paragraph, b));
}

/** Keep a break after an abbreviation only where that abbreviation can end a sentence here. */
export function mergeAbbreviations(paragraph: string, breaks: CandidateBreak[]): CandidateBreak[] {
  return breaks.filter((b) => {
    if (readPunctuation(paragraph, b) !== '.') return true;
    const word = readWordBefore(paragraph, b);
    if (titles.has(word) || neverFinal.has(word)) return false;
    if (beforeNumbers.has(word) && /^\p{N}/u.test(readBareWordAfter(paragraph, b))) return false;
    if (mayEnd.has(word) || dottedAcronym.test(word) || partyTag.test(word)) return isSentenceStart(paragraph, b);
    return true;
  });
}
