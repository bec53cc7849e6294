/**
 * Reads articles from files, folders (recursively) and `-` (JSON Lines on stdin).
 * `.txt`/`.md`: optional YAML front matter, else a headline-like first line becomes the title.
 * `.json`: one article object or an array; `.jsonl`/`.ndjson`: one article a line.
 * `.html`/`.htm`(`.gz`): kept as `html` for the extractor.
 * Every problem becomes an issue naming the file (and line); nothing is dropped silently.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { ArticleInput } from '../../src/model/article.js';
import { issueCodes } from '../../src/model/errors.js';
import type { ReportIssue } from '../../src/model/report.js';
import { validateArticle, maxArticleChars } from '../../src/stages/articles/validate-article.js';
import { decodeText } from './decode-text.js';
import { readFrontMatter } from './front-matter.js';
import { readHeadline } from './read-headline.js';
import { extractArticle } from '../html/extract-article.js';

/** Largest text file read (`.txt`, `.md`, `.html`): 10 MB. */
export const maxTextFileBytes = 10 * 1024 * 1024;
/** Largest `.html` file read; the extractor caps the decoded text itself. */
export const maxHtmlFileBytes = 64 * 1024 * 1024;
/** Largest `.json`/`.jsonl` file read: many articles may share one file. */
export const maxJsonFileBytes = 1024 * 1024 * 1024;

const textExtensions = new Set(['.txt', '.md', '.markdown', '.text']);
const jsonExtensions = new Set(['.json']);
const jsonLinesExtensions = new Set(['.jsonl', '.ndjson']);
const htmlExtensions = new Set(['.html', '.htm', '.xhtml']);

/** Articles read and the problems met on the way. */
export interface ReadResult {
  articles: ArticleInput[];
  issues: ReportIssue[];
}

/** Options of readArticles. */
export interface ReadOptions {
  /** Directory that relative paths resolve against. Default: process.cwd(). */
  cwd?: string;
  /** Stream read for the path `-`. Default: none (then `-` is an error issue). */
  stdin?: Readable;
}

/** Read every article the paths name, in path order (folders sorted by name). */
export async function readArticles(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const cwd = options.cwd ?? process.cwd();
  const result: ReadResult = { articles: [], issues: [] };
  const origins = new Map<string, string>();
  const add = (article: ArticleInput) => {
    const previous = origins.get(article.id);
    if (previous !== undefined) {
      result.issues.push({
        code: issueCodes.DUPLICATE_ID,
        article: article.id,
        message: `duplicate article id "${article.id}" in ${article.origin} and ${previous}; the second is skipped`,
        value: article.origin ?? article.id,
      });
      return;
    }
    origins.set(article.id, article.origin ?? article.id);
    result.articles.push(article);
  };
  for (const path of paths) {
    if (path === '-') {
      if (!options.stdin) {
        result.issues.push({ code: issueCodes.INPUT_UNREADABLE, message: 'stdin: no input stream', value: '-' });
        continue;
      }
      const text = await readStream(options.stdin, result.issues);
      if (text !== null) for (const a of parseJsonLines(text, 'stdin', 'stdin', result.issues)) add(a);
      continue;
    }
    const absolute = resolve(cwd, path);
    for (const file of await listFiles(absolute, result.issues)) {
      const shown = relative(cwd, file) || file;
      for (const a of await readArticleFile(file, shown, result.issues)) add(a);
    }
  }
  return result;
}

/** Files under a path: the file itself, or every file in a folder tree, sorted. */
export async function listFiles(path: string, issues: ReportIssue[]): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    issues.push({ code: issueCodes.INPUT_UNREADABLE, message: `cannot read "${path}": ${(error as NodeJS.ErrnoException).code ?? 'error'}`, value: path });
    return [];
  }
  if (info.isFile()) return [path];
  if (!info.isDirectory()) {
    issues.push({ code: issueCodes.INPUT_UNREADABLE, message: `cannot read "${path}": not a file or folder`, value: path });
    return [];
  }
  const out: string[] = [];
  const stack = [path];
  const seen = new Set<string>();
  while (stack.length) {
    const dir = stack.pop()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      issues.push({ code: issueCodes.INPUT_UNREADABLE, message: `cannot read folder "${dir}": ${(error as NodeJS.ErrnoException).code ?? 'error'}`, value: dir });
      continue;
    }
    const files: string[] = [];
    const dirs: string[] = [];
    for (const e of entries) {
      const entry = join(dir, e.name);
      // Passed over on purpose, but never silently: every input file is accounted for.
      const skip = (why: string) => issues.push({ code: issueCodes.INPUT_SKIPPED, message: `skipped "${entry}": ${why}`, value: entry });
      if (e.name.startsWith('.')) skip(e.isDirectory() ? 'hidden folder (.git, .cache …) not read' : 'hidden file (.DS_Store …) not read');
      else if (e.isSymbolicLink()) skip('symbolic link not followed (name the target to read it)');
      else if (e.isDirectory()) dirs.push(entry);
      else if (e.isFile()) files.push(entry);
      else skip('not a regular file (device, pipe or socket)');
    }
    out.push(...files);
    stack.push(...dirs.sort().reverse());
  }
  return out.sort();
}

