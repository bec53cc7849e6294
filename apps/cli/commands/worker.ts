/**
 * `parallax worker --db postgres://… [--concurrency N]`: run queued jobs (read → store → assign
 * → brief) until interrupted. Start as many as you like, on as many machines as reach the database.
 */
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import { writeLine, type CliIo, type Command } from '../command.js';

/** The `--db` value, which must be a PostgreSQL URL for the queue commands. */
export async function requireQueueDb(value: string | undefined, command: string): Promise<string> {
  const { chooseDb, isPostgresUrl } = await import('../../../adapters/store/open-store.js');
  const db = chooseDb(value);
  if (!isPostgresUrl(db)) throw new ParallaxError(issueCodes.INVALID_OPTION, `${command} needs a PostgreSQL store: --db postgres://user:pass@host:port/db (or PARALLAX_DB)`);
  return db;
}

export const workerCommand: Command = {
  name: 'worker',
  usage: `Usage: parallax worker --db postgres://user:pass@host:port/db [options]

Takes jobs queued by \`parallax ingest --queue\` and by other jobs, until interrupted (SIGINT or
SIGTERM: running jobs finish first). Any number of workers may run, on any number of machines.
Failed jobs are retried with backoff, then kept as failed with their error (\`parallax jobs\`).

Options:
  --db URL            the PostgreSQL store and queue (default: PARALLAX_DB)
  --concurrency N     jobs at once in this process (default 4)
  --quiet             no line per job on stderr`,
  async run(args: string[], io: CliIo) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, concurrency: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
    const url = await requireQueueDb(values.db, 'worker');
    const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new ParallaxError(issueCodes.INVALID_OPTION, `--concurrency takes a whole number ≥ 1, got "${values.concurrency}"`);
    const [{ openQueue, closeQueue }, { runWorker }, { openPostgresStore }, { HostRate }, { makeStoryBrief }] = await Promise.all([
      import('../../../adapters/queue/open-queue.js'),
      import('../../../adapters/queue/run-worker.js'),
      import('../../../adapters/store/postgres/postgres-store.js'),
      import('../../../adapters/fetch/index.js'),
      import('../../../adapters/ingest/store-articles.js'),
    ]);
    const log = (line: string) => writeLine(io.stderr, `parallax worker: ${line}`);
    const stop = new AbortController();
    const onSignal = (signal: string) => {
      log(`${signal}, finishing running jobs`);
      stop.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    // a database that is down or restarting when a worker starts is waited for, as it is later
    const connect = async <T>(what: string, open: () => Promise<T>): Promise<T> => {
      for (let waitMs = 1000; ; waitMs = Math.min(waitMs * 2, 30_000)) {
        try {
          return await open();
        } catch (error) {
          if (stop.signal.aborted) throw error;
          log(`${what}: ${(error as Error).message}; trying again in ${waitMs / 1000} s`);
          await sleep(waitMs, undefined, { signal: stop.signal }).catch(() => undefined);
          if (stop.signal.aborted) throw error;
        }
      }
    };
    let store: Awaited<ReturnType<typeof openPostgresStore>>;
    let queue: Awaited<ReturnType<typeof openQueue>>;
    try {
      store = await connect('store', () => openPostgresStore(url, { maxConnections: concurrency + 2 }));
      queue = await connect('queue', () => openQueue(url, { onError: (error) => log(`queue: ${error.message}`) })).catch(async (error) => {
        await store.close();
        throw error;
      });
    } catch (error) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      throw error;
    }
    log(`started, ${concurrency} at once`);
    try {
      const stats = await runWorker(
        { store, queue, rate: new HostRate(1000), makeBrief: makeStoryBrief, now: () => new Date().toISOString(), log },
        {
          concurrency,
          signal: stop.signal,
          onJob: values.quiet ? undefined : (e) => log(`${e.queue} ${e.id} ${e.ok ? 'done' : 'failed'} in ${e.ms} ms${e.error ? `: ${e.error}` : ''}`),
        },
      );
      log(`stopped: ${stats.done} jobs done, ${stats.failed} failed`);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await closeQueue(queue);
      await store.close();
    }
    return 0;
  },
};
