/**
 * What a value measures, from the words around it, so the alignment stage can tell whether two
 * facts fill the same slot ("the talks lasted 5½ hours" vs "met for 7½ hours": {meet, last} ∩ {meet}).
 */
import type { Fact } from '../../model/fact.js';
import type { Sentence } from '../../model/text.js';
import slotWords from './data/slot-words.json' with { type: 'json' };
import units from './data/units.json' with { type: 'json' };
import numberWords from '../numbers/data/number-words.json' with { type: 'json' };
import { stemWord } from './stem-word.js';

const functionWords = new Set(slotWords.functionWords);
/** Verbs of saying: a date right after one ("said on Monday") dates the statement, not the story. */
const speechVerbs = new Set(slotWords.speechVerbs);
/** Units and number words name other values, not what this one measures: "5 and a half hours Dec. 21". */
const valueWords = new Set([
  ...Object.keys(units.durationAliases),
  ...Object.keys(units.measures),
  ...Object.keys(numberWords.units),
  ...Object.keys(numberWords.tens),
  'hundred', 'thousand', 'million', 'billion', 'half', 'quarter', 'dozen', 'percent',
]);

/** How many tokens to look back and ahead, and how many content words to keep from each side. */
const window = { before: 10, after: 4, afterOpening: 12, keepBefore: 3, keepAfter: 2 };

/** Words and numbers; abbreviations keep their full stop ("Dec.", "U.S."). */
const tokenPattern = /[\p{L}\p{N}][\p{L}\p{N}'’]*(?:\.(?=[\p{L}\p{N}]|\s+\p{N})[\p{L}\p{N}]*)*\.?|[,;:()"“”!?—–]/gu;

interface Token {
  start: number;
  end: number;
  text: string;
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(tokenPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const isBoundary = (t: Token) => /^[,;:()"“”!?—–]$/.test(t.text);

/** A content word: lower-case (names are entities, not slots), not a function word, unit or number. */
function isSlotWord(t: Token): boolean {
  const w = t.text.replace(/\.$/, '');
  return /^\p{Ll}/u.test(w) && !functionWords.has(w) && !valueWords.has(w) && !/\d/.test(w);
}

/** Content words within `span` tokens from `from` going `step` (±1), stopping at punctuation. */
function collect(tokens: Token[], from: number, step: 1 | -1, span: number, keep: number): { words: Token[]; stoppedAt: number } {
  const words: Token[] = [];
  let i = from;
  for (let n = 0; n < span && i >= 0 && i < tokens.length && words.length < keep; n++, i += step) {
    if (isBoundary(tokens[i])) return { words, stoppedAt: i };
    if (isSlotWord(tokens[i])) words.push(tokens[i]);
  }
  return { words, stoppedAt: -1 };
}

/** Is the date right after a verb of saying ("said on Monday", "announced Tuesday", "told reporters Friday")? */
function isStatementDate(tokens: Token[], start: number): boolean {
  const before = tokens.filter((t) => t.end <= start).slice(-3).map((t) => t.text.toLowerCase());
  const [a, b, c] = [before[before.length - 1], before[before.length - 2], before[before.length - 3]];
  if (speechVerbs.has(a)) return true;
  if (a === 'on' && speechVerbs.has(b)) return true;
  return (a === 'reporters' || a === 'journalists') && (b === 'told' || (b === 'on' && speechVerbs.has(c)));
}

/** Local offsets of the fact in the sentence text. */
function locate(fact: Fact, sentence: string | Sentence): { text: string; start: number; end: number } {
  if (typeof sentence !== 'string') return { text: sentence.text, start: fact.start - sentence.start, end: fact.end - sentence.start };
  const at = sentence.indexOf(fact.text);
  return at >= 0 ? { text: sentence, start: at, end: at + fact.text.length } : { text: sentence, start: 0, end: 0 };
}

/**
 * A short description of what a fact measures: the lemma-ish content words nearest to it in its
 * clause, up to three before and two after, space-separated in text order. Units and numbers of
 * other values are skipped. A value in an opening phrase ("On June 18, Qin held talks") takes
 * its words from the clause after the comma.
 * Examples: "a meeting that lasted 5 and a half hours" → "meet last"; "Blinken met with Foreign
 * Minister Qin Gang for seven and a half hours" → "meet"; "killed at least 12 people" → "kill";
 * "about 60 meters tall" → "tall"; "On Sunday, Blinken met Qin" → "meet". A date that dates a
 * statement ("The ministry said on Monday that the talks …") fills no story slot: "".
 * Pass the Sentence when you have it (exact offsets); with a string the fact is located by its
 * text (first occurrence).
 */
export function factSlot(fact: Fact, sentence: string | Sentence): string {
  const { text, start, end } = locate(fact, sentence);
  const tokens = tokenize(text);
  if (fact.kind === 'date' && isStatementDate(tokens, start)) return '';
  const firstAfter = tokens.findIndex((t) => t.start >= end);
  const lastBefore = tokens.findLastIndex((t) => t.end <= start);
  const before = collect(tokens, lastBefore, -1, window.before, window.keepBefore);
  let after = collect(tokens, firstAfter < 0 ? tokens.length : firstAfter, 1, window.after, window.keepAfter);
  const isOpening = tokens.slice(0, lastBefore + 1).every((t) => !isBoundary(t) && !isSlotWord(t));
  if (isOpening && after.words.length === 0 && after.stoppedAt >= 0 && tokens[after.stoppedAt].text === ',') {
    after = collect(tokens, after.stoppedAt + 1, 1, window.afterOpening, window.keepAfter);
  }
  const words: string[] = [];
  for (const t of [...before.words.reverse(), ...after.words]) {
    const stem = stemWord(t.text.replace(/\.$/, ''));
    if (!words.includes(stem)) words.push(stem);
  }
  return words.join(' ');
}