/** Extension with `.gz` looked through: "a.html.gz" → ".html". */
export function articleExtension(file: string): { ext: string; gz: boolean } {
  const lower = file.toLowerCase();
  if (lower.endsWith('.gz')) return { ext: extname(lower.slice(0, -3)), gz: true };
  return { ext: extname(lower), gz: false };
}

/** Read one file into zero or more articles, recording issues. */
async function readArticleFile(file: string, shown: string, issues: ReportIssue[]): Promise<ArticleInput[]> {
  const { ext, gz } = articleExtension(file);
  const id = articleIdOf(file);
  const isJson = jsonExtensions.has(ext) || jsonLinesExtensions.has(ext);
  if (!isArticleFileName(file)) {
    issues.push({ code: issueCodes.UNSUPPORTED_INPUT, message: `cannot read "${shown}": unsupported file type "${ext || '(none)'}" (use .txt, .md, .json, .jsonl or .html)`, value: shown });
    return [];
  }
  let bytes: Uint8Array;
  try {
    const size = (await stat(file)).size;
    const cap = isJson ? maxJsonFileBytes : htmlExtensions.has(ext) ? maxHtmlFileBytes : maxTextFileBytes;
    if (size > cap && !gz) {
      issues.push({ code: issueCodes.INPUT_TOO_LARGE, article: id, message: `cannot read "${shown}": ${size} bytes is over the ${cap}-byte limit`, value: shown });
      return [];
    }
    bytes = await readFile(file);
    if (gz) bytes = gunzipSync(bytes, { maxOutputLength: cap + 1 });
    if (bytes.length > cap) {
      issues.push({ code: issueCodes.INPUT_TOO_LARGE, article: id, message: `cannot read "${shown}": over the ${cap}-byte limit`, value: shown });
      return [];
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const tooLarge = e.code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|buffer/i.test(e.message);
    issues.push({
      code: tooLarge ? issueCodes.INPUT_TOO_LARGE : issueCodes.INPUT_UNREADABLE,
      article: id,
      message: `cannot read "${shown}": ${e.code ?? e.message}`,
      value: shown,
    });
    return [];
  }
  return readArticleBytes(bytes, ext, id, shown, issues);
}

/** The article id a file name gives: its base name without extensions ("a/b.html.gz" → "b"). */
export function articleIdOf(file: string): string {
  return basename(file).replace(/(\.gz)?$/i, '').replace(/\.[^.]+$/, '');
}

/** Whether a file name has an extension readArticles reads (.txt .md .json .jsonl .html …, optionally .gz). */
export function isArticleFileName(file: string): boolean {
  const { ext } = articleExtension(file);
  return textExtensions.has(ext) || jsonExtensions.has(ext) || jsonLinesExtensions.has(ext) || htmlExtensions.has(ext);
}

/**
 * Articles in the bytes of one document, read by its extension (".txt", ".json", ".jsonl",
 * ".html", …) as readArticles reads a file: `id` is the article id when the document does not
 * give one, `shown` names it in issues. Used for files and for HTTP request bodies.
 */
export function readArticleBytes(bytes: Uint8Array, ext: string, id: string, shown: string, issues: ReportIssue[]): ArticleInput[] {
  if (htmlExtensions.has(ext)) {
    // The extractor decodes the bytes itself: BOM, <meta charset>, then UTF-8 or Windows-1252.
    const extracted = extractArticle(bytes, { id });
    if (!extracted.ok) {
      issues.push({ code: extracted.code, article: id, message: `cannot read "${shown}": ${extracted.message}`, value: shown });
      return [];
    }
    for (const w of extracted.warnings) issues.push({ code: w.code, article: id, message: `"${shown}": ${w.message}`, value: shown });
    const a = extracted.article;
    const article: ArticleInput = { id, text: a.text, origin: shown };
    if (a.title) article.title = a.title;
    if (a.published) article.published = a.published;
    if (a.siteName) article.source = a.siteName;
    if (a.language) article.language = a.language;
    return [article];
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    issues.push({ code: issueCodes.INPUT_BINARY, article: id, message: `cannot read "${shown}": not text (${decoded.detail})`, value: shown });
    return [];
  }
  if (decoded.warning) {
    issues.push({ code: issueCodes.INPUT_ENCODING, article: id, message: `"${shown}": ${decoded.warning}`, value: shown });
  }
  if (jsonLinesExtensions.has(ext)) return parseJsonLines(decoded.text, shown, id, issues);
  if (jsonExtensions.has(ext)) return parseJsonDocument(decoded.text, shown, id, issues);
  return parseTextArticle(decoded.text, shown, id, issues);
}

/** A `.txt`/`.md` file: front matter fields, else a headline-like first line as title. */
function parseTextArticle(text: string, shown: string, id: string, issues: ReportIssue[]): ArticleInput[] {
  const fm = readFrontMatter(text);
  if (fm.error) {
    issues.push({ code: issueCodes.INPUT_INVALID_FRONT_MATTER, article: id, message: `"${shown}": front matter ignored: ${fm.error}`, value: shown });
  }
  const raw: Record<string, unknown> = { ...(fm.fields ?? {}) };
  let body = fm.body;
  if (raw.title === undefined) {
    const headline = readHeadline(body);
    if (headline.title) {
      raw.title = headline.title;
      body = headline.body;
    }
  }
  if (raw.text !== undefined || raw.html !== undefined) {
    issues.push({ code: issueCodes.INPUT_INVALID_FIELD, article: id, message: `"${shown}": front matter may not set "text" or "html"; the file body is the text`, value: shown });
  }
  raw.text = body;
  delete raw.html;
  const { article, issues: found } = validateArticle(raw, id, shown);
  issues.push(...found);
  return article ? [article] : [];
}

/** A `.json` file: one article object or an array of them. */
function parseJsonDocument(text: string, shown: string, id: string, issues: ReportIssue[]): ArticleInput[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    issues.push({ code: issueCodes.INPUT_INVALID_JSON, article: id, message: `"${shown}": not valid JSON: ${(error as Error).message}`, value: shown });
    return [];
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const out: ArticleInput[] = [];
  items.forEach((item, i) => {
    const origin = Array.isArray(parsed) ? `${shown}[${i}]` : shown;
    const fallback = Array.isArray(parsed) ? `${id}-${i + 1}` : id;
    const { article, issues: found } = validateArticle(item, fallback, origin);
    issues.push(...found);
    if (article) out.push(article);
  });
  if (items.length === 0) issues.push({ code: issueCodes.INPUT_EMPTY, article: id, message: `"${shown}": empty array, no articles`, value: shown });
  return out;
}

/** JSON Lines: one article a line; blank lines skipped; bad lines are issues naming the line. */
export function parseJsonLines(text: string, shown: string, id: string, issues: ReportIssue[]): ArticleInput[] {
  const out: ArticleInput[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const origin = `${shown}:${i + 1}`;
    if (line.length > maxArticleChars * 2) {
      issues.push({ code: issueCodes.INPUT_TOO_LARGE, message: `${origin}: line of ${line.length} characters is over the limit`, value: origin });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      issues.push({ code: issueCodes.INPUT_INVALID_JSON, message: `${origin}: not valid JSON: ${(error as Error).message}`, value: origin });
      return;
    }
    const { article, issues: found } = validateArticle(parsed, `${id}-${i + 1}`, origin);
    issues.push(...found);
    if (article) out.push(article);
  });
  return out;
}

/** Read stdin as JSON Lines text; problems become issues and null. */
async function readStream(stream: Readable, issues: ReportIssue[]): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > maxJsonFileBytes) {
      issues.push({ code: issueCodes.INPUT_TOO_LARGE, message: `stdin: over the ${maxJsonFileBytes}-byte limit`, value: 'stdin' });
      stream.destroy();
      return null;
    }
    chunks.push(b);
  }
  const decoded = decodeText(Buffer.concat(chunks));
  if (!decoded.ok) {
    issues.push({ code: issueCodes.INPUT_BINARY, message: `stdin: not text (${decoded.detail})`, value: 'stdin' });
    return null;
  }
  if (decoded.warning) issues.push({ code: issueCodes.INPUT_ENCODING, message: `stdin: ${decoded.warning}`, value: 'stdin' });
  return decoded.text;
}
