/**
 * Internal shapes for the text stages: spans, sentences, headings and what cleaning removed.
 * Every offset is a UTF-16 code-unit index into one article's *cleaned* text
 * (`text.slice(start, end)` gives the words back), so every line of a report can be traced.
 */

/** A half-open range `[start, end)` in the cleaned text of one article. */
export interface Span {
  article: string;
  start: number;
  end: number;
}

/** One sentence of an article's cleaned text. `id` is `<article>#<index>`. */
export interface Sentence extends Span {
  id: string;
  /** 0-based position among the article's kept sentences. */
  index: number;
  text: string;
  /** Paragraph number (0-based) in the cleaned text; paragraphs are separated by line breaks. */
  paragraph: number;
  /** Text of the nearest heading above the sentence, if any. */
  heading?: string;
}

/** A heading found in the text (ALL-CAPS subheads, short label lines ending in ":"). */
export interface Heading extends Span {
  text: string;
}

/** Why a piece of text was removed from the article. Codes are part of the report contract. */
export type DropReason =
  | 'junk' // scraper or page furniture: error banners, share/subscribe/cookie prompts, "Advertisement"
  | 'credit' // wire or photo credit lines ("With News Wire Services", "Photo: Reuters")
  | 'caption' // photo captions ("Pictured: ...", short present-tense image descriptions)
  | 'repeated' // a sentence or line repeated within the same article
  | 'empty'; // a line with no letters at all

/** Text removed during cleaning, kept so that nothing is lost silently. */
export interface Dropped {
  article: string;
  text: string;
  reason: DropReason;
  /** Offset of the removed text in the article's *original* (normalised) text. */
  start?: number;
}

/** The result of cleaning one article. */
export interface CleanedText {
  /** The cleaned text: junk lines removed, whitespace normalised, paragraphs separated by "\n". */
  text: string;
  headings: Heading[];
  dropped: Dropped[];
}
