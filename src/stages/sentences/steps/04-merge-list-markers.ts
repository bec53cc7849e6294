/**
 * Step 04: no break after a list number or letter that opens the paragraph.
 * Example: `2. Never urged the council to act` → one sentence, not "2." and the rest;
 * `(b) Fees rise. Fares fall.` is unaffected (no period after the marker).
 */
import type { CandidateBreak } from '../candidate-break.js';

/** "2.", "12.", "b.", "iv." at the very start of the paragraph. */
const listMarker = /^\s*(?:\d{1,3}|[a-z]|[ivx]{1,4})\.$/u;

/** Remove a break that only ends the paragraph's list marker. */
export function mergeListMarkers(paragraph: string, breaks: CandidateBreak[]): CandidateBreak[] {
  const first = breaks[0];
  if (!first || !listMarker.test(paragraph.slice(0, first.end))) return breaks;
  return breaks.slice(1);
}
