/**
 * Step 07: a short quotation of several sentences that ends in a comma inside its closing quote
 * is one sentence with the attribution that follows it.
 * Example: `“We came to listen. We did that,” the envoy said.` → one sentence, so the words keep
 * their speaker. A long quotation (over `maxQuotation` characters) is still split at its sentences.
 */
import type { CandidateBreak } from '../candidate-break.js';

/** Longest quotation, in characters from opening to closing mark, that is kept whole. */
const maxQuotation = 300;

/** Spans [open, close] of double-quoted passages whose closing mark follows a comma (`,”`). */
function findAttributedQuotations(paragraph: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let isStraightOpen = false;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === '“' || (c === '"' && open === -1)) {
      open = i;
      isStraightOpen = c === '"';
    } else if ((c === '”' || (c === '"' && isStraightOpen)) && open !== -1) {
      if (paragraph[i - 1] === ',' && i - open <= maxQuotation) spans.push([open, i]);
      open = -1;
    }
  }
  return spans;
}

/** Remove breaks inside a short quotation that continues, after its comma, into an attribution. */
export function mergeQuotations(paragraph: string, breaks: CandidateBreak[]): CandidateBreak[] {
  if (!paragraph.includes(',”') && !paragraph.includes(',"')) return breaks;
  const spans = findAttributedQuotations(paragraph);
  let s = 0;
  return breaks.filter((b) => {
    while (s < spans.length && spans[s][1] < b.end) s++;
    return !(s < spans.length && spans[s][0] < b.punct);
  });
}
