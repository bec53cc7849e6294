/**
 * The Parallax HTTP app (Hono): the JSON API under /api/, the web UI elsewhere. Built by
 * createApp so tests drive it in-process with app.request(); serve.ts binds it to a port.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, errorBody } from './api-error.js';
import { makeSerial, type AppContext } from './app-context.js';
import { resolveServerOptions, type ServerOptions } from './options.js';
import { renderErrorPage } from './pages/layout.js';
import { RateLimiter } from './rate-limit.js';
import { registerArticleApi } from './routes/api-articles.js';
import { registerOpenApi } from './routes/api-openapi.js';
import { registerSearchApi } from './routes/api-search.js';
import { registerStoryApi } from './routes/api-stories.js';
import { registerWebRoutes } from './routes/web.js';
import { securityHeaders } from './security-headers.js';
import { StoryBriefs } from './story-briefs.js';

/** Any thrown value as an ApiError; unexpected ones are logged and become a bare 500. */
function toApiError(error: unknown, log: (line: string) => void): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException && error.status < 500) return new ApiError(400, 'BAD_REQUEST', error.message || 'bad request');
  log(`parallax serve: ${(error as Error)?.stack ?? String(error)}`);
  return new ApiError(500, 'INTERNAL', 'the server failed on this request; see its log');
}

/** Methods each registered path answers, from the app's route table (HEAD comes with GET). */
export function methodsByPath(app: Hono): Map<string, string[]> {
  const byPath = new Map<string, Set<string>>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const set = byPath.get(r.path) ?? new Set<string>();
    set.add(r.method);
    if (r.method === 'GET') set.add('HEAD');
    byPath.set(r.path, set);
  }
  return new Map([...byPath].map(([path, set]) => [path, [...set].sort()]));
}

/** 405 with an Allow header for a registered path asked with another method. */
function answerOtherMethods(app: Hono): void {
  for (const [path, methods] of methodsByPath(app)) {
    app.all(path, (c) => {
      throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}; use ${methods.join(' or ')}`, { Allow: methods.join(', ') });
    });
  }
}

/** Build the app over a store. */
export function createApp(serverOptions: ServerOptions): Hono {
  const options = resolveServerOptions(serverOptions);
  const ctx: AppContext = {
    options,
    briefs: new StoryBriefs(options.store, options.limits.cacheBytes),
    limiter: new RateLimiter(options.limits.postBurst, options.limits.postsPerMinute, () => options.now().getTime()),
    serial: makeSerial(),
  };
  const app = new Hono();
  app.use('*', securityHeaders());
  registerStoryApi(app, ctx);
  registerSearchApi(app, ctx);
  registerArticleApi(app, ctx);
  registerOpenApi(app);
  registerWebRoutes(app, ctx);
  answerOtherMethods(app);

  app.notFound((c) => {
    const error = new ApiError(404, 'NOT_FOUND', `nothing at ${c.req.path}`);
    return c.req.path.startsWith('/api/') ? c.json(errorBody(error), 404) : c.html(renderErrorPage(404, error.message), 404);
  });
  app.onError((thrown, c) => {
    const error = toApiError(thrown, options.log);
    if (c.req.path.startsWith('/api/')) return c.json(errorBody(error), error.status, error.headers);
    return c.html(renderErrorPage(error.status, error.message), error.status, error.headers);
  });
  return app;
}
