/**
 * How well a sentence reads on its own, out of its article, as a factor in (0, 1] that multiplies
 * its score. A summary line is read without the sentences around it, so a line that leans on them
 * reads badly:
 *
 * - starts with a pronoun or connective: "But the evidence, particularly the polling, doesn't back
 *   those doomsday warnings." (what evidence? warnings of whom?), unless the pronoun is inside a
 *   quotation whose speaker the line names ("“We are on a pace to finish by August 31,” Biden said.");
 * - asks a question: "Can Sanders win in November?";
 * - is a quotation with no speaker: "“In 30-plus years of politics, I’ve never seen this level of doom.";
 * - is very short ("Bye bye June rate hike.") or very long (a 70-word run-on);
 * - was cut off ("… Ginsburg is still recuperating from surgery to"), or, more mildly, has no
 *   final stop at all (a standfirst, or a cut that falls after a noun).
 *
 * A lead-in clause ("In a statement released on Monday, the council said …") is not a defect: the
 * line reads well alone. That a shorter telling of the same fact should win is the choice's length
 * cost and the model's `leadIn` weight; a factor here counted it a third time.
 */
import openers from './data/openers.json' with { type: 'json' };
import attribution from './data/attribution.json' with { type: 'json' };
import danglingEnds from './data/dangling-ends.json' with { type: 'json' };
import { countWords, splitWords } from './tokenize-terms.js';

const openerWords = new Set<string>([...openers.pronouns, ...openers.connectives]);
const pronounWords = new Set<string>(openers.pronouns);
const sayingVerbs = new Set<string>(attribution.verbs);
const leadInWords = new Set<string>(openers.leadIns);
const danglingWords = new Set<string>(danglingEnds.words);

/** The factors applied for each defect, and the length limits. Defaults in `defaultStandalone`. */
export interface StandaloneRules {
  /** Factor for a first word that is a pronoun or a connective. Default 0.35. */
  opener: number;
  /** Factor for a question. Default 0.3. */
  question: number;
  /** Factor for a quotation with no verb of saying. Default 0.6. */
  unattributedQuote: number;
  /**
   * Factor for a sentence cut off: no final stop, and it ends on a word or a mark that needs more
   * (`isCutOff`) ("… bringing an abrupt end to", "… the bill's highlights:"). Default 0.5.
   */
  unfinished: number;
  /**
   * Factor for no final stop after a content word: a standfirst ("Former Goldman Sachs executive
   * was a campaign loyalist and fundraiser") or a cut that happens to fall after a noun. Default 0.7.
   */
  unstopped: number;
  /** Fewer words than this is short. Default 8. */
  minWords: number;
  /** Factor for a short sentence. Default 0.3. */
  short: number;
  /** More words than this is long. Default 60. */
  maxWords: number;
  /**
   * Factor for a long sentence. Default 0.6. On NeuS long leads are often the best line (no long
   * penalty scores 0.01 R-2 higher on train), but a 60-word run-on reads badly and eats the budget.
   */
  long: number;
}

/** Default readability rules. */
export const defaultStandalone: Readonly<StandaloneRules> = Object.freeze({
  opener: 0.35,
  question: 0.3,
  unattributedQuote: 0.6,
  unfinished: 0.5,
  unstopped: 0.7,
  minWords: 8,
  short: 0.3,
  maxWords: 60,
  long: 0.6,
});

const openingQuote = /^[\s([]*["“‘«'„]/u;

/** First word, lower-case, after opening quotes and brackets; curly apostrophes made straight. */
function readFirstWord(text: string): string {
  const m = text.replace(/’/g, "'").match(/^[\s"“‘«'„([—–-]*([\p{L}\p{N}]+(?:'[\p{L}]+)?)/u);
  return m ? m[1].toLowerCase() : '';
}

/** True when the sentence starts with a word that needs an earlier sentence ("He", "But", "This"). */
export function hasDanglingOpener(text: string): boolean {
  return openerWords.has(readFirstWord(text));
}

/**
 * A lead-in: a clause of at most ten words before the first comma that opens on a preposition or
 * a time word, not on the subject ("In a statement on Monday, the ministry said …", "On Friday,
 * a federal judge …"). A name with an apposition ("Collins, a key swing vote, …") does not count.
 */
export function hasLeadIn(text: string): boolean {
  const m = text.match(/^[\s"“]*([^,]{1,90}),/u);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/);
  if (words.length > 10) return false;
  return leadInWords.has(words[0].toLowerCase());
}

/**
 * True when a sentence without a final stop ends where no sentence can end: on an article, a
 * preposition, a conjunction or an auxiliary (`data/dangling-ends.json`: "… a referendum on",
 * "… recuperating from surgery to") or on a comma, colon, semicolon or dash
 * ("Here's a rundown of some of the bill's highlights:"). NeuS cuts its articles this way.
 */
export function isCutOff(text: string): boolean {
  if (/[,:;—–-]$/u.test(text)) return true;
  const last = text.match(/([\p{L}\p{N}]+)$/u);
  return last !== null && danglingWords.has(last[1].toLowerCase());
}

/** True when the words after a quotation's closing mark do not start with a pronoun: "…,” Biden said". */
function namesSpeaker(text: string): boolean {
  const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
  if (close <= 0) return false;
  const after = readFirstWord(text.slice(close + 1));
  return after !== '' && !pronounWords.has(after);
}

/** Rate how well `text` stands alone: 1 when nothing is wrong, smaller for each defect found. */
export function rateStandalone(text: string, rules: StandaloneRules = defaultStandalone): number {
  const trimmed = text.trim();
  let factor = 1;
  const isQuote = openingQuote.test(trimmed);
  // A verb of saying matters only in a quotation: read the words only then.
  const isAttributed = isQuote && splitWords(trimmed).some((w) => sayingVerbs.has(w));
  // A pronoun inside an attributed quotation is its speaker's, named in the same line:
  // "“We are currently on a pace to finish by August 31,” Biden said." ("…,” he said." is not.)
  if (hasDanglingOpener(trimmed) && !(isQuote && isAttributed && namesSpeaker(trimmed))) factor *= rules.opener;
  const end = trimmed.replace(/["”’»')\]]+$/u, '');
  if (end.endsWith('?')) factor *= rules.question;
  else if (!/[.!…]$/u.test(end)) factor *= isCutOff(end) ? rules.unfinished : rules.unstopped;
  if (isQuote && !isAttributed) {
    factor *= rules.unattributedQuote;
  }
  const words = countWords(trimmed);
  if (words < rules.minWords) factor *= rules.short;
  else if (words > rules.maxWords) factor *= rules.long;
  return factor;
}
