/** Types of the HTML article extractor (adapters/html). */

/** Metadata and plain-text body of one extracted article. */
export interface ExtractedArticle {
  /** Caller's id (file name without extension), or "" when none was given. */
  id: string;
  /** Headline, cleaned of site-name suffixes (" | Site", " - Site"); "" when none found. */
  title: string;
  byline: string | null;
  /** ISO 8601 date-time (or date) of publication. */
  published: string | null;
  siteName: string | null;
  /** BCP 47 tag as declared by the page ("en", "en-US"). */
  language: string | null;
  /** Plain text: one paragraph, heading or list item per line, in reading order. */
  text: string;
}

/** A problem that did not stop extraction (e.g. an undeclared encoding guessed). */
export interface ExtractWarning {
  code: string;
  message: string;
}

/** Result of extractArticle: an article (with warnings) or a coded failure. Never throws on bad input. */
export type ExtractResult =
  | { ok: true; article: ExtractedArticle; warnings: ExtractWarning[] }
  | { ok: false; code: string; message: string };

/** Options of extractArticle; every default is in `defaultExtractOptions`. */
export interface ExtractOptions {
  /** Id copied into the result (default ""). */
  id?: string;
  /** Page URL, used only to resolve the site name when the page names none (never fetched). */
  url?: string;
  /** HTTP Content-Type header, e.g. "text/html; charset=iso-8859-1" (default none). */
  contentType?: string;
  /** Decoded HTML beyond this many UTF-16 code units is cut off with an INPUT_TOO_LARGE warning (default 16 Mi). */
  maxHtmlChars?: number;
  /** Raw or gunzipped bytes beyond this are refused with INPUT_TOO_LARGE (default 64 MiB). */
  maxBytes?: number;
}
