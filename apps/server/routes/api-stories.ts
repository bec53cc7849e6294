/** GET /api/stories, /api/stories/:id and /api/stories/:id/changes. */
import type { Hono } from 'hono';
import { parseSince } from '../../../adapters/store/parse-since.js';
import { renderReport } from '../../../src/report/render-report.js';
import { ApiError } from '../api-error.js';
import type { AppContext } from '../app-context.js';
import { listStoryPage } from '../list-stories.js';
import { BriefQuery, ChangesQuery, StoryListQuery } from '../queries.js';
import { StoryBriefs } from '../story-briefs.js';
import { standaloneReportPolicy } from '../security-headers.js';
import { parseOr400, queryParams } from '../validate.js';


function notFound(id: string): ApiError {
  return new ApiError(404, 'STORY_NOT_FOUND', `no story "${id}"; GET /api/stories lists them`);
}

/** Register the story routes of the API. */
export function registerStoryApi(app: Hono, ctx: AppContext): void {
  const listQuery = StoryListQuery(ctx.options.limits.pageSize);

  app.get('/api/stories', async (c) => {
    const query = parseOr400(listQuery, queryParams(c.req.url), 'INVALID_QUERY');
    return c.json(await listStoryPage(ctx.options.store, query));
  });

  app.get('/api/stories/:id', async (c) => {
    const id = c.req.param('id');
    // the hot path of API clients has no query string: skip parsing one
    const { format } = c.req.url.includes('?') ? parseOr400(BriefQuery, queryParams(c.req.url), 'INVALID_QUERY') : { format: 'json' as const };
    const brief = await ctx.briefs.get(id);
    if (!brief) throw notFound(id);
    if (format === 'md') return c.body(renderReport(StoryBriefs.reportOf(brief), 'md'), 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    if (format === 'html') {
      return c.body(renderReport(StoryBriefs.reportOf(brief), 'html'), 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': standaloneReportPolicy });
    }
    const headers = { ETag: brief.etag, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json; charset=utf-8' };
    if (c.req.header('if-none-match') === brief.etag) return c.body(null, 304, headers);
    return c.body(brief.json, 200, headers);
  });

  app.get('/api/stories/:id/changes', async (c) => {
    const id = c.req.param('id');
    const query = parseOr400(ChangesQuery, queryParams(c.req.url), 'INVALID_QUERY');
    let since: string;
    try {
      since = parseSince(query.since, ctx.options.now());
    } catch (error) {
      throw new ApiError(400, 'INVALID_QUERY', (error as Error).message.replace(/^PARALLAX_\w+: --since/u, 'since'));
    }
    if (!(await ctx.options.store.getStory(id))) throw notFound(id);
    return c.json({ since, ...(await ctx.options.store.findClaimChanges(id, since)) });
  });
}
