/**
 * What a value measures, from the words around it, so the alignment stage can tell whether two
 * facts fill the same slot ("the talks lasted 5½ hours" vs "met for 7½ hours": {meet, last} ∩ {meet}).
 */
import type { Fact } from '../../model/fact.js';
import type { Sentence } from '../../model/text.js';
import slotWords from './data/slot-words.json' with { type: 'json' };
import { readWordsAfter, readWordsBefore, type Word } from './read-words.js';
import { stemWord } from './stem-word.js';

const functionWords = new Set(slotWords.functionWords);

/** How many words to look back and ahead, and how many content words to keep from each side. */
const window = { before: 8, after: 3, keepBefore: 3, keepAfter: 2 };

/** A content word: lower-case (names are entities, not slots), not a function word, not a number. */
function isSlotWord(w: Word): boolean {
  return /^[a-z]/.test(w.text) && !functionWords.has(w.lower) && !/^(one|two|three|four|five|six|seven|eight|nine|ten|half|dozen|hundred|thousand|million|billion)$/.test(w.lower);
}

/** Local offsets of the fact in the sentence text. */
function locate(fact: Fact, sentence: string | Sentence): { text: string; start: number; end: number } {
  if (typeof sentence !== 'string') return { text: sentence.text, start: fact.start - sentence.start, end: fact.end - sentence.start };
  const at = sentence.indexOf(fact.text);
  return at >= 0 ? { text: sentence, start: at, end: at + fact.text.length } : { text: sentence, start: 0, end: 0 };
}

/**
 * A short description of what a fact measures: the lemma-ish content words nearest to it in its
 * clause, up to three before and two after, space-separated in text order.
 * Examples: "a meeting that lasted 5 and a half hours" → "meet last"; "Blinken met with Foreign
 * Minister Qin Gang for seven and a half hours" → "meet"; "killed at least 12 people" → "kill";
 * "about 60 meters tall" → "tall". Pass the Sentence when you have it (exact offsets); with a
 * string the fact is located by its text (first occurrence).
 */
export function factSlot(fact: Fact, sentence: string | Sentence): string {
  const { text, start, end } = locate(fact, sentence);
  const before = readWordsBefore(text, start, window.before).filter(isSlotWord).slice(0, window.keepBefore).reverse();
  const after = readWordsAfter(text, end, window.after).filter(isSlotWord).slice(0, window.keepAfter);
  const words: string[] = [];
  for (const w of [...before, ...after]) {
    const stem = stemWord(w.text);
    if (!words.includes(stem)) words.push(stem);
  }
  return words.join(' ');
}
