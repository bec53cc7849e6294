/**
 * `parallax ingest <paths|feed-urls…> [--db FILE]`: read articles (files, folders, JSON/JSONL,
 * RSS/Atom/JSON Feed files or URLs), store them, mark copies, assign them to the stories near them
 * (or new ones) and save a new version of every story that changed.
 */
import { parseArgs } from 'node:util';
import { readSources } from '../../../adapters/ingest/read-sources.js';
import { openStore, chooseDb, type FeedState, type Store } from '../../../adapters/store/index.js';
import { HostRate } from '../../../adapters/fetch/index.js';
import { storeArticles } from '../../../adapters/ingest/store-articles.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import type { ReportIssue } from '../../../src/model/report.js';
import { writeLine, type CliIo, type Command } from '../command.js';

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

/** `ingest --queue`: read jobs for workers, nothing read here. */
async function enqueue(sources: string[], db: string | undefined, options: { cwd: string; allowPrivate: boolean; timeoutMs: number; now?: string }, io: CliIo): Promise<number> {
  const { requireQueueDb } = await import('./worker.js');
  const url = await requireQueueDb(db, 'ingest --queue');
  const { openQueue, closeQueue } = await import('../../../adapters/queue/open-queue.js');
  const { enqueueSources } = await import('../../../adapters/queue/enqueue-sources.js');
  const queue = await openQueue(url, { supervise: false });
  try {
    const issues: ReportIssue[] = [];
    const count = await enqueueSources(queue, sources, options, issues);
    for (const issue of issues) writeLine(io.stderr, `parallax ingest: ${issue.code}: ${issue.message}`);
    writeLine(io.stdout, `queued ${count} read jobs; \`parallax jobs\` shows their progress`);
    return count === 0 ? 1 : 0;
  } finally {
    await closeQueue(queue);
  }
}

/** What one ingest round needs. */
interface Round {
  store: Store;
  io: CliIo;
  allowPrivate: boolean;
  timeoutMs: number;
  makeBriefs: boolean;
  /** Paces requests per host across rounds. Default: one per round. */
  rate?: HostRate;
}

/** Read the sources, store their articles, bring stories and briefs up to date; the exit code. */
async function ingestOnce(sources: readonly string[], now: string, round: Round, allowPrivate = round.allowPrivate): Promise<number> {
  const { store, io } = round;
  const issues: ReportIssue[] = [];
  const feedStates: FeedState[] = [];
  const inputs = await readSources(sources, {
    store, cwd: io.cwd, stdin: io.stdin, feedStates, allowPrivate, timeoutMs: round.timeoutMs, now, issues, rate: round.rate,
    log: (line) => writeLine(io.stderr, `parallax ingest: ${line}`),
  });
  const progress = makeProgress(io);
  const result = await storeArticles(store, inputs, issues, { now, makeBriefs: round.makeBriefs, onProgress: progress.update });
  progress.end();
  for (const state of feedStates) await store.saveFeedState(state);
  for (const issue of issues) writeLine(io.stderr, `parallax ingest: ${issue.code}: ${issue.message}`);
  writeLine(
    io.stdout,
    `added ${result.added.length} articles (${result.skipped} already stored), ${result.copies} marked as copies, ` +
      `${result.stories} stories ${result.mode === 'full' ? 're-clustered' : 'new or changed'}, ${result.versions} new story versions`,
  );
  return result.usable === 0 && issues.length > 0 ? 1 : 0;
}

/** `--watch`: poll each subscribed feed when it falls due, until SIGINT or SIGTERM. */
async function watchFeeds(round: Round): Promise<number> {
  const { setTimeout: sleep } = await import('node:timers/promises');
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const rate = new HostRate(1000);
  writeLine(round.io.stderr, `parallax ingest: watching ${(await round.store.listSubscriptions()).length} feeds (parallax feeds add <url> to follow more)`);
  try {
    while (!stop.signal.aborted) {
      const now = new Date().toISOString();
      for (const sub of await round.store.claimDueSubscriptions(now, 100)) {
        await ingestOnce([sub.url], now, { ...round, rate }, sub.allowPrivate);
      }
      await sleep(1000, undefined, { signal: stop.signal }).catch(() => undefined);
    }
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export const ingestCommand: Command = {
  name: 'ingest',
  usage: `Usage: parallax ingest <paths|urls…> [options]

Paths are what \`parallax analyze\` reads, plus RSS/Atom/JSON Feed files (.xml .rss .atom, or
.json holding a JSON Feed). URLs are fetched (feeds or article pages) with a timeout, a size cap,
bounded redirects, ETag/If-Modified-Since and a one-second pace per host.

Options:
  --db FILE|URL      a SQLite file, ":memory:" or postgres://user:pass@host:port/db
                     (default: PARALLAX_DB, else parallax.db)
  --queue            queue one read job per file or URL and return at once; workers
                     (\`parallax worker\`) store them, make stories and briefs (PostgreSQL only)
  --watch            then keep polling the feeds of \`parallax feeds\` as each falls due,
                     until interrupted (with SQLite; with PostgreSQL, workers poll them)
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
        queue: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        now: { type: 'string' },
      },
    });
    if (positionals.length === 0 && !values.watch) throw new ParallaxError(issueCodes.INVALID_OPTION, 'no input: give files, folders, feed files or URLs');
    const now = values.now ?? new Date().toISOString();
    if (!Number.isFinite(Date.parse(now))) throw new ParallaxError(issueCodes.INVALID_OPTION, `--now must be a date-time, got "${values.now}"`);
    const timeoutMs = values.timeout === undefined ? 15_000 : Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new ParallaxError(issueCodes.INVALID_OPTION, `--timeout takes milliseconds, got "${values.timeout}"`);
    if (values.queue && (values['no-briefs'] || values.watch)) throw new ParallaxError(issueCodes.INVALID_OPTION, '--queue leaves briefs and feed polling to the workers: drop --no-briefs and --watch');
    if (values.queue) return enqueue(positionals, values.db, { cwd: io.cwd, allowPrivate: values['allow-private'] ?? false, timeoutMs, now: values.now }, io);
    const store = await openStore(chooseDb(values.db), io.cwd);
    const round = { store, io, allowPrivate: values['allow-private'] ?? false, timeoutMs, makeBriefs: !values['no-briefs'] };
    try {
      const code = positionals.length > 0 ? await ingestOnce(positionals, now, round) : 0;
      return values.watch ? await watchFeeds(round) : code;
    } finally {
      await store.close();
    }
  },
};
