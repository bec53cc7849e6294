/** Feeds: RSS 2.0 / RDF, Atom and JSON Feed parsing, decoding and conversion to articles. */
export { parseFeed, isFeed, parseFeedDate, resolveLink, type Feed, type FeedItem } from './parse-feed.js';
export { decodeFeed, charsetOfContentType, charsetOfXmlDeclaration } from './decode-feed.js';
export { htmlToText } from './html-to-text.js';
export { feedToArticles } from './feed-to-articles.js';
export { readFeedBytes, type ReadFeedOptions } from './read-feed-bytes.js';
