/**
 * Step 08: no break inside a parenthesis that closes later in the same paragraph.
 * Example: `The vote passed (two members were absent. One resigned.) on Friday.` → one sentence.
 * Only short parentheticals count, so a stray "(" cannot swallow a whole paragraph.
 */
import type { CandidateBreak } from '../candidate-break.js';

/** Longest parenthetical, in characters, that is kept whole. */
const maxParenthetical = 400;

/** Spans [open, close] of balanced, short parentheses and square brackets of one paragraph. */
function findParentheticals(paragraph: string): [number, number][] {
  const spans: [number, number][] = [];
  const stack: number[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === '(' || c === '[') stack.push(i);
    else if ((c === ')' || c === ']') && stack.length > 0) {
      const open = stack.pop()!;
      if (i - open <= maxParenthetical) spans.push([open, i]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Remove breaks that fall strictly inside a short, closed parenthetical. */
export function mergeParentheses(paragraph: string, breaks: CandidateBreak[]): CandidateBreak[] {
  if (!paragraph.includes('(') && !paragraph.includes('[')) return breaks;
  const spans = findParentheticals(paragraph);
  let s = 0;
  let reach = -1; // furthest close among spans opened so far (spans may nest)
  return breaks.filter((b) => {
    while (s < spans.length && spans[s][0] < b.punct) reach = Math.max(reach, spans[s++][1]);
    return !(reach >= b.end);
  });
}
