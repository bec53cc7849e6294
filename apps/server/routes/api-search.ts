/** GET /api/search?q=: full-text search over stored articles and stories. */
import type { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { SearchQuery } from '../queries.js';
import { parseOr400, queryParams } from '../validate.js';


/** Register the search route. */
export function registerSearchApi(app: Hono, ctx: AppContext): void {
  app.get('/api/search', async (c) => {
    const { q, limit } = parseOr400(SearchQuery, queryParams(c.req.url), 'INVALID_QUERY');
    return c.json({ query: q, hits: await ctx.options.store.search(q, { limit }) });
  });
}
