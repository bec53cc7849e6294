/**
 * Page metadata, in order of trust: JSON-LD (`NewsArticle`, `Article`, … also inside `@graph`),
 * OpenGraph / `article:*` meta, other `meta` tags (`author`, `dc.*`, `parsely-*`), `<time datetime>`,
 * microdata (`itemprop`), then bylines in the text ("By Jane Doe").
 */
import { lazyPackage } from '../../src/lazy-package.js';
import type { HtmlElement, ParsedPage } from './parse-html.js';

/** Metadata found in a page's head and markup; the body text comes from findMainContent. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  language: string | null;
  /** JSON-LD or microdata `articleBody`, when the page ships one (a hint for content detection). */
  articleBody: string | null;
}

const articleTypes = /(?:^|:|\/)(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech|Social|Advertiser)?(?:Article|BlogPosting|Posting|Report|LiveBlogPosting)$/;

/** Find title, byline, date, site name, language and articleBody in a parsed page. */
export function findMetadata(page: ParsedPage): PageMetadata {
  const ld = readJsonLd(page.jsonLd);
  const meta = indexMetas(page.metas);
  const micro = readMicrodata(page.elements);
  const html = page.elements.find((e) => e.tag === 'html');

  const title = ld.headline ?? meta.get('og:title') ?? meta.get('twitter:title') ?? meta.get('dc.title') ?? meta.get('title') ?? micro.headline ?? (page.title || null);
  const byline =
    ld.author ??
    cleanAuthor(meta.get('dc.creator') ?? meta.get('dcterms.creator') ?? meta.get('author') ?? meta.get('article:author') ?? meta.get('parsely-author') ?? meta.get('sailthru.author') ?? meta.get('byl') ?? null) ??
    micro.author ??
    findBylineElement(page.elements);
  const publishedRaw =
    ld.datePublished ?? meta.get('article:published_time') ?? meta.get('og:article:published_time') ?? meta.get('datepublished') ?? meta.get('date') ?? meta.get('dc.date') ?? meta.get('dc.date.issued') ??
    meta.get('dcterms.created') ?? meta.get('dcterms.date') ?? meta.get('parsely-pub-date') ?? meta.get('sailthru.date') ?? meta.get('pubdate') ?? meta.get('publish-date') ?? micro.datePublished;
  const siteName = ld.publisher ?? meta.get('og:site_name') ?? meta.get('application-name') ?? null;
  const language = html?.attrs.lang?.trim() || meta.get('content-language') || meta.get('dc.language') || ld.inLanguage || (meta.get('og:locale')?.replace('_', '-') ?? null);
  return {
    title: title ? collapse(title) : null,
    byline: byline ? collapse(byline) : null,
    published: publishedRaw ? normaliseDate(publishedRaw) : null,
    siteName: siteName ? collapse(siteName) : null,
    language: language || null,
    articleBody: ld.articleBody ?? micro.articleBody,
  };
}

interface LdFields {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  inLanguage: string | null;
  articleBody: string | null;
}

/** First article-typed object across every JSON-LD block (arrays and `@graph` flattened). */
function readJsonLd(blocks: string[]): LdFields {
  const out: LdFields = { headline: null, author: null, datePublished: null, publisher: null, inLanguage: null, articleBody: null };
  const objects: Record<string, unknown>[] = [];
  for (const raw of blocks) {
    // Pages wrap JSON-LD in "<![CDATA[ … ]]>" or "<!-- … -->", or trail a ";": parse from the first bracket to the last.
    const json = raw.replace(/<!\[CDATA\[|\]\]>|<!--|-->/g, '');
    const from = json.search(/[[{]/);
    const to = Math.max(json.lastIndexOf('}'), json.lastIndexOf(']'));
    if (from < 0 || to < from) continue;
    let data: unknown;
    try {
      data = JSON.parse(json.slice(from, to + 1));
    } catch {
      continue;
    }
    // Flatten arrays and @graph iteratively (no recursion on hostile nesting).
    const queue: unknown[] = [data];
    while (queue.length > 0 && objects.length < 500) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        objects.push(o);
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
        if (o.mainEntity && typeof o.mainEntity === 'object') queue.push(o.mainEntity);
      }
    }
  }
  const article = objects.find((o) => typesOf(o).some((t) => articleTypes.test(t)));
  const site = objects.find((o) => typesOf(o).includes('WebSite') || typesOf(o).includes('Organization') || typesOf(o).includes('NewsMediaOrganization'));
  if (article) {
    out.headline = str(article.headline) ?? str(article.name);
    out.author = personNames(article.author ?? article.creator);
    out.datePublished = str(article.datePublished) ?? str(article.dateCreated);
    out.publisher = nameOf(article.publisher);
    out.inLanguage = str(article.inLanguage);
    const body = str(article.articleBody);
    out.articleBody = body && body.length > 0 ? body : null;
  }
  if (!out.publisher && site) out.publisher = str(site.name);
  return out;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return decodeLooseEntities(v.trim());
  if (Array.isArray(v) && typeof v[0] === 'string' && v[0].trim()) return decodeLooseEntities(v[0].trim());
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return null;
}

/** "Jane Doe", {name}, or an array of them → "Jane Doe, John Roe"; URLs are not names. */
function personNames(v: unknown): string | null {
  const list = Array.isArray(v) ? v : [v];
  const names = list.map(nameOf).filter((n): n is string => !!n && !/^https?:\/\//.test(n));
  return names.length > 0 ? cleanAuthor([...new Set(names)].join(', ')) : null;
}

/** Lower-cased `name`/`property`/`itemprop`/`http-equiv` → content (first one wins). */
function indexMetas(metas: Record<string, string>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of metas) {
    const content = m.content?.trim();
    if (!content) continue;
    for (const key of [m.property, m.name, m.itemprop, m['http-equiv']]) {
      if (!key) continue;
      // `property="og:title article:title"`: several space-separated names on one tag.
      for (const raw of key.toLowerCase().split(/\s+/)) {
        // "dc:creator" and "dc.creator" are the same Dublin Core name.
        const k = raw.replace(/^(dc|dcterms):/, '$1.');
        if (k && !map.has(k)) map.set(k, decodeLooseEntities(content));
      }
    }
  }
  return map;
}

