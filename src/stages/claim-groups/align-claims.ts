/**
 * Claims → claim groups: statements from different articles that say the same thing in other
 * words ("at the lowest point since its establishment" / "at the worst point since the
 * establishment of diplomatic ties"). Online leader clustering over an inverted index of each
 * group's first few members (its exemplars): a claim is compared only with the groups that
 * share an informative term with it, so a 1,000-article story costs about linear time.
 */
import type { Claim, ClaimGroup } from '../../model/claim.js';
import { ClaimIndex, cosine, type Vector } from './claim-index.js';

/** Options of alignClaims, with their defaults. */
export interface AlignOptions {
  /** Cosine similarity a claim needs with a group's exemplars to join it. Default 0.42. */
  threshold: number;
  /** Members of a group indexed and compared against. Default 4. */
  exemplars: number;
  /** Postings longer than this are skipped as too common to block on. Default 400. */
  maxPosting: number;
  /** Claims with fewer content terms than this never join a group (too little to compare). Default 4. */
  minTerms: number;
  /** Groups scored in full per claim: those sharing the most term weight with it. Default 8. */
  candidates: number;
}

export const defaultAlignOptions: Readonly<AlignOptions> = Object.freeze({ threshold: 0.42, exemplars: 4, maxPosting: 400, minTerms: 4, candidates: 8 });

interface Draft {
  members: number[];
  articles: Set<string>;
  /** Best score of a claim of another article against this group, joined or not. */
  nearest: number;
}

/** Group claims across articles. Claims are visited in input order; groups come out in order of their first claim. */
export function alignClaims(claims: Claim[], options: Partial<AlignOptions> = {}): { groups: ClaimGroup[]; index: ClaimIndex } {
  const opts = { ...defaultAlignOptions, ...options };
  const index = new ClaimIndex(claims);
  const drafts: Draft[] = [];
  const postings = new Map<string, number[]>(); // term → draft ids whose exemplars have it
  const scores = new Map<number, number>();

  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    const vector = index.vectors[i]!;
    let best = -1;
    let bestScore = 0;
    if (claim.tokens.length >= opts.minTerms) {
      scores.clear();
      for (const [term, weight] of vector) {
        const list = postings.get(term);
        if (!list || list.length > opts.maxPosting) continue;
        for (const d of list) scores.set(d, (scores.get(d) ?? 0) + weight);
      }
      // Only the groups sharing the most weight with the claim are scored in full.
      const candidates = [...scores].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, opts.candidates).map(([d]) => d);
      for (const d of candidates.sort((x, y) => x - y)) {
        const draft = drafts[d]!;
        // A group already holding this article is a different statement of the same article.
        if (draft.articles.has(claim.article)) continue;
        const score = groupSimilarity(index, draft, i, opts.exemplars);
        if (score > draft.nearest) draft.nearest = score;
        if (score > bestScore) {
          bestScore = score;
          best = d;
        }
      }
    }
    if (best >= 0 && bestScore >= opts.threshold) {
      const draft = drafts[best]!;
      draft.members.push(i);
      draft.articles.add(claim.article);
      if (draft.members.length <= opts.exemplars) indexDraft(postings, best, index.vectors[i]!.keys());
    } else {
      drafts.push({ members: [i], articles: new Set([claim.article]), nearest: bestScore });
      indexDraft(postings, drafts.length - 1, vector.keys());
    }
  }
  const groups = drafts.map((draft) => toGroup(draft, claims, index));
  return { groups, index };
}

/** Mean similarity of claim i to the group's exemplars, each of which must be at least half the threshold away. */
function groupSimilarity(index: ClaimIndex, draft: Draft, i: number, exemplars: number): number {
  const n = Math.min(draft.members.length, exemplars);
  let sum = 0;
  let min = 1;
  for (let k = 0; k < n; k++) {
    const s = cosine(index.vectors[i]!, index.vectors[draft.members[k]!]!);
    sum += s;
    if (s < min) min = s;
  }
  // Average link with a floor: joining on one close member while far from the rest chains topics.
  return min < 0.2 ? Math.min(sum / n, min * 2) : sum / n;
}

function indexDraft(postings: Map<string, number[]>, draft: number, terms: Iterable<string>): void {
  for (const term of terms) {
    let list = postings.get(term);
    if (!list) postings.set(term, (list = []));
    if (list[list.length - 1] !== draft) list.push(draft);
  }
}

function toGroup(draft: Draft, claims: Claim[], index: ClaimIndex): ClaimGroup {
  const members = draft.members.map((i) => claims[i]!);
  let representative = members[0]!;
  let cohesion = 1;
  const n = draft.members.length;
  if (n > 1) {
    // The members' vectors are unit length, so with S their sum, a member's summed similarity to
    // the others is v·S − 1 and all pairs together are |S|² − n: linear in the group, not quadratic.
    const sum: Vector = new Map();
    for (const i of draft.members) for (const [t, w] of index.vectors[i]!) sum.set(t, (sum.get(t) ?? 0) + w);
    let bestScore = -Infinity;
    for (const i of draft.members) {
      const claim = claims[i]!;
      const s = cosine(index.vectors[i]!, sum) - 1;
      // Most central first; among equals the shorter sentence reads better as a statement.
      const score = Math.round((s / (n - 1)) * 1e9) / 1e9 - claim.sentence.text.length / 100000;
      if (score > bestScore) {
        bestScore = score;
        representative = claim;
      }
    }
    let squared = 0;
    for (const w of sum.values()) squared += w * w;
    cohesion = (squared - n) / (n * (n - 1));
  }
  return {
    id: `g:${members[0]!.id}`,
    claims: members,
    articles: [...draft.articles].sort(),
    representative,
    cohesion,
    nearest: Math.round(draft.nearest * 1e6) / 1e6,
  };
}
