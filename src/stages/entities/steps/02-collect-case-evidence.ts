/**
 * Step 2 of mention finding: learn from the whole story which words are written capitalised in
 * mid-sentence and which are written lower-case. A sentence-initial capital says nothing, so a
 * word that opens a sentence counts as a name only with such evidence (or from the lexicon).
 *
 * Example: "Qin pointed out …" opens a sentence; "Foreign Minister Qin" elsewhere shows that
 * "Qin" is a name, while "Tensions between …" has no such support and is dropped.
 */
import type { Token } from './01-tokenise-sentence.js';

/** What the story as a whole says about the case of each word (lower-case keys). */
export interface CaseEvidence {
  capitalisedMid: Set<string>;
  lowercase: Set<string>;
}

/** Collect case evidence over every tokenised sentence of the story. */
export function collectCaseEvidence(sentences: Token[][]): CaseEvidence {
  const capitalisedMid = new Set<string>();
  const lowercase = new Set<string>();
  for (const tokens of sentences) {
    for (const t of tokens) {
      if (t.kind !== 'word' || t.isShouted) continue;
      if (!t.isCapitalised) lowercase.add(t.lower);
      else if (!t.isSentenceStart) capitalisedMid.add(t.lower);
    }
  }
  return { capitalisedMid, lowercase };
}
