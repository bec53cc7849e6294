/** The web UI: the story list at `/`, story pages, the paste-or-upload page and the stylesheet. */
import type { Hono } from 'hono';
import { analyzeSync } from '../../../src/pipeline.js';
import { ApiError } from '../api-error.js';
import type { AppContext } from '../app-context.js';
import { listStoryPage, storyListQuery } from '../list-stories.js';
import { renderAnalyzeForm, renderAnalyzeResult } from '../pages/analyze-page.js';
import { renderStoryListPage } from '../pages/story-list-page.js';
import { renderStoryPage } from '../pages/story-page.js';
import { siteCss, siteCssPath } from '../pages/site-style.js';
import { readFormArticles } from '../read-form-articles.js';
import { StoryBriefs } from '../story-briefs.js';
import { parseOr400, queryParams } from '../validate.js';
import { checkArticleCount } from './api-articles.js';
import { postGuards } from './post-guards.js';

const htmlType = { 'Content-Type': 'text/html; charset=utf-8' };

/** Register the pages. */
export function registerWebRoutes(app: Hono, ctx: AppContext): void {
  const listQuery = storyListQuery(ctx.options.limits.pageSize);

  app.get('/', async (c) => {
    const query = parseOr400(listQuery, queryParams(c.req.url), 'INVALID_QUERY');
    const page = await listStoryPage(ctx.options.store, query);
    return c.html(renderStoryListPage({ filters: { q: query.q, outlet: query.outlet, date: query.date }, ...page, isFirstPage: query.cursor === undefined }));
  });

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const brief = await ctx.briefs.get(id);
    const story = brief && (await ctx.briefs.summary(id));
    if (!brief || !story) throw new ApiError(404, 'STORY_NOT_FOUND', `no story "${id}"`);
    let page = brief.page;
    if (page === undefined) {
      page = new TextEncoder().encode(renderStoryPage(story, StoryBriefs.reportOf(brief), brief.version));
      ctx.briefs.cache.setPage(brief.key, page);
    }
    return c.body(page, 200, htmlType);
  });

  app.get('/analyze', (c) => c.html(renderAnalyzeForm(undefined, ctx.options.limits.analyzeArticles)));

  app.post('/analyze', postGuards(ctx), async (c) => {
    const { articles, issues } = await readFormArticles(c.req.raw);
    if (articles.length === 0) {
      const why = issues.length ? `: ${issues.map((i) => i.message).join('; ')}` : '';
      return c.html(renderAnalyzeForm(`Nothing to analyse: paste an article or choose files${why}`, ctx.options.limits.analyzeArticles), 400);
    }
    checkArticleCount(articles.length, ctx.options.limits.analyzeArticles);
    const report = analyzeSync(articles, { inputIssues: issues });
    if (!report.articles.some((a) => a.words > 0)) {
      return c.html(renderAnalyzeForm(`No usable article: ${report.issues.map((i) => i.message).join('; ')}`, ctx.options.limits.analyzeArticles), 422);
    }
    return c.html(renderAnalyzeResult(report));
  });

  app.get('/assets/:stylesheet', (c) => {
    // the name carries the content hash: an old name is gone, the current one never changes
    if (`/assets/${c.req.param('stylesheet')}` !== siteCssPath) throw new ApiError(404, 'NOT_FOUND', `no asset ${c.req.path}`);
    return c.body(siteCss, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' });
  });
}
