/**
 * Title units: a multiword title from the lexicon ("Secretary of State", "State Councilor") or a
 * single title word ("President"), matched case-insensitively on tokens.
 */
import { titleHeads, titlePhrases } from '../../../lexicon/index.js';
import type { Token } from './01-tokenise-sentence.js';

/** Length in tokens of the longest multiword title starting at `i`, or 0. */
export function titlePhraseAt(tokens: Token[], i: number): number {
  for (const phrase of titlePhrases) {
    if (i + phrase.length > tokens.length) continue;
    if (phrase.every((word, k) => tokens[i + k].lower === word)) return phrase.length;
  }
  return 0;
}

/** Length of the title unit (phrase or head word) starting at `i`, or 0. */
export function titleUnitAt(tokens: Token[], i: number): number {
  const phrase = titlePhraseAt(tokens, i);
  if (phrase > 0) return phrase;
  return tokens[i] && tokens[i].kind === 'word' && titleHeads.has(tokens[i].lower) ? 1 : 0;
}

/** Start index of the title unit (phrase or head word) that ends at `j` (inclusive), or -1. */
export function titleUnitEndingAt(tokens: Token[], j: number): number {
  for (const phrase of titlePhrases) {
    const start = j - phrase.length + 1;
    if (start < 0) continue;
    if (phrase.every((word, k) => tokens[start + k].lower === word)) return start;
  }
  return tokens[j] && tokens[j].kind === 'word' && titleHeads.has(tokens[j].lower) ? j : -1;
}
