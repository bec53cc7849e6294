/**
 * The extractive oracle: the subset of a story's sentences within the budget whose ROUGE-2 F1
 * against the reference is highest, found by trying every subset that fits (NeuS stories have
 * about seven sentences; a story with more than `maxSentences` is searched over its first ones).
 * It knows the reference, so it is the ceiling of sentence selection, not a system.
 */
import type { Sentence } from '../src/model/text.js';
import { countWords } from '../src/stages/summary/tokenize-terms.js';
import { scoreRouge } from './rouge.js';
import type { PreparedStory } from './summary-evaluate.js';

const maxSentences = 16;

/** The best-scoring subset, in reading order (position, then article order). */
export function summarizeOracle(story: PreparedStory, words: number): Sentence[] {
  const sentences = story.sentences.slice(0, maxSentences);
  const lengths = sentences.map((s) => countWords(s.text));
  let best: number[] = [];
  let bestScore = -1;
  const taken: number[] = [];
  const search = (from: number, left: number): void => {
    for (let k = from; k < sentences.length; k++) {
      if (lengths[k] > left) continue;
      taken.push(k);
      const score = scoreRouge(taken.map((i) => sentences[i].text).join(' '), story.reference).rouge2.f1;
      if (score > bestScore) {
        bestScore = score;
        best = [...taken];
      }
      search(k + 1, left - lengths[k]);
      taken.pop();
    }
  };
  search(0, words);
  return best.sort((a, b) => sentences[a].index - sentences[b].index || a - b).map((i) => sentences[i]);
}
