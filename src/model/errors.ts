/**
 * Error and issue codes. Problems with one article become `report.issues` entries with these
 * codes; only programmer errors or wholly unusable input throw, as a ParallaxError.
 */

/** Codes used in `report.issues` and in thrown ParallaxErrors. Part of the public contract. */
export const issueCodes = {
  /** A file or line could not be read at all (missing, permission, directory loop). */
  INPUT_UNREADABLE: 'INPUT_UNREADABLE',
  /** The file holds binary data, not text. */
  INPUT_BINARY: 'INPUT_BINARY',
  /** The file or article body is empty after cleaning. */
  INPUT_EMPTY: 'INPUT_EMPTY',
  /** Over the size cap (10 MB of text by default). */
  INPUT_TOO_LARGE: 'INPUT_TOO_LARGE',
  /** A JSON document or JSON line does not parse, or is not an article object. */
  INPUT_INVALID_JSON: 'INPUT_INVALID_JSON',
  /** A field has the wrong type. */
  INPUT_INVALID_FIELD: 'INPUT_INVALID_FIELD',
  /** A field Parallax does not know; it is ignored. */
  INPUT_UNKNOWN_FIELD: 'INPUT_UNKNOWN_FIELD',
  /** Text was not valid UTF-8 and was decoded another way, or had mixed encodings repaired. */
  INPUT_ENCODING: 'INPUT_ENCODING',
  /** A file type Parallax cannot read. */
  UNSUPPORTED_INPUT: 'UNSUPPORTED_INPUT',
  /** A folder walk passed over an entry on purpose: a hidden file or folder, a symbolic link, a device or pipe. */
  INPUT_SKIPPED: 'INPUT_SKIPPED',
  /** Two articles share an id. */
  DUPLICATE_ID: 'DUPLICATE_ID',
  /** The front matter of a text file does not parse. */
  INPUT_INVALID_FRONT_MATTER: 'INPUT_INVALID_FRONT_MATTER',
  /** A `published` value that is not a date. */
  INPUT_INVALID_DATE: 'INPUT_INVALID_DATE',
  /** HTML held no article body. */
  EXTRACTION_EMPTY: 'EXTRACTION_EMPTY',
  /** No usable article at all: the run cannot produce a report. */
  NO_USABLE_ARTICLES: 'NO_USABLE_ARTICLES',
  /** Options or arguments that make no sense. */
  INVALID_OPTION: 'INVALID_OPTION',
} as const;

export type IssueCode = (typeof issueCodes)[keyof typeof issueCodes];

/** A thrown error with a code; the message names the offending value. */
export class ParallaxError extends Error {
  readonly code: string;
  constructor(code: IssueCode | string, message: string) {
    super(`PARALLAX_${code}: ${message}`);
    this.name = 'ParallaxError';
    this.code = code;
  }
}
