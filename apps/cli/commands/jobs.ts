/** `parallax jobs --db postgres://…`: waiting / active / failed / done jobs per queue, and the last errors. */
import { parseArgs } from 'node:util';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import { writeLine, type CliIo, type Command } from '../command.js';
import { requireQueueDb } from './worker.js';

export const jobsCommand: Command = {
  name: 'jobs',
  usage: `Usage: parallax jobs --db postgres://user:pass@host:port/db [options]

Options:
  --db URL             the PostgreSQL store and queue (default: PARALLAX_DB)
  --errors N           show the N most recent errors (default 10)
  --format text|json   output format (default text)`,
  async run(args: string[], io: CliIo) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, errors: { type: 'string' }, format: { type: 'string', short: 'f' } } });
    const url = await requireQueueDb(values.db, 'jobs');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new ParallaxError(issueCodes.INVALID_OPTION, `--format must be text or json, got "${format}"`);
    const errors = values.errors === undefined ? 10 : Number(values.errors);
    if (!Number.isInteger(errors) || errors < 0) throw new ParallaxError(issueCodes.INVALID_OPTION, `--errors takes a whole number, got "${values.errors}"`);
    const { openQueue, closeQueue } = await import('../../../adapters/queue/open-queue.js');
    const { countJobs } = await import('../../../adapters/queue/count-jobs.js');
    const queue = await openQueue(url, { supervise: false });
    try {
      const result = await countJobs(queue, errors);
      if (format === 'json') {
        io.stdout.write(JSON.stringify(result, null, 2) + '\n');
        return 0;
      }
      writeLine(io.stdout, `${'queue'.padEnd(16)} ${'waiting'.padStart(8)} ${'active'.padStart(8)} ${'failed'.padStart(8)} ${'done'.padStart(8)}`);
      for (const c of result.counts) {
        writeLine(io.stdout, `${c.queue.padEnd(16)} ${String(c.waiting).padStart(8)} ${String(c.active).padStart(8)} ${String(c.failed).padStart(8)} ${String(c.done).padStart(8)}`);
      }
      if (result.counts.length === 0) writeLine(io.stdout, '(no jobs yet)');
      if (result.errors.length) writeLine(io.stdout, '\nLast errors:');
      for (const e of result.errors) writeLine(io.stdout, `  ${e.at}  ${e.queue} ${e.state === 'retry' ? '(will retry)' : '(failed)'} ${e.subject}\n    ${e.message}`);
      return 0;
    } finally {
      await closeQueue(queue);
    }
  },
};
