/** The "first article" baseline: its leading sentences, in order, while they fit the budget. */
import type { Sentence } from '../src/model/text.js';
import { countWords } from '../src/stages/summary/tokenize-terms.js';

/**
 * Leading sentences of the first article until the next one would pass `words`; when even the
 * first sentence is longer than the budget it is taken alone (the rule Parallax's summary follows).
 */
export function summarizeFirstArticle(sentences: Sentence[], firstArticle: string, words: number): Sentence[] {
  const lead = sentences.filter((s) => s.article === firstArticle).sort((a, b) => a.index - b.index);
  const picked: Sentence[] = [];
  let left = words;
  for (const s of lead) {
    const n = countWords(s.text);
    if (n > left) {
      if (picked.length === 0) picked.push(s);
      break;
    }
    picked.push(s);
    left -= n;
  }
  return picked;
}
