/**
 * The job queue: pg-boss on the same PostgreSQL database as the store (its own schema,
 * `pgboss`). Three queues: read (a file, a feed or a page → stored articles), assign (stored
 * articles → stories; one at a time) and brief (one story → a new version). Every timing lives
 * in `defaultQueueSettings`.
 */
import PgBoss from 'pg-boss';
import { ParallaxError } from '../../src/model/errors.js';

/** The queue names. */
export const queueNames = {
  read: 'parallax-read',
  assign: 'parallax-assign',
  brief: 'parallax-brief',
} as const;

/** One of the queue names. */
export type QueueName = (typeof queueNames)[keyof typeof queueNames];

/** Retries and time limits of the queues, set when a queue is first created. */
export interface QueueSettings {
  /** Retries after the first failure before a job ends as failed. Default 3. */
  retryLimit: number;
  /** Seconds before the first retry; doubled on each later one (with jitter, by pg-boss). Default 10. */
  retryDelaySeconds: number;
  /**
   * Seconds a job may stay active before it counts as lost (its worker died) and is retried,
   * per queue. Defaults: read 300, assign 1800 (re-clustering a large store), brief 600.
   */
  timeoutSeconds: Record<keyof typeof queueNames, number>;
  /** How often (seconds) one of the workers sweeps for lost jobs and archives old ones. Default 15. */
  sweepSeconds: number;
  /** Seconds an assign job waits after it is sent, so that one run takes the articles of many reads. Default 2. */
  assignDelaySeconds: number;
}

/** Every default of the queue, in one place. */
export const defaultQueueSettings: QueueSettings = {
  retryLimit: 3,
  retryDelaySeconds: 10,
  timeoutSeconds: { read: 300, assign: 1800, brief: 600 },
  sweepSeconds: 15,
  assignDelaySeconds: 2,
};

/** Options of openQueue. */
export interface OpenQueueOptions {
  settings?: Partial<QueueSettings>;
  /** Whether this process takes part in sweeping lost jobs (workers do; `ingest --queue` and `jobs` need not). Default true. */
  supervise?: boolean;
  /** Where pg-boss's own errors go (a lost connection, a failed sweep). Default: dropped. */
  onError?: (error: Error) => void;
  /** Most connections pg-boss opens. Default 4. */
  maxConnections?: number;
}

/** A started pg-boss and the settings its queues were created with. */
export interface Queue {
  boss: PgBoss;
  settings: QueueSettings;
}

/**
 * Connect to the queue, installing or upgrading pg-boss's schema and creating the queues when
 * missing (a queue created earlier keeps its settings). Throws STORE_UNREACHABLE when the
 * database cannot be reached.
 */
export async function openQueue(url: string, options: OpenQueueOptions = {}): Promise<Queue> {
  const settings = { ...defaultQueueSettings, ...options.settings };
  const boss = new PgBoss({
    connectionString: url,
    max: options.maxConnections ?? 4,
    supervise: options.supervise ?? true,
    schedule: false,
    maintenanceIntervalSeconds: settings.sweepSeconds,
  });
  // without a listener an 'error' event would end the process; a worker outlives a server restart
  boss.on('error', (error) => options.onError?.(error));
  try {
    await boss.start();
  } catch (error) {
    await boss.stop({ graceful: false, close: true }).catch(() => undefined);
    throw new ParallaxError('STORE_UNREACHABLE', `cannot start the job queue: ${(error as Error).message}`);
  }
  const common = { retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds, retryBackoff: true };
  for (const [key, name] of Object.entries(queueNames) as [keyof typeof queueNames, QueueName][]) {
    if (await boss.getQueue(name)) continue;
    // stately: at most one job of a key waiting and one running. For assign (no key) that is
    // "one assigner at a time, and one more run queued"; for brief, the same per story.
    const policy = key === 'read' ? 'standard' : 'stately';
    await boss.createQueue(name, { name, policy, ...common, expireInSeconds: settings.timeoutSeconds[key] }).catch(async (error) => {
      // another process created it in between
      if (!(await boss.getQueue(name))) throw error;
    });
  }
  return { boss, settings };
}

/** Stop a queue's pg-boss: no new jobs fetched, connections closed. */
export async function closeQueue(queue: Queue): Promise<void> {
  await queue.boss.stop({ graceful: false, close: true, wait: true });
}
