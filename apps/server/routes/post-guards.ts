/** The guards in front of every POST: rate limit first (it also slows token guessing), then the body size. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { every } from 'hono/combine';
import { ApiError } from '../api-error.js';
import type { AppContext } from '../app-context.js';
import { rateLimit } from '../rate-limit.js';

/** Rate limit and body-size limit for a POST route, as one middleware. */
export function postGuards(ctx: AppContext): MiddlewareHandler {
  const maxSize = ctx.options.limits.bodyBytes;
  return every(
    rateLimit(ctx.limiter),
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'BODY_TOO_LARGE', `the body is over the ${maxSize}-byte limit`);
      },
    }),
  );
}
