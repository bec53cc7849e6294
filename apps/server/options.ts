/** Options of the Parallax server, with every default written once here. */
import type { Store } from '../../adapters/store/store.js';

/** Limits that keep one client from exhausting the server. */
export interface ServerLimits {
  /** Largest request body, in bytes (413 above). Default 10 MiB. */
  bodyBytes: number;
  /** Most articles in one POST /api/articles request. Default 5,000. */
  ingestArticles: number;
  /** Most articles in one ad-hoc analysis (POST /api/analyze, the paste page). Default 100. */
  analyzeArticles: number;
  /** POST requests a client (by IP address) may make in a burst. Default 20. */
  postBurst: number;
  /** POST requests a client regains per minute after its burst. Default 30. */
  postsPerMinute: number;
  /** Largest page of GET /api/stories. Default 200. */
  pageSize: number;
  /** Bytes of rendered briefs kept in memory (JSON and HTML). Default 64 MiB. */
  cacheBytes: number;
}

/** What createApp needs. */
export interface ServerOptions {
  store: Store;
  /** The bearer token write endpoints require. Required: the CLI makes one up when none is given. */
  token: string;
  /** Overrides of defaultLimits. */
  limits?: Partial<ServerLimits>;
  /** The clock (ingest times, "since 36h", rate limits). Default: the system clock. */
  now?: () => Date;
  /** Where unexpected errors are reported. Default: console.error. */
  log?: (line: string) => void;
}

/** Every limit's default, in one place. */
export const defaultLimits: Readonly<ServerLimits> = Object.freeze({
  bodyBytes: 10 * 1024 * 1024,
  ingestArticles: 5000,
  analyzeArticles: 100,
  postBurst: 20,
  postsPerMinute: 30,
  pageSize: 200,
  cacheBytes: 64 * 1024 * 1024,
});

/** Options with every default filled in. */
export interface ResolvedServerOptions {
  store: Store;
  token: string;
  limits: ServerLimits;
  now: () => Date;
  log: (line: string) => void;
}

/** Fill in defaults; throws on an empty token (a server whose writes anyone could make). */
export function resolveServerOptions(options: ServerOptions): ResolvedServerOptions {
  if (!options.token || options.token.length < 16) throw new Error('parallax serve: the write token must be at least 16 characters');
  return {
    store: options.store,
    token: options.token,
    limits: { ...defaultLimits, ...options.limits },
    now: options.now ?? (() => new Date()),
    log: options.log ?? ((line) => console.error(line)),
  };
}
