/**
 * The articles of a POST body, in the formats `parallax analyze` and `parallax ingest` read:
 * JSON (an article or an array; or a JSON Feed), JSON Lines, plain text or Markdown (optional
 * front matter), HTML, RSS/Atom feeds, and multipart uploads of such files. JSON articles must
 * carry an `id`; a text or HTML body takes `?id=` or, without it, an id made from its bytes.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { readFeedBytes } from '../../adapters/feeds/read-feed-bytes.js';
import { articleExtension, articleIdOf, isArticleFileName, readArticleBytes } from '../../adapters/ingest/read-articles.js';
import { ArticleInput } from '../../src/model/article.js';
import { issueCodes } from '../../src/model/errors.js';
import type { ReportIssue } from '../../src/model/report.js';
import { validateArticle } from '../../src/stages/articles/validate-article.js';
import { ApiError } from './api-error.js';
import { parseOr400 } from './validate.js';

/** Media types a POST of articles may have, by the reader that handles them. */
export const articleMediaTypes = {
  json: ['application/json', 'application/feed+json'],
  jsonl: ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
  text: ['text/plain', 'text/markdown'],
  html: ['text/html', 'application/xhtml+xml'],
  feed: ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml'],
  form: ['multipart/form-data'],
} as const;

/** Fields a single text or HTML body may be given in the query string. */
export const DocumentMeta = z.object({
  id: z.string().trim().min(1).max(500).optional(),
  source: z.string().max(500).optional(),
  title: z.string().max(2000).optional(),
  url: z.string().max(2000).optional(),
  published: z.string().max(100).optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** An article object of a JSON body: an id and a body are required, other fields are strings. */
const JsonArticle = ArticleInput.omit({ origin: true })
  .extend({ id: z.string().trim().min(1).max(500) })
  .loose()
  .refine((a) => (a.text ?? a.html ?? '').trim() !== '', { message: 'an article needs a non-empty "text" or "html"' });

/** Articles read from a body and the problems met with single articles. */
export interface RequestArticles {
  articles: ArticleInput[];
  issues: ReportIssue[];
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function isJsonFeed(value: unknown): boolean {
  const version = (value as { version?: unknown } | null)?.version;
  return typeof version === 'string' && version.startsWith('https://jsonfeed.org/');
}

/** Parsed JSON items → validated article inputs; a malformed item is a 400 naming it. */
function readJsonItems(items: unknown[], where: (i: number) => string, issues: ReportIssue[]): ArticleInput[] {
  if (items.length === 0) throw new ApiError(400, 'INVALID_BODY', 'no articles: the body is an empty array');
  const out: ArticleInput[] = [];
  items.forEach((item, i) => {
    parseOr400(JsonArticle, item, 'INVALID_ARTICLE', `${where(i)}.`);
    const { article, issues: found } = validateArticle(item, '', where(i));
    issues.push(...found);
    if (article) out.push(article);
  });
  return out;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'INVALID_JSON', `${where} is not valid JSON: ${(error as Error).message}`);
  }
}

function readJsonBody(bytes: Uint8Array, contentType: string, issues: ReportIssue[]): ArticleInput[] {
  const parsed = parseJson(new TextDecoder().decode(bytes), 'the body');
  if (isJsonFeed(parsed)) return readFeedBytes(bytes, 'body', issues, { contentType }) ?? [];
  return readJsonItems(Array.isArray(parsed) ? parsed : [parsed], (i) => (Array.isArray(parsed) ? `body[${i}]` : 'body'), issues);
}

function readJsonLinesBody(bytes: Uint8Array, issues: ReportIssue[]): ArticleInput[] {
  const lines = new TextDecoder().decode(bytes).split('\n');
  const items: unknown[] = [];
  const lineOf: number[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    items.push(parseJson(line, `line ${i + 1}`));
    lineOf.push(i + 1);
  });
  return readJsonItems(items, (k) => `line ${lineOf[k]}`, issues);
}

/** One text or HTML document: read as a .txt or .html file, then the query's fields applied. */
function readDocumentBody(bytes: Uint8Array, ext: '.txt' | '.html', meta: DocumentMeta, issues: ReportIssue[]): ArticleInput[] {
  const id = meta.id ?? `${ext === '.html' ? 'html' : 'text'}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
  // front matter may name the id; ?id= wins over it, the hash only stands in for both
  return readArticleBytes(bytes, ext, id, 'body', issues).map((a) => ({ ...a, ...withoutUndefined(meta) }));
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const feedExtensions = new Set(['.xml', '.rss', '.atom', '.rdf', '.feed']);

/** An uploaded file, read as `parallax ingest` reads a file of that name. */
export async function readUploadedFile(file: File, issues: ReportIssue[]): Promise<ArticleInput[]> {
  const name = file.name || 'upload.txt';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { ext, gz } = articleExtension(name);
  if (feedExtensions.has(ext) || ext === '.json') {
    const feed = readFeedBytes(bytes, name, issues);
    if (feed) return feed;
  }
  if (gz || !isArticleFileName(name)) {
    issues.push({ code: issueCodes.UNSUPPORTED_INPUT, message: `cannot read "${name}": unsupported file type "${gz ? '.gz' : ext || '(none)'}" (use .txt, .md, .json, .jsonl, .html or a feed)`, value: name });
    return [];
  }
  return readArticleBytes(bytes, ext, articleIdOf(name), name, issues);
}

async function readFormBody(request: Request, issues: ReportIssue[]): Promise<ArticleInput[]> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch (error) {
    throw new ApiError(400, 'INVALID_BODY', `the multipart body does not parse: ${(error as Error).message}`);
  }
  const out: ArticleInput[] = [];
  for (const [, value] of form) if (typeof value !== 'string') out.push(...(await readUploadedFile(value, issues)));
  return out;
}

/**
 * Read the articles of a request body by its Content-Type. Throws 415 for a media type no
 * reader handles and 400 for a body that does not parse or a malformed JSON article; problems
 * with single articles of a readable body (unknown fields, empty text, bad HTML) are issues.
 */
export async function readRequestArticles(request: Request, meta: DocumentMeta): Promise<RequestArticles> {
  const type = mediaTypeOf(request.headers.get('content-type') ?? undefined);
  const issues: ReportIssue[] = [];
  const is = (kind: keyof typeof articleMediaTypes) => (articleMediaTypes[kind] as readonly string[]).includes(type);
  if (!Object.values(articleMediaTypes).some((list) => (list as readonly string[]).includes(type))) {
    const known = Object.values(articleMediaTypes).flat().join(', ');
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type "${type || '(none)'}" is not read here; use one of ${known}`);
  }
  if (is('form')) return { articles: await readFormBody(request, issues), issues };
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length === 0) throw new ApiError(400, 'EMPTY_BODY', 'the body is empty: send articles');
  if (is('json')) return { articles: readJsonBody(bytes, request.headers.get('content-type') ?? '', issues), issues };
  if (is('jsonl')) return { articles: readJsonLinesBody(bytes, issues), issues };
  if (is('text')) return { articles: readDocumentBody(bytes, '.txt', meta, issues), issues };
  if (is('html')) return { articles: readDocumentBody(bytes, '.html', meta, issues), issues };
  const feed = readFeedBytes(bytes, 'body', issues, { contentType: request.headers.get('content-type'), url: meta.url ?? null });
  if (!feed) throw new ApiError(400, 'NOT_A_FEED', `the body is sent as ${type} but holds no RSS, Atom or RDF feed`);
  return { articles: feed, issues };
}
