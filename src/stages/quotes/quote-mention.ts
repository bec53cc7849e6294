/**
 * Quotes found in one article (QuoteMention) and the same quote linked across outlets (QuoteGroup).
 */
import type { Mention } from '../../model/mention.js';

/**
 * `direct`: a clause in quotation marks (“We remain opposed …,” Blinken said).
 * `partial`: a fragment in quotation marks inside the writer's sentence (said there was “no room
 * for compromise”), including scare quotes (“Spy Balloons”).
 * `reported`: speech without quotation marks (Yang said the Chinese side clarified …).
 */
export type QuoteKind = 'direct' | 'partial' | 'reported';

/** How the speaker was found, for debugging and evidence. */
export type AttributionSource =
  | 'after-quote' // “…,” X said / “…,” said X
  | 'before-quote' // X said, “…”
  | 'according-to' // “…,” according to X
  | 'reported' // X said (that) … / …, X said.
  | 'previous-quote' // an unattributed quote right after an attributed one
  | 'none';

/** Is a speaker as written a pronoun ("he", "They")? The name behind it is then this reading's, not the outlet's. */
export function isPronoun(speakerText: string): boolean {
  return /^(he|she|they|it|we|i|you|him|her|them)$/i.test(speakerText.trim());
}

/** One quotation in one article. Offsets are article offsets of the quoted words. */
export interface QuoteMention {
  article: string;
  start: number;
  end: number;
  /** The words inside the quotation marks (trailing comma trimmed), or the reported clause. */
  text: string;
  /** Id of the sentence the quote opens in. */
  sentence: string;
  /** Ids of every sentence the quote spans (more than one for “… . … .” quotes). */
  sentences: string[];
  /** The speaker as written ("Wang", "he", "the statement", "A senior US official"), or null. */
  speakerText: string | null;
  /** The name mention the speaker resolves to (for "he": the previous speaker or person named). */
  speakerMention: Mention | null;
  kind: QuoteKind;
  attribution: AttributionSource;
}

/** Variants of one quote across articles. */
export interface QuoteGroup {
  /** The speaker as resolveSpeaker names it (an entity id or name), or null when unknown. */
  speaker: string | null;
  /** The longest quoted variant (in quotation marks when there is one). */
  text: string;
  /** Every variant, sorted by article then offset. */
  quotes: QuoteMention[];
  /** Ids of the articles carrying it, sorted. */
  articles: string[];
  /** True when a variant in quotation marks differs from another outlet's beyond trimming. */
  isParaphrase: boolean;
  /**
   * Indices (in the returned list) of other groups holding the same words credited to a different
   * named speaker: a who-said-what conflict between outlets.
   */
  sameWordsAs: number[];
}