interface Microdata {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  articleBody: string | null;
}

/** `itemprop` values from the body; text is gathered without recursion. */
function readMicrodata(elements: HtmlElement[]): Microdata {
  const out: Microdata = { headline: null, author: null, datePublished: null, articleBody: null };
  // Text lookups are bounded: a hostile page may mark a million nested elements.
  let lookups = 0;
  const text = (el: HtmlElement): string => (lookups++ < 100 ? textOf(el) : '');
  for (const el of elements) {
    const prop = el.attrs.itemprop;
    if (!prop) continue;
    for (const p of prop.split(/\s+/)) {
      if (p === 'headline' && !out.headline) out.headline = el.attrs.content ?? (text(el) || null);
      else if (p === 'author' && !out.author) {
        const name = el.attrs.content ?? text(el);
        if (name && name.length < 100) out.author = cleanAuthor(name);
      } else if (p === 'datePublished' && !out.datePublished) out.datePublished = el.attrs.content ?? el.attrs.datetime ?? (text(el) || null);
    }
  }
  return out;
}

/**
 * The first short element marked as a byline: `rel="author"`, or a class/id token "byline", "author",
 * "author-name", "byline-author"… ("<span class="byline">By Jane Doe</span>"), but not "author-bio".
 */
function findBylineElement(elements: HtmlElement[]): string | null {
  let tried = 0;
  for (const el of elements) {
    if (tried > 50) break;
    const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.toLowerCase();
    const isMarked = el.attrs.rel === 'author' || (names.length > 1 && /(?:^|[\s_-])(?:by-?line|author|authors|author-?name|writer|dateline-author)(?:$|[\s_-])/.test(names) && !/bio|avatar|image|photo|img|pic|more|other|about|box/.test(names));
    if (!isMarked) continue;
    tried++;
    const text = textOf(el);
    const name = cleanAuthor(text);
    if (name && name.length <= 80 && /\p{L}/u.test(name)) return name;
  }
  return null;
}

/**
 * The `<time datetime>` most likely to date the article: the first inside the article container,
 * else the last one before it (an article header), else the first in the page.
 */
export function findTimeDate(elements: HtmlElement[], container: HtmlElement | null): string | null {
  let before: string | null = null;
  let first: string | null = null;
  for (const el of elements) {
    if (el.tag !== 'time' || !el.attrs.datetime) continue;
    first ??= el.attrs.datetime;
    if (!container) break;
    if (el.index < container.index) before = el.attrs.datetime;
    else if (isInside(el, container)) return el.attrs.datetime;
    else break;
  }
  return before ?? first;
}

function isInside(el: HtmlElement, container: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (e === container) return true;
  return false;
}

/** Concatenated text under an element, iteratively. */
export function textOf(el: HtmlElement): string {
  let out = '';
  let visited = 0;
  const stack: Array<HtmlElement | string> = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') out += n;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    if (out.length > 100_000 || ++visited > 200_000) break;
  }
  return collapse(out);
}

/** "By Jane Doe" → "Jane Doe"; bylines that are URLs or too long are dropped. */
export function cleanAuthor(raw: string | null): string | null {
  if (!raw) return null;
  let s = collapse(raw)
    .replace(/^(?:(?:written|posted|published|story|words|text|reported)\s+)?(?:by|par|por|von|door)[:\s]+(?=\p{Lu})/iu, '')
    .replace(/^(?:author|autor|auteur)[:\s]+/i, '');
  // "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Jane Doe | Reuters", "Jane Doe, Updated 5 March": cut the tail.
  s = s.split(/\s+[-|•·–—]\s+|\s*\|\s*|,?\s+(?:updated|published|posted|on)\s+(?=\p{L}*\s*\d)/iu)[0].trim();
  s = s.replace(/[,;:]$/, '').trim();
  if (!s || s.length > 120 || /^https?:\/\//.test(s) || /^\d/.test(s)) return null;
  return s;
}

/** Collapse whitespace and trim. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** `entities`' decoder, required on first use like htmlparser2 (see parse-html.ts). */
const entities = lazyPackage<typeof import('entities')>('entities');
const decodeHtmlEntities = (s: string): string => entities().decodeHTML(s);

/** Some JSON-LD and meta values carry HTML entities twice-encoded ("&amp;#8217;"); decode the common ones. */
function decodeLooseEntities(s: string): string {
  return s.includes('&') ? decodeHtmlEntities(s) : s;
}

/**
 * A date string → ISO 8601: "2019-11-19T12:30:00-05:00" stays as the instant in UTC
 * ("2019-11-19T17:30:00.000Z"); a bare date "2019-11-19" stays a date; unparseable → null.
 */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  // "2019-11-19 12:30:00" (space instead of T) and "+0000" offsets parse once normalised.
  let iso = s.replace(/^(\d{4}-\d{2}-\d{2})\s+(\d)/, '$1T$2').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  // A date-time without a zone is read as UTC, so the result never depends on the machine's zone.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso)) iso += 'Z';
  else if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) && !/(?:\bZ|GMT|UTC|[+-]\d{2}:?\d{2})\s*$/.test(iso)) iso += ' UTC';
  const t = Date.parse(iso);
  if (!Number.isNaN(t) && t > 0) return new Date(t).toISOString();
  return null;
}
