/**
 * Step 06: a quotation ending in "?", "!" or "." inside its closing quote keeps a short attribution
 * that follows it: `“Why?” Blinken asked.` and `“We are done.” Secretary Blinken said, …` are one
 * sentence each. A full sentence after the quote (`“We are done.” Blinken said the talks would
 * resume.`) still starts anew.
 */
import speech from '../data/speech-verbs.json' with { type: 'json' };
import type { CandidateBreak } from '../candidate-break.js';

const verbs = speech.verbs.join('|');
const pronouns = speech.pronouns.join('|');
/** Name of up to five capitalised words (with "of", "the"), or a pronoun, then a verb of saying. */
const subject = `(?:(?:${pronouns})|\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:(?:of|the|de|al|bin)\\s+)?\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,4})`;
/** After a quoted question or exclamation: any attribution. */
const afterQuestion = new RegExp(`^${subject}\\s+(?:${verbs})\\b`, 'u');
/**
 * After a quoted statement: only an attribution that ends there (".", ";", end of paragraph, or a
 * comma not opening a new quotation: `‘I want more.’ They said, ‘…’` is a new sentence).
 */
const afterStatement = new RegExp(`^${subject}\\s+(?:${verbs})(?:[.;]|,(?!\\s*[“"‘'])|$)`, 'u');
/** The break ends inside a closing quotation mark. */
const quotedEnd = /^([.!?…‽]+)["”’']/u;

/** Remove breaks between a quotation and its attribution. */
export function mergeQuoteAttributions(paragraph: string, breaks: CandidateBreak[]): CandidateBreak[] {
  return breaks.filter((b) => {
    const punct = quotedEnd.exec(paragraph.slice(b.punct, b.end));
    if (!punct) return true;
    const rest = paragraph.slice(b.next, b.next + 160);
    const attribution = /[?!‽]/u.test(punct[1]) ? afterQuestion : afterStatement;
    return !attribution.test(rest);
  });
}
