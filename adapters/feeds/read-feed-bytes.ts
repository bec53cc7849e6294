/** A feed document's bytes → article inputs, or null when the bytes are no feed. */
import type { ArticleInput } from '../../src/model/article.js';
import { issueCodes } from '../../src/model/errors.js';
import type { ReportIssue } from '../../src/model/report.js';
import { decodeFeed } from './decode-feed.js';
import { feedToArticles } from './feed-to-articles.js';
import { isFeed, parseFeed } from './parse-feed.js';

/** Options of readFeedBytes. */
export interface ReadFeedOptions {
  /** The Content-Type the bytes came with (its charset wins over the XML declaration). Default none. */
  contentType?: string | null;
  /** The feed's own URL, to resolve relative links. Default none. */
  url?: string | null;
}

/**
 * The articles of an RSS, Atom or JSON Feed document, or null when the bytes hold no feed
 * (the caller then reads them as an article). `shown` names the document in issues.
 */
export function readFeedBytes(bytes: Uint8Array, shown: string, issues: ReportIssue[], options: ReadFeedOptions = {}): ArticleInput[] | null {
  const decoded = decodeFeed(bytes, options.contentType);
  if (!isFeed(decoded.text)) return null;
  const feed = parseFeed(decoded.text, options.url ?? null);
  if (!feed) return null;
  if (decoded.warning) issues.push({ code: issueCodes.INPUT_ENCODING, message: `${shown}: ${decoded.warning}`, value: shown });
  return feedToArticles(feed, options.url ?? shown);
}
