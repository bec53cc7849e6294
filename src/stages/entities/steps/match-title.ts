/**
 * Title units: a multiword title from the lexicon ("Secretary of State", "State Councilor") or a
 * single title word ("President"), matched case-insensitively on tokens.
 */
import { titleHeads, titlePhrases } from '../../../lexicon/index.js';
import type { Token } from './01-tokenise-sentence.js';

// Phrases indexed by their first and by their last word, longest first, so a lookup touches only
// the few phrases that can match ("secretary" → "secretary of state", "secretary of defense", …).
const byFirst = new Map<string, string[][]>();
const byLast = new Map<string, string[][]>();
for (const phrase of titlePhrases) {
  const first = phrase[0];
  const last = phrase[phrase.length - 1];
  if (!byFirst.has(first)) byFirst.set(first, []);
  if (!byLast.has(last)) byLast.set(last, []);
  byFirst.get(first)!.push(phrase);
  byLast.get(last)!.push(phrase);
}

/** Length in tokens of the longest multiword title starting at `i`, or 0. */
export function titlePhraseAt(tokens: Token[], i: number): number {
  const candidates = tokens[i] ? byFirst.get(tokens[i].lower) : undefined;
  if (!candidates) return 0;
  for (const phrase of candidates) {
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
  for (const phrase of (tokens[j] ? byLast.get(tokens[j].lower) : undefined) ?? []) {
    const start = j - phrase.length + 1;
    if (start < 0) continue;
    if (phrase.every((word, k) => tokens[start + k].lower === word)) return start;
  }
  return tokens[j] && tokens[j].kind === 'word' && titleHeads.has(tokens[j].lower) ? j : -1;
}
