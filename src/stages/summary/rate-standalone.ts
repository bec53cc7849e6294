/**
 * How well a sentence reads on its own, out of its article, as a factor in (0, 1] that multiplies
 * its score. A summary line is read without the sentences around it, so a line that leans on them
 * reads badly:
 *
 * - starts with a pronoun or connective: "But the evidence, particularly the polling, doesn't back
 *   those doomsday warnings." (what evidence? warnings of whom?);
 * - asks a question: "Can Sanders win in November?";
 * - is a quotation with no speaker: "“In 30-plus years of politics, I’ve never seen this level of doom.";
 * - is very short ("Why it matters:") or very long (a 70-word run-on), or has no final punctuation;
 * - opens on a lead-in clause: "In a statement released on Monday afternoon, the council said that
 *   …" — where another outlet states the same fact without it, that shorter line should win.
 */
import openers from './data/openers.json' with { type: 'json' };
import attribution from './data/attribution.json' with { type: 'json' };
import { countWords, splitWords } from './tokenize-terms.js';

const openerWords = new Set<string>([...openers.pronouns, ...openers.connectives]);
const sayingVerbs = new Set<string>(attribution.verbs);
const leadInWords = new Set<string>(openers.leadIns);

/** The factors applied for each defect, and the length limits. Defaults in `defaultStandalone`. */
export interface StandaloneRules {
  /** Factor for a first word that is a pronoun or a connective. Default 0.35. */
  opener: number;
  /** Factor for a question. Default 0.3. */
  question: number;
  /** Factor for a quotation with no verb of saying. Default 0.6. */
  unattributedQuote: number;
  /** Factor for no final punctuation (a cut or a heading). Default 0.5. */
  unfinished: number;
  /** Factor for a lead-in clause before the subject. Default 0.7. */
  leadIn: number;
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
  leadIn: 0.7,
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

/** Rate how well `text` stands alone: 1 when nothing is wrong, smaller for each defect found. */
export function rateStandalone(text: string, rules: StandaloneRules = defaultStandalone): number {
  const trimmed = text.trim();
  let factor = 1;
  if (hasDanglingOpener(trimmed)) factor *= rules.opener;
  if (hasLeadIn(trimmed)) factor *= rules.leadIn;
  const end = trimmed.replace(/["”’»')\]]+$/u, '');
  if (end.endsWith('?')) factor *= rules.question;
  else if (!/[.!…]$/u.test(end)) factor *= rules.unfinished;
  if (openingQuote.test(trimmed) && !splitWords(trimmed).some((w) => sayingVerbs.has(w))) {
    factor *= rules.unattributedQuote;
  }
  const words = countWords(trimmed);
  if (words < rules.minWords) factor *= rules.short;
  else if (words > rules.maxWords) factor *= rules.long;
  return factor;
}
