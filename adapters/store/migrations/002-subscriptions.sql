-- 002: feed subscriptions, polled on a schedule (by workers, or by `parallax ingest --watch`).
-- next_poll_at is an ISO time compared as text, like every other time in the store.

CREATE TABLE subscriptions (
  url TEXT PRIMARY KEY,
  every_seconds INTEGER NOT NULL CHECK (every_seconds > 0),
  allow_private INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL,
  next_poll_at TEXT NOT NULL
);
CREATE INDEX subscriptions_due ON subscriptions(next_poll_at);
