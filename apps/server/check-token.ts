/** The bearer token of write endpoints, compared in constant time. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';

/**
 * Whether an Authorization header carries the token. Both sides are hashed first so that the
 * comparison takes the same time whatever the length or the first differing byte.
 */
export function isTokenValid(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/iu.exec(authorization ?? '');
  const given = createHash('sha256').update(match ? match[1] : '\u0000no token').digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected) && match !== null;
}

/** A new random token: 32 bytes, base64url. */
export function makeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Middleware refusing (401) a request without `Authorization: Bearer <token>`. */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (!isTokenValid(c.req.header('authorization'), token)) {
      const missing = !c.req.header('authorization');
      throw new ApiError(401, 'UNAUTHORIZED', missing ? 'this endpoint needs "Authorization: Bearer <token>" (the token of `parallax serve`)' : 'the bearer token is wrong', {
        'WWW-Authenticate': 'Bearer realm="parallax"',
      });
    }
    await next();
  };
}
