/** The address a request came from, as the rate limiter keys it. */
import type { Context } from 'hono';

/**
 * The peer's IP address from the Node socket, or "local" for in-process requests
 * (app.request in tests). Proxy headers (X-Forwarded-For) are not trusted: behind a reverse
 * proxy every client shares the proxy's bucket.
 */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
