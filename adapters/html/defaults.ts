/** Every default of the HTML extractor, in one place. */

/** Default limits of extractArticle. */
export const defaultExtractOptions = {
  /**
   * Decoded HTML is truncated to this many characters (with an INPUT_TOO_LARGE warning):
   * real article pages stay far below (the largest of 181 benchmark pages is ~1.6 MB), and the
   * cap keeps time and memory bounded on a 50 MB page.
   */
  maxHtmlChars: 16 * 1024 * 1024,
  /** Raw or decompressed input over this size is refused outright (INPUT_TOO_LARGE). */
  maxBytes: 64 * 1024 * 1024,
} as const;
