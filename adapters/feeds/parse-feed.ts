/**
 * RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed documents → feed items with absolute links,
 * ISO dates (null when missing or unparseable) and plain-text titles. XML is parsed with
 * htmlparser2 in xmlMode, so CDATA sections, namespaced tags (content:encoded, dc:date) and
 * sloppy markup are all read.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { htmlToText } from './html-to-text.js';

/** One entry of a feed. */
export interface FeedItem {
  /** guid / id / url as the feed gives it, else null. */
  guid: string | null;
  title: string;
  /** Absolute URL of the item's page, or null. */
  url: string | null;
  /** ISO 8601, or null when missing or unparseable. */
  published: string | null;
  author: string | null;
  /** Body as plain text (from full content when given, else the summary). */
  text: string;
}

/** A parsed feed. */
export interface Feed {
  kind: 'rss' | 'atom' | 'json';
  title: string;
  /** The site's URL, absolute, or null. */
  link: string | null;
  items: FeedItem[];
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Child elements whose (lower-cased) name is one of `names`. */
function children(el: Element, ...names: string[]): Element[] {
  return el.children.filter(isElement).filter((c) => names.includes(c.name.toLowerCase()));
}

function child(el: Element, ...names: string[]): Element | null {
  for (const name of names) {
    const found = children(el, name)[0];
    if (found) return found;
  }
  return null;
}

/** Text of an element; CDATA included. */
function text(el: Element | null): string {
  return el ? textContent(el).trim() : '';
}

/** A title as plain text: feeds put escaped HTML in titles ("&lt;b&gt;Quake&lt;/b&gt;" → "Quake"). */
function plainTitle(raw: string): string {
  return /[<&]/u.test(raw) ? htmlToText(raw).replace(/\n/gu, ' ') : raw.replace(/\s+/gu, ' ').trim();
}

/** An absolute http(s) URL from a possibly relative one, or null. */
export function resolveLink(raw: string | null | undefined, base: string | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A feed date as ISO 8601, or null. RSS uses RFC 822 ("Tue, 05 Mar 2024 10:00:00 +0100"), Atom
 * RFC 3339; some feeds drop the weekday or write a named zone ("EST").
 */
export function parseFeedDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let ms = Date.parse(value);
  if (!Number.isFinite(ms)) ms = Date.parse(value.replace(/^[A-Za-z]{3,},?\s*/u, ''));
  if (!Number.isFinite(ms)) return null;
  return new Date(ms).toISOString();
}

/** The xml:base in force for an element (its own, else its ancestors'), resolved against `base`. */
function baseOf(el: Element, base: string | null): string | null {
  const chain: string[] = [];
  for (let node: Element | null = el; node; node = node.parent && isElement(node.parent as ChildNode) ? (node.parent as Element) : null) {
    const b = node.attribs['xml:base'];
    if (b) chain.unshift(b);
  }
  return chain.reduce<string | null>((acc, b) => resolveLink(b, acc) ?? acc, base);
}

function parseRss(root: Element, feedUrl: string | null): Feed {
  const channel = child(root, 'channel') ?? root;
  const link = resolveLink(text(child(channel, 'link')), feedUrl);
  const base = feedUrl ?? link;
  // RSS 1.0 puts items beside the channel, RSS 2.0 inside it
  const items = [...children(channel, 'item'), ...(channel === root ? [] : children(root, 'item'))];
  return {
    kind: 'rss',
    title: plainTitle(text(child(channel, 'title'))),
    link,
    items: items.map((item) => {
      const guid = text(child(item, 'guid')) || null;
      const isPermalink = child(item, 'guid')?.attribs.ispermalink !== 'false' && child(item, 'guid')?.attribs.isPermaLink !== 'false';
      const url = resolveLink(text(child(item, 'link')), base) ?? (guid && isPermalink ? resolveLink(guid, base) : null);
      const body = text(child(item, 'content:encoded')) || text(child(item, 'description'));
      return {
        guid,
        title: plainTitle(text(child(item, 'title'))),
        url,
        published: parseFeedDate(text(child(item, 'pubdate', 'dc:date', 'published', 'updated'))),
        author: text(child(item, 'dc:creator', 'author')) || null,
        text: htmlToText(body),
      };
    }),
  };
}

/** Atom text constructs: type="html" is escaped HTML, "xhtml" is inline markup, else plain. */
function atomText(el: Element | null): string {
  if (!el) return '';
  const type = (el.attribs.type ?? 'text').toLowerCase();
  if (type === 'xhtml') return htmlToText(el.children.map((c) => renderNode(c)).join(''));
  if (type === 'html' || type === 'text/html') return htmlToText(text(el));
  return text(el);
}

/** Re-serialise an inline XHTML node well enough for htmlToText. */
function renderNode(node: ChildNode): string {
  if (node.type === 'text') return node.data.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  if (isElement(node)) return `<${node.name.replace(/^[\w-]+:/u, '')}>${node.children.map(renderNode).join('')}</${node.name.replace(/^[\w-]+:/u, '')}>`;
  if (node.type === 'cdata') return node.children.map(renderNode).join('');
  return '';
}

function atomLink(el: Element, base: string | null): string | null {
  const links = children(el, 'link');
  const chosen = links.find((l) => (l.attribs.rel ?? 'alternate') === 'alternate') ?? null;
  return chosen ? resolveLink(chosen.attribs.href, baseOf(chosen, base)) : null;
}

function parseAtom(root: Element, feedUrl: string | null): Feed {
  const link = atomLink(root, baseOf(root, feedUrl));
  return {
    kind: 'atom',
    title: plainTitle(atomText(child(root, 'title'))),
    link,
    items: children(root, 'entry').map((entry) => ({
      guid: text(child(entry, 'id')) || null,
      title: plainTitle(atomText(child(entry, 'title'))),
      url: atomLink(entry, baseOf(entry, feedUrl ?? link)),
      published: parseFeedDate(text(child(entry, 'published', 'updated', 'issued', 'modified'))),
      author: text(child(child(entry, 'author') ?? entry, 'name')) || null,
      text: atomText(child(entry, 'content')) || atomText(child(entry, 'summary')),
    })),
  };
}

interface JsonFeedItem {
  id?: unknown; url?: unknown; external_url?: unknown; title?: unknown; content_html?: unknown; content_text?: unknown;
  summary?: unknown; date_published?: unknown; date_modified?: unknown; author?: { name?: unknown }; authors?: { name?: unknown }[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);

function parseJsonFeed(doc: { title?: unknown; home_page_url?: unknown; feed_url?: unknown; items?: unknown }, feedUrl: string | null): Feed {
  const base = feedUrl ?? str(doc.feed_url);
  const items = Array.isArray(doc.items) ? (doc.items as JsonFeedItem[]) : [];
  return {
    kind: 'json',
    title: plainTitle(str(doc.title) ?? ''),
    link: resolveLink(str(doc.home_page_url), base),
    items: items.filter((i) => i && typeof i === 'object').map((item) => ({
      guid: str(item.id),
      title: plainTitle(str(item.title) ?? ''),
      url: resolveLink(str(item.url) ?? str(item.external_url), base),
      published: parseFeedDate(str(item.date_published) ?? str(item.date_modified)),
      author: str(item.authors?.[0]?.name) ?? str(item.author?.name),
      text: str(item.content_text) ?? (str(item.content_html) ? htmlToText(str(item.content_html)!) : str(item.summary) ?? ''),
    })),
  };
}

/** Whether a text looks like a feed (RSS, RDF, Atom or JSON Feed) rather than an article. */
export function isFeed(body: string): boolean {
  const head = body.slice(0, 2000).replace(/^\uFEFF/u, '').trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\//u.test(head);
  return /<(?:rss|rdf:RDF|feed)[\s>]/u.test(head);
}

/** Parse a feed document; returns null when the text is not a feed. `url` resolves relative links. */
export function parseFeed(body: string, url: string | null = null): Feed | null {
  const trimmed = body.replace(/^\uFEFF/u, '').trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const doc = JSON.parse(trimmed) as { version?: unknown; title?: unknown; items?: unknown };
      return typeof doc.version === 'string' && doc.version.includes('jsonfeed.org') ? parseJsonFeed(doc, url) : null;
    } catch {
      return null;
    }
  }
  const doc = parseDocument(trimmed, { xmlMode: true, recognizeCDATA: true, decodeEntities: true });
  const root = doc.children.filter(isElement)[0];
  if (!root) return null;
  const name = root.name.toLowerCase();
  if (name === 'rss' || name === 'rdf:rdf') return parseRss(root, url);
  if (name === 'feed') return parseAtom(root, url);
  return null;
}
