/**
 * Report → one self-contained HTML page: no scripts, no external assets, every piece of
 * source text escaped. The sections (render-report-sections.ts) are shared with the story
 * pages of `parallax serve`; this file adds the document around them with the style inlined.
 */
import type { Report } from '../model/report.js';
import { escapeHtml } from './escape-html.js';
import { reportStyle } from './report-style.js';
import { renderReportHeader, renderReportSections } from './render-report-sections.js';

export { escapeHtml } from './escape-html.js';
export { spanAnchor } from './render-article-view.js';

/** Content-Security-Policy of the standalone file: nothing but its own inline style may load. */
const policy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

/** Render a report as a self-contained HTML page. */
export function renderHtml(report: Report): string {
  const title = escapeHtml(report.title || 'Parallax brief');
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    `<title>${title}</title><style>${reportStyle}</style></head><body><main>`,
    renderReportHeader(report),
    renderReportSections(report),
    '</main></body></html>\n',
  ].join('');
}
