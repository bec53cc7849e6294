/**
 * Subheads: ALL-CAPS lines and short label lines ending in a colon. They stay in the cleaned text
 * but never become sentences.
 */
import headingForms from './data/heading-forms.json' with { type: 'json' };
import { countWords } from './line-key.js';

const speechVerbs = new Set(headingForms.speechVerbs);
const clauseWords = new Set(headingForms.clauseWords);
const danglingWords = new Set(headingForms.danglingWords);

/**
 * Is this line a subhead? `line` has its whitespace collapsed.
 * Example: "EMPHASIS ON THE TAIWAN ISSUE" → true; "Red lines stressed:" → true;
 * "Wang said:" and "Here are the highlights:" → false (clauses introducing what follows);
 * "NATO and the EU met." → false (has lower case).
 */
export function isHeadingLine(line: string): boolean {
  const words = countWords(line);
  if (!/\p{Ll}/u.test(line)) {
    const upper = line.match(/\p{Lu}/gu)?.length ?? 0;
    if (upper >= headingForms.capsMinLetters && words <= headingForms.capsMaxWords) return true;
  }
  if (!line.endsWith(':') || words > headingForms.labelMaxWords) return false;
  if (!/^\p{Lu}/u.test(line) || /[.!?…;"“”]/u.test(line.slice(0, -1))) return false;
  const labelWords = line.slice(0, -1).trim().toLowerCase().split(/\s+/);
  const lastWord = labelWords[labelWords.length - 1];
  if (speechVerbs.has(lastWord) || danglingWords.has(lastWord)) return false;
  return !labelWords.some((w) => clauseWords.has(w));
}
