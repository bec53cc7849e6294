-- 002 (PostgreSQL): feed subscriptions, polled on a schedule by the workers, which claim due
-- rows with FOR UPDATE SKIP LOCKED so that each poll is queued once.

CREATE TABLE subscriptions (
  url text COLLATE "C" PRIMARY KEY,
  every_seconds integer NOT NULL CHECK (every_seconds > 0),
  allow_private boolean NOT NULL DEFAULT false,
  added_at text COLLATE "C" NOT NULL,
  next_poll_at text COLLATE "C" NOT NULL
);
CREATE INDEX subscriptions_due ON subscriptions (next_poll_at);
