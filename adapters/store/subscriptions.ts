/** Feed subscriptions as both stores keep them: row → Subscription, and the next due time. */
import type { Subscription } from './store.js';

/** A subscriptions row as either database returns it. */
export interface SubscriptionRow { url: string; every_seconds: number; allow_private: number | boolean; added_at: string; next_poll_at: string }

/** A subscriptions row (SQLite or PostgreSQL) as a Subscription. */
export function toSubscription(row: SubscriptionRow): Subscription {
  return { url: row.url, everySeconds: row.every_seconds, allowPrivate: Boolean(row.allow_private), addedAt: row.added_at, nextPollAt: row.next_poll_at };
}

/** When a feed polled at `now` is next due. */
export function nextPoll(now: string, everySeconds: number): string {
  return new Date(Date.parse(now) + everySeconds * 1000).toISOString();
}
