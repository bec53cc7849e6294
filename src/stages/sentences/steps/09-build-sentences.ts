/**
 * Step 09: cut the paragraph at the surviving breaks into trimmed sentence spans. A piece with no
 * letter or digit (a stray "…" or "”") is glued to the sentence before it rather than standing alone.
 * Example: `He left. Then she did.` with one break → [0, 8) "He left." and [9, 21) "Then she did.".
 */
import type { CandidateBreak } from '../candidate-break.js';

/** Trimmed [start, end) spans of the sentences of one paragraph, relative to the paragraph. */
export function buildSentenceSpans(paragraph: string, breaks: CandidateBreak[]): [number, number][] {
  const spans: [number, number][] = [];
  const push = (from: number, to: number): void => {
    while (from < to && paragraph.charCodeAt(from) <= 32) from++;
    while (to > from && paragraph.charCodeAt(to - 1) <= 32) to--;
    if (from === to) return;
    const last = spans[spans.length - 1];
    if (last && !/[\p{L}\p{N}]/u.test(paragraph.slice(from, to))) last[1] = to;
    else spans.push([from, to]);
  };
  let from = 0;
  for (const b of breaks) {
    push(from, b.end);
    from = b.next;
  }
  push(from, paragraph.length);
  return spans;
}
