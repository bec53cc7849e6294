/**
 * `parallax ingest --queue`: turn sources into read jobs and return at once. A folder becomes
 * one job per file (its files are listed now, read later by whichever worker takes the job);
 * a URL, one job. Workers read files by absolute path, so file sources need a folder every
 * worker machine sees at the same path; URLs need nothing shared.
 */
import { resolve } from 'node:path';
import { listFiles } from '../ingest/read-articles.js';
import { issueCodes } from '../../src/model/errors.js';
import type { ReportIssue } from '../../src/model/report.js';
import { queueNames, type Queue } from './open-queue.js';

/** What one read job reads, and how. */
export interface ReadJobData {
  /** An absolute file path or an http(s) URL. */
  source: string;
  allowPrivate: boolean;
  timeoutMs: number;
  /** The ingest time to record; absent: when the worker stores the articles. */
  now?: string;
}

/** Options of enqueueSources. */
export interface EnqueueOptions {
  cwd: string;
  allowPrivate: boolean;
  timeoutMs: number;
  now?: string;
}

/** Jobs are inserted this many per statement. */
const insertBatch = 1000;

/** Send one read job per file or URL the sources name; problems (a missing path, `-`) go to `issues`. Returns the job count. */
export async function enqueueSources(queue: Queue, sources: readonly string[], options: EnqueueOptions, issues: ReportIssue[]): Promise<number> {
  const targets: string[] = [];
  for (const source of sources) {
    if (/^https?:\/\//iu.test(source)) targets.push(source);
    else if (source === '-') issues.push({ code: issueCodes.INVALID_OPTION, message: 'stdin (-) cannot be queued: a worker elsewhere cannot read it', value: '-' });
    else targets.push(...(await listFiles(resolve(options.cwd, source), issues)));
  }
  const data = (source: string): ReadJobData => ({
    source, allowPrivate: options.allowPrivate, timeoutMs: options.timeoutMs, ...(options.now ? { now: options.now } : {}),
  });
  for (let start = 0; start < targets.length; start += insertBatch) {
    await queue.boss.insert(targets.slice(start, start + insertBatch).map((source) => ({ name: queueNames.read, data: data(source) })));
  }
  return targets.length;
}
