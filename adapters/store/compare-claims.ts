/**
 * What changed between two versions of a story's claims; shared by every Store implementation.
 *
 * Example: version 1 agrees "the talks lasted two days"; version 2 has a conflict under the same
 * key (one outlet now says three days) → contradicted. A claim key absent before → added.
 */
import type { ClaimChanges, StoredClaim } from './store.js';

function sameClaim(a: StoredClaim, b: StoredClaim): boolean {
  return a.kind === b.kind && a.text === b.text && a.articles.join('\u0000') === b.articles.join('\u0000');
}

/** Compare the claims of an older version (null: none) with a newer one. */
export function compareClaims(
  story: string,
  before: { version: number; claims: StoredClaim[] } | null,
  after: { version: number; claims: StoredClaim[] } | null,
): ClaimChanges {
  const changes: ClaimChanges = { story, fromVersion: before?.version ?? null, toVersion: after?.version ?? null, added: [], changed: [], contradicted: [] };
  if (!after) return changes;
  const old = new Map((before?.claims ?? []).map((c) => [c.key, c]));
  for (const claim of [...after.claims].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const previous = old.get(claim.key) ?? null;
    if (claim.kind === 'conflict' && previous?.kind !== 'conflict') changes.contradicted.push({ before: previous, after: claim });
    else if (!previous) changes.added.push(claim);
    else if (!sameClaim(previous, claim)) changes.changed.push({ before: previous, after: claim });
  }
  return changes;
}
