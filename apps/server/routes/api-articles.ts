/**
 * POST /api/articles (ingest: needs the bearer token) and POST /api/analyze (a brief of the
 * posted articles; nothing stored, so no token, but rate-limited like every POST).
 */
import type { Hono } from 'hono';
import { storeArticles } from '../../../adapters/ingest/store-articles.js';
import type { ReportIssue } from '../../../src/model/report.js';
import { analyzeSync } from '../../../src/pipeline.js';
import { renderReport } from '../../../src/report/render-report.js';
import { ApiError } from '../api-error.js';
import type { AppContext } from '../app-context.js';
import { requireToken } from '../check-token.js';
import { AnalyzeQuery, IngestQuery } from '../queries.js';
import { readRequestArticles } from '../read-request-articles.js';
import { standaloneReportPolicy } from '../security-headers.js';
import { parseOr400, queryParams } from '../validate.js';
import { postGuards } from './post-guards.js';


/** Throw 413 when a request carries more articles than allowed. */
export function checkArticleCount(count: number, max: number): void {
  if (count > max) throw new ApiError(413, 'TOO_MANY_ARTICLES', `${count} articles in one request; at most ${max}`);
}

/** Throw 422 when no posted article could be used, listing why. */
export function checkUsable(usable: number, issues: ReportIssue[]): void {
  if (usable > 0) return;
  const codes = [...new Set(issues.map((i) => i.code))].join(', ') || 'no articles';
  throw new ApiError(422, 'NO_USABLE_ARTICLES', `no usable article in the request (${codes})`, {}, { issues });
}

/** Register the two POST routes of the API. */
export function registerArticleApi(app: Hono, ctx: AppContext): void {
  const { limits, store } = ctx.options;

  app.post('/api/articles', postGuards(ctx), requireToken(ctx.options.token), async (c) => {
    const meta = parseOr400(IngestQuery, queryParams(c.req.url), 'INVALID_QUERY');
    const { articles, issues } = await readRequestArticles(c.req.raw, meta);
    checkArticleCount(articles.length, limits.ingestArticles);
    const result = await ctx.serial(() => storeArticles(store, articles, issues, { now: ctx.options.now().toISOString() }));
    checkUsable(result.usable, issues);
    const placed = await Promise.all(result.added.map(async (id) => ({ id, story: (await store.getArticle(id))?.story ?? null })));
    const { usable: _usable, ...counts } = result;
    return c.json({ ...counts, articles: placed, issues }, result.added.length > 0 ? 201 : 200);
  });

  app.post('/api/analyze', postGuards(ctx), async (c) => {
    const { summaryWords, format, ...meta } = parseOr400(AnalyzeQuery, queryParams(c.req.url), 'INVALID_QUERY');
    const { articles, issues } = await readRequestArticles(c.req.raw, meta);
    checkArticleCount(articles.length, limits.analyzeArticles);
    const report = analyzeSync(articles, { inputIssues: issues, ...(summaryWords ? { summaryWords } : {}) });
    checkUsable(report.articles.filter((a) => a.words > 0).length, report.issues);
    if (format === 'md') return c.body(renderReport(report, 'md'), 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    if (format === 'html') return c.body(renderReport(report, 'html'), 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': standaloneReportPolicy });
    return c.body(renderReport(report, 'json'), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
}
