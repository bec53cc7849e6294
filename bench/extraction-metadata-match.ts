/**
 * Match rules for comparing extracted metadata with Readability's expected-metadata.json:
 *   - title: equal after Unicode NFKC, lower-casing, whitespace collapsing and stripping quotes; or
 *     one equals the other plus a site-name segment after a separator (" | ", " - ", " – ", " — ",
 *     " :: ", " · ", ": "), since cleaning a suffix or not is a policy, not an error.
 *   - byline: equal after the same normalisation, dropping a leading "by" ("par", "por", "von", "door")
 *     and reading " and " / " & " / " et " as a comma; or one contains the
 *     other (Readability's bylines sometimes carry a role or date: "By Dan Goodin - Aug 11").
 *   - publishedTime: equal as instants (Date.parse); a date-only value matches an instant on the same UTC day.
 * Rates count only cases whose expected value is non-empty.
 */

function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[“”"‘’'«»]/g, '').replace(/\s+/g, ' ').trim();
}

const separators = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ': ', ' » ', ' / '];

/** Title match (see file comment). */
export function isSameTitle(expected: string, actual: string): boolean {
  const a = normalise(expected);
  const b = normalise(actual);
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (!short) return false;
  for (const sep of separators) {
    if (long.startsWith(short + sep.trimEnd()) || long.startsWith(short + sep)) return true;
    if (long.endsWith(sep.trimStart() + short) || long.endsWith(sep + short)) return true;
  }
  return false;
}

/** Byline match (see file comment). */
export function isSameByline(expected: string, actual: string): boolean {
  // "Stella Kim and Jennifer Jett" = "Stella Kim, Jennifer Jett"; "Par X et Y" = "X, Y".
  const clean = (s: string) =>
    normalise(s).replace(/^(?:by|par|por|von|door)[:\s]+/, '').replace(/\s+(?:and|&|et|y|und)\s+/g, ', ').replace(/[.,;:]+$/, '').trim();
  const a = clean(expected);
  const b = clean(actual);
  if (!a || !b) return false;
  return a === b || a.includes(b) || b.includes(a);
}

/** Published-time match (see file comment). */
export function isSameInstant(expected: string, actual: string): boolean {
  const a = Date.parse(expected);
  const b = Date.parse(actual);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (a === b) return true;
  if (/^\d{4}-\d{2}-\d{2}$/.test(actual.trim())) return new Date(a).toISOString().slice(0, 10) === actual.trim();
  return false;
}
