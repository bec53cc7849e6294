/**
 * What `parallax ingest` and the queue's read jobs read: files, folders, JSON/JSONL, RSS/Atom/JSON
 * Feed files, and URLs (feeds or article pages, fetched with the private-address guard, a
 * per-host pace and ETag/If-Modified-Since from the store's feed state).
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { readArticles } from './read-articles.js';
import { decodeFeed, feedToArticles, isFeed, parseFeed, readFeedBytes } from '../feeds/index.js';
import { fetchUrl, HostRate } from '../fetch/index.js';
import type { FeedState, Store } from '../store/store.js';
import { issueCodes } from '../../src/model/errors.js';
import type { ArticleInput } from '../../src/model/article.js';
import type { ReportIssue } from '../../src/model/report.js';

const feedExtensions = new Set(['.xml', '.rss', '.atom', '.rdf', '.feed']);

/** Options of readSources. */
export interface ReadSourcesOptions {
  store: Store;
  allowPrivate: boolean;
  timeoutMs: number;
  now: string;
  issues: ReportIssue[];
  /**
   * The new ETag/Last-Modified of each URL fetched, for the caller to save once the articles
   * are stored: saved before, a run that fails to store them would be told "not modified" next time.
   */
  feedStates: FeedState[];
  log: (line: string) => void;
  /** Directory relative paths resolve against. */
  cwd: string;
  /** Stream read for the path `-`. Default none. */
  stdin?: Readable;
  /** Pace of requests per host, shared by the calls that pass the same one. Default: a new one (one request a second per host). */
  rate?: HostRate;
}

/** Articles of a fetched URL: a feed's items, or the page itself as one HTML article. */
async function readUrl(url: string, options: ReadSourcesOptions, rate: HostRate): Promise<ArticleInput[]> {
  const state = await options.store.getFeedState(url);
  try {
    const res = await fetchUrl(url, { allowPrivate: options.allowPrivate, timeoutMs: options.timeoutMs, rate, etag: state?.etag, lastModified: state?.lastModified });
    if (!res.isModified) {
      options.log(`${url}: not modified since ${state?.fetchedAt ?? 'the last fetch'}`);
      return [];
    }
    const decoded = decodeFeed(res.body, res.contentType);
    if (decoded.warning) options.issues.push({ code: issueCodes.INPUT_ENCODING, message: `${url}: ${decoded.warning}`, value: url });
    const feed = isFeed(decoded.text) ? parseFeed(decoded.text, res.url) : null;
    options.feedStates.push({ url, etag: res.etag, lastModified: res.lastModified, fetchedAt: options.now });
    if (feed) return feedToArticles(feed, url);
    return [{ id: res.url, url: res.url, html: decoded.text, origin: url }];
  } catch (error) {
    const e = error as Error & { code?: string };
    options.issues.push({ code: e.code ?? issueCodes.INPUT_UNREADABLE, message: e.message, value: url });
    return [];
  }
}

/** Whether a local file is a feed: by extension, or a .json file holding a JSON Feed. */
async function readFeedFile(path: string, shown: string, issues: ReportIssue[]): Promise<ArticleInput[] | null> {
  const ext = extname(path).toLowerCase();
  if (!feedExtensions.has(ext) && ext !== '.json') return null;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return null; // readArticles reports unreadable paths
  }
  return readFeedBytes(bytes, shown, issues);
}

/** Everything the sources (paths, `-`, URLs) name, as article inputs; problems go to `options.issues`. */
export async function readSources(positionals: readonly string[], options: ReadSourcesOptions): Promise<ArticleInput[]> {
  const rate = options.rate ?? new HostRate(1000);
  const inputs: ArticleInput[] = [];
  const plain: string[] = [];
  for (const p of positionals) {
    if (/^https?:\/\//iu.test(p)) inputs.push(...(await readUrl(p, options, rate)));
    else {
      const feed = p === '-' ? null : await readFeedFile(resolve(options.cwd, p), p, options.issues);
      if (feed) inputs.push(...feed);
      else plain.push(p);
    }
  }
  if (plain.length > 0) {
    const read = await readArticles(plain, { cwd: options.cwd, stdin: options.stdin });
    inputs.push(...read.articles);
    options.issues.push(...read.issues);
  }
  return inputs;
}
