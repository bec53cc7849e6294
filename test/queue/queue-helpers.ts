/** Shared by the queue tests: articles written as files, waiting for a queue to drain, running a worker in-process or as a process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { countJobs, type QueueCounts } from '../../adapters/queue/count-jobs.js';
import type { Queue, QueueSettings } from '../../adapters/queue/open-queue.js';
import { quakes, robberies } from '../stories/fixtures.js';

/** Quick timings for tests: a lost job comes back after 4 s, a failed one is retried after 1 s. */
export const testSettings: Partial<QueueSettings> = {
  retryLimit: 2, retryDelaySeconds: 1, timeoutSeconds: { read: 4, assign: 30, brief: 30 }, sweepSeconds: 1, assignDelaySeconds: 0,
};

/** `count` invented articles (fixture sentences recombined), one .json file each; `padding` adds that many characters of text. Returns their ids. */
export function writeArticleFiles(dir: string, prefix: string, count: number, padding = 0): string[] {
  const sentences = [...quakes, ...robberies].flatMap((a) => a.text.split(/(?<=\.) /u));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const picked = [0, 1, 2, 3].map((k) => sentences[(i * 7 + k * 13 + i * k) % sentences.length]);
    const filler = padding > 0 ? ' ' + `Background paragraph ${i} on the regional economy and its ports. `.repeat(Math.ceil(padding / 64)).slice(0, padding) : '';
    const id = `${prefix}-${i}`;
    writeFileSync(join(dir, `${id}.json`), JSON.stringify({
      id, title: `Report ${prefix} ${i}`, source: `Outlet ${i % 9}`,
      published: `2024-06-${String(1 + (i % 20)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`,
      text: `${picked.join(' ')} Reference number ${prefix}${i}.${filler}`,
    }));
    ids.push(id);
  }
  return ids;
}

/** Counts of one queue (zeros when it has no job). */
export function countsOf(counts: QueueCounts[], queue: string): QueueCounts {
  return counts.find((c) => c.queue === queue) ?? { queue, waiting: 0, active: 0, failed: 0, done: 0 };
}

/** Wait until no job waits or runs in any queue; throws after `timeoutMs`. */
export async function waitForIdle(queue: Queue, timeoutMs: number): Promise<QueueCounts[]> {
  const until = Date.now() + timeoutMs;
  let idleSince = 0;
  for (;;) {
    const { counts } = await countJobs(queue).catch(() => ({ counts: null }));
    const busy = counts === null || counts.some((c) => c.waiting + c.active > 0);
    if (!busy) {
      // idle twice in a row, 300 ms apart: an assign run may queue briefs right after it ends
      if (idleSince && Date.now() - idleSince >= 300) return counts!;
      idleSince ||= Date.now();
    } else idleSince = 0;
    if (Date.now() > until) throw new Error(`queue not idle after ${timeoutMs} ms: ${JSON.stringify(counts)}`);
    await sleep(100);
  }
}

const runner = fileURLToPath(new URL('../store/fixtures/run-cli.ts', import.meta.url));

/** A `parallax worker` process (from source), its stderr collected. */
export function spawnWorker(url: string, concurrency = 2): { child: ChildProcess; stderr: () => string; exited: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', runner, 'worker', '--db', url, '--concurrency', String(concurrency)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, stderr: () => stderr, exited };
}
