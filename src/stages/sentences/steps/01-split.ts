/**
 * Step 01: propose a break after every run of terminal punctuation (with its closing quotes and
 * brackets) that is followed by whitespace and more text.
 * Example: `He left. “Why?” she asked. It was 5.9 p.m.` → breaks after "left.", "Why?”", "asked.",
 * and none inside "5.9" (no space follows). Later steps remove the wrong ones ("Why?” she").
 */
import type { CandidateBreak } from '../candidate-break.js';

/** Terminal punctuation run, closers glued to it, then the whitespace before the next sentence. */
const breakPattern = /[.!?…‽]+["”’'»)\]]*(\s+)(?=\S)/gu;

/** Propose every candidate break of one paragraph, in order. */
export function proposeBreaks(paragraph: string): CandidateBreak[] {
  const breaks: CandidateBreak[] = [];
  for (const m of paragraph.matchAll(breakPattern)) {
    const end = m.index + m[0].length - m[1].length;
    const next = m.index + m[0].length;
    // ". . ." is one ellipsis, not three sentence ends.
    if (paragraph[next] === '.') continue;
    breaks.push({ punct: m.index, end, next });
  }
  return breaks;
}
