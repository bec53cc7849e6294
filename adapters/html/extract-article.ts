/**
 * extractArticle: HTML (string, bytes, or gzipped bytes) → title, byline, date, site name,
 * language and plain body text. Never runs scripts, never fetches, never throws on bad input:
 * problems come back as `{ ok: false, code }` or as warnings.
 *
 * Size policy: raw or gunzipped input over `maxBytes` (64 MiB) is refused with INPUT_TOO_LARGE;
 * decoded HTML over `maxHtmlChars` (16 Mi chars) is cut at that point and extracted anyway, with an
 * INPUT_TOO_LARGE warning — a 50 MB page gives a result in bounded time and memory.
 */
import { issueCodes } from '../../src/model/errors.js';
import { decodeHtml } from './decode-html.js';
import { defaultExtractOptions } from './defaults.js';
import { findMainContent } from './find-main-content.js';
import { cleanAuthor, findMetadata, findTimeDate, normaliseDate, textOf } from './find-metadata.js';
import { parseHtml } from './parse-html.js';
import { cleanTitle } from './clean-title.js';
import type { ExtractOptions, ExtractResult, ExtractWarning } from './types.js';

export type { ExtractOptions, ExtractResult, ExtractWarning, ExtractedArticle } from './types.js';

/** Extract the article of one HTML page (see the file comment for limits and codes). */
export function extractArticle(input: string | Uint8Array, options: ExtractOptions = {}): ExtractResult {
  const maxBytes = options.maxBytes ?? defaultExtractOptions.maxBytes;
  const maxHtmlChars = options.maxHtmlChars ?? defaultExtractOptions.maxHtmlChars;
  const warnings: ExtractWarning[] = [];
  let html: string;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return { ok: false, code: issueCodes.INPUT_TOO_LARGE, message: `page of ${input.length} characters is over the ${maxBytes} cap` };
    if (input.slice(0, 8192).includes('\u0000')) return { ok: false, code: issueCodes.INPUT_BINARY, message: 'not text: the page holds NUL characters' };
    html = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeHtml(input, options.contentType, maxBytes);
    if (!decoded.ok) return decoded;
    html = decoded.html;
    warnings.push(...decoded.warnings);
  }
  if (html.length > maxHtmlChars) {
    warnings.push({ code: issueCodes.INPUT_TOO_LARGE, message: `page of ${html.length} characters cut to the first ${maxHtmlChars}` });
    html = html.slice(0, maxHtmlChars);
  }

  const page = parseHtml(html);
  const meta = findMetadata(page);
  const content = findMainContent(page, meta.articleBody);
  const h1s = page.elements.filter((e) => e.tag === 'h1').slice(0, 5).map((e) => textOf(e));
  const title = cleanTitle(meta.title ?? page.title ?? '', meta.siteName, h1s);
  // Leading <h1>s (or a line equal to the title) are the headline repeated, not body text.
  let start = 0;
  while (start < content.blocks.length && (content.blocks[start].heading === 1 || sameText(content.blocks[start].text, title))) start++;
  const lines: string[] = [];
  for (const b of content.blocks.slice(start)) for (const line of b.text.split('\n')) if (line.trim()) lines.push(line.trim());
  const text = lines.join('\n');
  if (!text) return { ok: false, code: issueCodes.EXTRACTION_EMPTY, message: `no article body found${options.id ? ` in "${options.id}"` : ''}` };
  return {
    ok: true,
    article: {
      id: options.id ?? '',
      title,
      byline: meta.byline ?? cleanAuthor(content.bylines[0] ?? null),
      published: meta.published ?? normaliseTime(findTimeDate(page.elements, content.container)),
      siteName: meta.siteName ?? siteFromUrl(options.url),
      language: meta.language,
      text,
    },
    warnings,
  };
}

function normaliseTime(raw: string | null): string | null {
  return raw ? normaliseDate(raw) : null;
}

function sameText(a: string, b: string): boolean {
  return a.length > 0 && a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
}

/** "https://www.example.com/x" → "example.com": a last-resort site name; the URL is never fetched. */
function siteFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
