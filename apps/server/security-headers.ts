/**
 * Headers on every response: a Content-Security-Policy that lets a page load nothing but the
 * served stylesheet (no script, no frame, no form target elsewhere), no MIME sniffing, no
 * referrer, no framing. Source text is escaped as well; this is the second wall.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { reportStyle } from '../../src/report/report-style.js';

/** The Content-Security-Policy of every response. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'self'",
  'img-src data:',
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The policy of a standalone report (`?format=html`): its one inline <style> allowed by hash,
 * nothing else. Routes that serve one set it; the middleware keeps a policy a route has set.
 */
export const standaloneReportPolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(reportStyle).digest('base64')}'`,
  'img-src data:',
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const headers: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Middleware setting the security headers on every response, errors included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', contentSecurityPolicy);
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
