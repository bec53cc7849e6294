/**
 * Photo captions, recognised by their form: a caption prefix ("Pictured:"), or a short line without
 * sentence punctuation that describes an image in the present tense, with a position marker
 * ("(left)"), a date tail ("on Sunday", "April 10", "May 4 in Singapore") or a place tail.
 */
import captionForms from './data/caption-forms.json' with { type: 'json' };
import { countWords } from './line-key.js';
import { escapeRegExp } from '../../escape-regexp.js';

const alternation = (words: string[]): string => words.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');

const anyPrefix = new RegExp(captionForms.prefixes.map((p) => `(?:${p})`).join('|'), 'iu');
const positionMarker = new RegExp(`${captionForms.positionMarker}|${captionForms.commaPositionMarker}`, 'iu');
/** A photo credit ending the line: "… (AP Photo/Jane Doe, Pool)", "… Photograph: Jane Doe/AP". */
const creditTail = new RegExp(captionForms.creditTails.map((p) => `(?:${p})`).join('|'), 'iu');

const month = `(?:${alternation(captionForms.months)})\\.?`;
const weekday = `(?:${alternation(captionForms.weekdays)})`;
const day = '\\d{1,2}(?:st|nd|rd|th)?';
const place = "\\p{Lu}[\\p{L}\\p{M}’'.-]*(?:(?:\\s+|,\\s*)(?:of\\s+|the\\s+|de\\s+)?\\p{Lu}[\\p{L}\\p{M}’'.-]*){0,5}";
const dateCore =
  `(?:${weekday}(?:,?\\s+${month}\\s+${day}(?:,?\\s+\\d{4})?)?` +
  `|${month}\\s+${day}(?:,?\\s+\\d{4})?|${day}\\s+${month}(?:,?\\s+\\d{4})?|${month}\\s+\\d{4})`;
/** "… China on Sunday", "… Taiwan, April 10", "… exhibition May 4 in Singapore". */
const dateTail = new RegExp(`(?:^|[\\s,])(?:on\\s+|in\\s+|during\\s+)?${dateCore}(?:\\s*(?:,|in|at)\\s+${place})?$`, 'u');
/** "… waves to reporters outside the Great Hall of the People". */
const placeTail = new RegExp(`\\s(?:in|at|near|outside|inside|off|during)\\s+(?:the\\s+)?${place}$`, 'u');
/** Lower-case caption verbs, not right after a determiner ("the patrol" is a noun, "boats patrol" a verb). */
const captionVerb = new RegExp(
  `(?<!\\b(?:${alternation(captionForms.determiners)})\\s)\\b(?:${alternation(captionForms.captionVerbs)})\\b`,
  'u',
);
/** Base-form caption verbs that are also nouns, right after a plural: "Rescuers search the rubble". */
const pluralSubjectVerb = new RegExp(
  `(?<=[^\\P{L}sS'’]s\\s)(?<!\\b(?:${alternation(captionForms.determiners)})\\s)(?:${alternation(captionForms.pluralSubjectVerbs)})\\b`,
  'u',
);
/** Words of running prose a caption does not use: past tense, modals, reported speech. */
const blocker = new RegExp(`\\b(?:${alternation(captionForms.blockers)})\\b`, 'iu');
const firstPerson = new RegExp(`(?<![\\p{L}'’])(?:${alternation(captionForms.firstPerson)})(?![\\p{L}'’])`, 'u');
/** Sentence punctuation at the end, possibly inside closing quotes or brackets; or a closing quote. */
const punctuatedEnd = /(?:[.!?…;:]["”’'»)\]]*|["”’»])$/u;

/** Does the line end without sentence punctuation, as captions do? `line` has whitespace collapsed. */
function isUnpunctuated(line: string): boolean {
  return !punctuatedEnd.test(line);
}

/**
 * Is this line a photo caption? A caption prefix or a photo credit at its end decides at once;
 * otherwise the form rules apply. `line` has its whitespace collapsed (and hard-wrapped lines
 * joined: a fragment of wrapped prose is not a line).
 * Example: "Soldier stands near mobile rocket launchers at Cape Maobitou Park, Taiwan, April 10" → true;
 * "… his trip was postponed in February following the downing of a balloon over the US" → false
 * (past tense, no date or place tail).
 */
export function isCaptionLine(line: string): boolean {
  if (anyPrefix.test(line)) return true;
  if (creditTail.test(line) && countWords(line) <= captionForms.creditTailMaxWords) return true;
  if (!isUnpunctuated(line) || !/^[\p{Lu}\p{N}“"‘']/u.test(line)) return false;
  const words = countWords(line);
  if (words < 3 || words > captionForms.maxWords) return false;
  if (blocker.test(line) || firstPerson.test(line)) return false;
  if (positionMarker.test(line)) return true;
  if (!captionVerb.test(line) && !pluralSubjectVerb.test(line)) return false;
  if (dateTail.test(line)) return true;
  return words <= captionForms.placeTailMaxWords && placeTail.test(line);
}

/**
 * Does a line that occurs twice in one article read like image text? Weaker than `isCaptionLine`:
 * the repeat itself is the evidence, so an unpunctuated line of 4+ words with a caption verb, a
 * position marker, or a date or place tail is enough. Example: "Aid trucks at the border crossing
 * near Rafah" shown twice → true; a repeated list item "1 scoop oats, 1 cup milk" → false.
 */
export function isRepeatedCaption(line: string): boolean {
  if (!isUnpunctuated(line) || !/^[\p{Lu}\p{N}“"‘']/u.test(line)) return false;
  const words = countWords(line);
  if (words < 4 || words > captionForms.maxWords) return false;
  const hasVerb = captionVerb.test(line) || pluralSubjectVerb.test(line);
  return hasVerb || positionMarker.test(line) || dateTail.test(line) || placeTail.test(line);
}
