/** Report → text in one of the formats the CLI and server offer. */
import type { Report } from '../model/report.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';

/** Formats a report can be rendered in. */
export const reportFormats = ['json', 'md', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** Render a report in the given format. */
export function renderReport(report: Report, format: ReportFormat): string {
  if (format === 'md') return renderMarkdown(report);
  if (format === 'html') return renderHtml(report);
  return renderJson(report);
}
