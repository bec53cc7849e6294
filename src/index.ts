/**
 * The Parallax library: named exports only. The list is pinned by test/api.test.ts.
 */
export { analyze, analyzeSync } from './pipeline.js';
export { renderReport, reportFormats, type ReportFormat } from './report/render-report.js';
export { renderJson } from './report/render-json.js';
export { renderMarkdown } from './report/render-markdown.js';
export { renderHtml } from './report/render-html.js';
export { defaultOptions, type AnalyzeOptions } from './model/options.js';
export { Report as ReportSchema, schemaVersion } from './model/report.js';
export type { Report, Agreement, Conflict, Unique, Quote, TimelineEntry, SummaryLine, Evidence, ReportIssue } from './model/report.js';
export type { ArticleInput } from './model/article.js';
export { ParallaxError, issueCodes, type IssueCode } from './model/errors.js';
export { readArticles } from '../adapters/ingest/read-articles.js';
export { extractArticle } from '../adapters/html/extract-article.js';
export { version } from './version.js';
