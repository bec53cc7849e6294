/** `parallax jobs`: how many jobs of each queue wait, run, failed or are done, and the last errors. */
import type { Queue } from './open-queue.js';

/** Job counts of one queue. Waiting includes jobs waiting for a retry. */
export interface QueueCounts {
  queue: string;
  waiting: number;
  active: number;
  failed: number;
  done: number;
}

/** One failed (or failed and waiting for a retry) job and its error. */
export interface JobError {
  queue: string;
  id: string;
  /** failed: no retry left; retry: will run again. */
  state: 'failed' | 'retry';
  /** What it was working on: a read job's source, a brief's story. */
  subject: string;
  message: string;
  /** When it failed, ISO 8601. */
  at: string;
}

/** pg-boss's state → the column it is counted in. */
const columnOf: Record<string, keyof Omit<QueueCounts, 'queue'>> = {
  created: 'waiting', retry: 'waiting', active: 'active', failed: 'failed', completed: 'done', cancelled: 'done',
};

/**
 * Counts per Parallax queue (finished jobs pg-boss has archived included) and the `errors`
 * most recent failures. Reads pg-boss's tables directly: its API counts one state at a time.
 */
export async function countJobs(queue: Queue, errors = 10): Promise<{ counts: QueueCounts[]; errors: JobError[] }> {
  const db = queue.boss.getDb();
  const both = (columns: string, where: string) =>
    `SELECT ${columns} FROM pgboss.job WHERE name LIKE 'parallax-%' ${where} UNION ALL SELECT ${columns} FROM pgboss.archive WHERE name LIKE 'parallax-%' ${where}`;
  const { rows } = await db.executeSql(`SELECT name, state, count(*)::int AS n FROM (${both('name, state', '')}) j GROUP BY name, state ORDER BY name`, []);
  const byQueue = new Map<string, QueueCounts>();
  for (const row of rows as { name: string; state: string; n: number }[]) {
    const counts = byQueue.get(row.name) ?? { queue: row.name, waiting: 0, active: 0, failed: 0, done: 0 };
    counts[columnOf[row.state] ?? 'waiting'] += row.n;
    byQueue.set(row.name, counts);
  }
  const failed = await db.executeSql(
    `SELECT name, id, state, data, output, at FROM (${both("name, id::text, state::text, data, output, coalesce(completed_on, started_on, created_on) AS at", "AND state IN ('failed', 'retry') AND output IS NOT NULL")}) j
     ORDER BY at DESC LIMIT $1`,
    [errors],
  );
  return {
    counts: [...byQueue.values()],
    errors: (failed.rows as { name: string; id: string; state: 'failed' | 'retry'; data: Record<string, unknown> | null; output: { message?: string; value?: { message?: string } } | null; at: Date }[])
      .map((r) => ({
        queue: r.name, id: r.id, state: r.state,
        subject: String(r.data?.source ?? r.data?.story ?? ''),
        message: r.output?.message ?? r.output?.value?.message ?? JSON.stringify(r.output),
        at: new Date(r.at).toISOString(),
      })),
  };
}
