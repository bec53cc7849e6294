/**
 * Mentions (names found in text) and the entities they resolve to across a story.
 */
import type { Span } from './text.js';

/** Entity types the mention finder distinguishes. */
export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One occurrence of a name in a sentence. */
export interface Mention extends Span {
  /** The name as written, without title ("Antony Blinken" in "Secretary of State Antony Blinken"). */
  text: string;
  type: EntityType;
  /** Id of the sentence the mention is in. */
  sentence: string;
  /** Title or role given with this mention, as the article words it ("US Secretary of State"). */
  role?: string;
  /** How the mention was found, for debugging and evidence ("title-pattern", "capitalised", ...). */
  source?: string;
}

/** A person, organisation or place, resolved across every article of the story. */
export interface Entity {
  /** Stable id derived from the canonical name: "e:antony-blinken". */
  id: string;
  /** Canonical name: the most complete, most frequent spelling. */
  name: string;
  type: EntityType;
  /** Every distinct spelling seen, sorted. */
  variants: string[];
  /** Each spelling of `variants`, in the same order, with the articles that write it (sorted). */
  forms: { text: string; articles: string[] }[];
  /** Ids of the articles that mention it, sorted. */
  articles: string[];
  /** Each title/role as each article gives it. */
  roles: { article: string; role: string }[];
  mentions: Mention[];
}
