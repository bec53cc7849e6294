/**
 * `parallax ingest <paths|feed-urls…> [--db FILE]`: read articles (files, folders, JSON/JSONL,
 * RSS/Atom/JSON Feed files or URLs), store them, mark copies, assign them to the stories near them
 * (or new ones) and save a new version of every story that changed.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticles } from '../../../adapters/ingest/read-articles.js';
import { decodeFeed, feedToArticles, isFeed, parseFeed, readFeedBytes } from '../../../adapters/feeds/index.js';
import { fetchUrl, HostRate } from '../../../adapters/fetch/index.js';
import { openSqliteStore, resolveDbFile, type Store } from '../../../adapters/store/index.js';
import { storeArticles } from '../../../adapters/ingest/store-articles.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import type { ArticleInput } from '../../../src/model/article.js';
import type { ReportIssue } from '../../../src/model/report.js';
import { writeLine, type CliIo, type Command } from '../command.js';

const feedExtensions = new Set(['.xml', '.rss', '.atom', '.rdf', '.feed']);

/** Options of one ingest run's reading step. */
interface ReadSourcesOptions {
  store: Store;
  allowPrivate: boolean;
  timeoutMs: number;
  now: string;
  issues: ReportIssue[];
  log: (line: string) => void;
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
    await options.store.saveFeedState({ url, etag: res.etag, lastModified: res.lastModified, fetchedAt: options.now });
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

/** Everything the positionals name, as article inputs. */
async function readSources(positionals: string[], io: CliIo, options: ReadSourcesOptions): Promise<ArticleInput[]> {
  const rate = new HostRate(1000);
  const inputs: ArticleInput[] = [];
  const plain: string[] = [];
  for (const p of positionals) {
    if (/^https?:\/\//iu.test(p)) inputs.push(...(await readUrl(p, options, rate)));
    else {
      const feed = p === '-' ? null : await readFeedFile(resolve(io.cwd, p), p, options.issues);
      if (feed) inputs.push(...feed);
      else plain.push(p);
    }
  }
  if (plain.length > 0) {
    const read = await readArticles(plain, { cwd: io.cwd, stdin: io.stdin });
    inputs.push(...read.articles);
    options.issues.push(...read.issues);
  }
  return inputs;
}

/** Progress on stderr: a redrawn bar on a terminal, plain lines (one per step) otherwise. */
export function makeProgress(io: CliIo, command = 'ingest'): { update: (step: string, done: number, total: number) => void; end: () => void } {
  let lastStep = '';
  let lastFilled = -1;
  let drawn = false;
  return {
    update(step, done, total) {
      if (io.isTty) {
        const width = 24;
        const filled = total > 0 ? Math.round((done / total) * width) : width;
        if (step === lastStep && filled === lastFilled && done !== total) return;
        io.stderr.write(`\r${step.padEnd(9)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}\x1b[K`);
        lastFilled = filled;
        drawn = true;
      } else if (done === total) {
        writeLine(io.stderr, `parallax ${command}: ${step} ${done}/${total}`);
      }
      lastStep = step;
    },
    end() {
      if (drawn) io.stderr.write('\r\x1b[K');
    },
  };
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Store articles (files, folders, feeds, URLs), group them into stories, keep versions.',
  usage: `Usage: parallax ingest <paths|urls…> [options]

Paths are what \`parallax analyze\` reads, plus RSS/Atom/JSON Feed files (.xml .rss .atom, or
.json holding a JSON Feed). URLs are fetched (feeds or article pages) with a timeout, a size cap,
bounded redirects, ETag/If-Modified-Since and a one-second pace per host.

Options:
  --db FILE          the store (default parallax.db; ":memory:" for a throwaway one)
  --allow-private    allow URLs on loopback, private or link-local addresses
  --no-briefs        store and cluster only; make no story versions
  --timeout MS       per-URL time limit (default 15000)
  --now TIME         the time recorded for this run (default: now)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'allow-private': { type: 'boolean', default: false },
        'no-briefs': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        now: { type: 'string' },
      },
    });
    if (positionals.length === 0) throw new ParallaxError(issueCodes.INVALID_OPTION, 'no input: give files, folders, feed files or URLs');
    const now = values.now ?? new Date().toISOString();
    if (!Number.isFinite(Date.parse(now))) throw new ParallaxError(issueCodes.INVALID_OPTION, `--now must be a date-time, got "${values.now}"`);
    const timeoutMs = values.timeout === undefined ? 15_000 : Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new ParallaxError(issueCodes.INVALID_OPTION, `--timeout takes milliseconds, got "${values.timeout}"`);
    const store = openSqliteStore(resolveDbFile(values.db, io.cwd));
    try {
      const issues: ReportIssue[] = [];
      const inputs = await readSources(positionals, io, {
        store, allowPrivate: values['allow-private'] ?? false, timeoutMs, now, issues,
        log: (line) => writeLine(io.stderr, `parallax ingest: ${line}`),
      });
      const progress = makeProgress(io);
      const result = await storeArticles(store, inputs, issues, { now, makeBriefs: !values['no-briefs'], onProgress: progress.update });
      progress.end();
      for (const issue of issues) writeLine(io.stderr, `parallax ingest: ${issue.code}: ${issue.message}`);
      writeLine(
        io.stdout,
        `added ${result.added.length} articles (${result.skipped} already stored), ${result.copies} marked as copies, ` +
          `${result.stories} stories ${result.mode === 'full' ? 're-clustered' : 'new or changed'}, ${result.versions} new story versions`,
      );
      return result.usable === 0 && issues.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
