/**
 * Claims (statements with their entities and fact slots) and claim groups across articles.
 */
import type { Fact } from './fact.js';
import type { Sentence, Span } from './text.js';

/** One statement: today a sentence, with what it is about. */
export interface Claim extends Span {
  /** Same as the sentence id: "<article>#<index>". */
  id: string;
  sentence: Sentence;
  /** Content stems (stopwords removed), in order. */
  tokens: string[];
  /** Ids of the entities mentioned, sorted. */
  entities: string[];
  facts: Fact[];
}

/** Claims from one or more articles that state the same thing. */
export interface ClaimGroup {
  /** "g:<first claim id>", stable for the same input. */
  id: string;
  claims: Claim[];
  /** Distinct article ids, sorted. */
  articles: string[];
  /** The claim that best represents the group (most central). */
  representative: Claim;
  /** Mean pairwise similarity inside the group (1 for a single claim). */
  cohesion: number;
  /**
   * Highest similarity seen between the group and a claim of another article that did not join
   * it (0 when none): a lone claim close to another outlet's sentence is not "only this outlet".
   */
  nearest: number;
}
