/** What every route of the app shares: the resolved options, the brief cache, the POST limiter, the write queue. */
import type { ResolvedServerOptions } from './options.js';
import type { RateLimiter } from './rate-limit.js';
import type { StoryBriefs } from './story-briefs.js';

/** Shared by the routes of one app. */
export interface AppContext {
  options: ResolvedServerOptions;
  briefs: StoryBriefs;
  limiter: RateLimiter;
  /** Run a store write after the writes before it: ingests never interleave. */
  serial: <T>(work: () => Promise<T>) => Promise<T>;
}

/** A queue running one piece of work at a time, in arrival order. */
export function makeSerial(): AppContext['serial'] {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work, work);
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}
