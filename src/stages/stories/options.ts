/**
 * Every option of story clustering with its default, written in one place.
 */

/** Options of `clusterArticles` and `StoryClusterer`. */
export interface ClusterOptions {
  /**
   * Online: least similarity (average link: content cosine and shared neighbours, article against
   * the story's members) to join a story, and for two stories (brought together by a new article,
   * or in `refine`) to merge. Default 0.065.
   */
  joinThreshold: number;
  /**
   * Batch (agglomeration): least average-link similarity at which two groups merge. Default 0.045
   * (lower than online: a group is only ever compared once all its reports are in it; with the
   * pair gate on, `pairMergeThreshold`: see pairMode).
   */
  mergeThreshold: number;
  /** Factor on the similarity when both sides name years but share none (bare years: "in 2005"). Default 0.7. */
  yearPenalty: number;
  /**
   * Least number of names, numbers and dates (each in at most half the articles) an article must
   * share with a story to join it (or two groups to merge); one fewer when each holds one of the
   * other's nearest articles. Default 2.
   */
  minEvidence: number;
  /** Days a story's window reaches past its earliest and latest article. Default 3. */
  windowDays: number;
  /**
   * Imagined unrelated articles added to the IDF's article count, so that in a small batch (four
   * articles, three about one quake) shared words do not look common. Default 20.
   */
  backgroundArticles: number;
  /** Weight of a name word relative to a plain word. Default 1 (names already carry high IDF; more weight merged same-person stories in tests). */
  nameWeight: number;
  /** Weight of a number or date relative to a plain word. Default 1. */
  factWeight: number;
  /** Features per article entered into the story index (its rarest ones). Default 40. */
  indexedFeatures: number;
  /** Entries read per indexed feature (stories newest first, articles nearest in order first): bounds the cost of common features. Default 100. */
  postingScan: number;
  /** Candidate stories from the feature index scored in full per article, besides its neighbours' stories. Default 4. */
  candidates: number;
  /** Features a story keeps in its profile (the heaviest). Default 300. */
  profileSize: number;
  /**
   * Nearest articles (by content cosine, within the time window) each article takes as features
   * of its own. Default 3 (5 or 8 merged more events on ECB+; 2 split more).
   */
  neighbours: number;
  /** Batch only: nearest articles per article whose stories are compared while agglomerating (the sparse graph). Default 15. */
  graphNeighbours: number;
  /** Batch only: 'agglomerate' (order-free average link over the whole batch) or 'online' (fed in order, then refined). Default 'agglomerate'. */
  batchMethod: 'agglomerate' | 'online';
  /** Share of the similarity that comes from shared nearest articles rather than from content. Default 0.75. */
  neighbourWeight: number;
  /** Online: rounds of the second pass (move articles to the story they now fit best, merge stories); 0 turns it off. Default 1 (a second round moved almost nothing on the bench sets). */
  refineRounds: number;
  /** Online batch (`batchMethod: 'online'`): count the IDF over the whole batch (and find neighbours in it) before clustering it; agglomeration always does. Default true. */
  primeIdf: boolean;
  /** Also group near-duplicate articles (wire copies) in the batch result. Default true. */
  findDuplicates: boolean;
  /**
   * Batch only: how the fitted pair evidence (pair-evidence.ts) enters a merge. 'off'; 'gate': two
   * groups merge only when their mean pair probability reaches `pairThreshold` (and at
   * `pairMergeThreshold`); 'only': the mean pair probability is the merge score (the gates on
   * evidence, years and time still apply), compared with `pairThreshold` (NeuS train slices
   * undated F1 0.884, but ECB+ P 0.76: it cannot tell two quakes' reports apart when each has
   * twelve); 'auto': the gate for a batch whose articles are mostly undated (at least
   * `pairUndatedShare` of them) and of at most `pairMaxBatch` articles, else off. Default 'auto':
   * without dates nothing but the evidence keeps stories of one running topic apart (undated NeuS
   * stream F1 0.781 → 0.894, P 0.727 → 0.938), while dated batches have the time window, and on a
   * store of 100,000 the gate split big stories of copies (B-cubed recall 0.64) and took 3 GB
   * (docs/design.md, "The pair gate").
   */
  pairMode: 'off' | 'gate' | 'only' | 'auto';
  /** 'auto' only: least share of a batch's articles without a publication time for the gate to be on. Default 0.5. */
  pairUndatedShare: number;
  /** 'auto' only: largest batch the gate is used on (its per-batch tables grow with the batch: 3 GB at 100,000). Default 20,000. */
  pairMaxBatch: number;
  /** Merge threshold while the gate is on (the gate keeps same-topic stories apart, so groups may merge a little lower). Default 0.04. */
  pairMergeThreshold: number;
  /** Least mean pair probability of two groups to merge (see pairMode). Default 0.3. */
  pairThreshold: number;
  /**
   * Batch with pair evidence: mean pair probability at which two groups need no shared specific
   * evidence (`minEvidence`): the model has read their names, numbers and ranks already. Default 0.5.
   */
  pairVouch: number;
  /**
   * Least articles in a batch for pair evidence: the model reads ranks against the batch's story
   * size, which a dozen articles do not show (in the test fixtures' batches of 6–12 every article
   * is in every ring, and two robberies sharing "police" merged). Default 100.
   */
  pairMinBatch: number;
}

/** The defaults of every clustering option. */
export const defaultClusterOptions: Readonly<ClusterOptions> = Object.freeze({
  joinThreshold: 0.065,
  mergeThreshold: 0.045,
  yearPenalty: 0.7,
  minEvidence: 2,
  windowDays: 3,
  backgroundArticles: 20,
  nameWeight: 1,
  factWeight: 1,
  indexedFeatures: 40,
  postingScan: 50,
  candidates: 4,
  profileSize: 300,
  neighbours: 3,
  graphNeighbours: 15,
  batchMethod: 'agglomerate',
  neighbourWeight: 0.75,
  refineRounds: 1,
  primeIdf: true,
  findDuplicates: true,
  pairMode: 'auto',
  pairUndatedShare: 0.5,
  pairMaxBatch: 20_000,
  pairMergeThreshold: 0.04,
  pairThreshold: 0.3,
  pairVouch: 0.5,
  pairMinBatch: 100,
});

/** Fill unspecified clustering options with their defaults. */
export function resolveClusterOptions(options: Partial<ClusterOptions> = {}): ClusterOptions {
  const resolved = { ...defaultClusterOptions };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && key in defaultClusterOptions) (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
