/**
 * Per-client token buckets for POST requests: each client (by IP address) may make `burst`
 * requests at once and regains `perMinute` a minute. Buckets that have refilled are forgotten,
 * so memory stays bounded by the clients active in the last few minutes.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import { clientAddress } from './client-address.js';

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets keyed by client. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly burst: number,
    perMinute: number,
    private readonly nowMs: () => number,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Take one token for `key`: 0 when granted, else the seconds until one is free. */
  take(key: string): number {
    const now = this.nowMs();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Drop buckets that are full again: they hold nothing a new bucket would not. */
  private forgetFull(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.burst) this.buckets.delete(key);
    }
  }

  /** Number of clients tracked (for tests). */
  get size(): number {
    return this.buckets.size;
  }
}

/** Middleware answering 429 with Retry-After when the client's bucket is empty. */
export function rateLimit(limiter: RateLimiter): MiddlewareHandler {
  return async (c, next) => {
    const wait = limiter.take(clientAddress(c));
    if (wait > 0) {
      throw new ApiError(429, 'RATE_LIMITED', `too many requests from this address; retry in ${wait} s`, { 'Retry-After': String(wait) });
    }
    await next();
  };
}
