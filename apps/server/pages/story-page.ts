/**
 * A story's page: its brief (conflicts first, then summary, agreements, single-source facts,
 * quotes, timeline, coverage, entities and the article view), with the story's versions.
 */
import type { StorySummary } from '../../../adapters/store/store.js';
import type { Report } from '../../../src/model/report.js';
import { escapeHtml } from '../../../src/report/escape-html.js';
import { renderReportHeader, renderReportSections } from '../../../src/report/render-report-sections.js';
import { renderPage } from './layout.js';

/** Links to each section, for keyboard and phone readers of a long page. */
const contents = [
  ['h-conflicts', 'Conflicts'],
  ['h-summary', 'Summary'],
  ['h-agree', 'Agreements'],
  ['h-unique', 'One source only'],
  ['h-quotes', 'Quotes'],
  ['h-timeline', 'Timeline'],
  ['h-coverage', 'Coverage'],
  ['h-entities', 'Entities'],
  ['h-articles', 'Articles'],
] as const;

/** The table of contents of a brief page. */
export function renderContents(): string {
  return `<nav class="toc" aria-label="Sections">${contents.map(([id, label]) => `<a href="#${id}">${label}</a>`).join('')}</nav>`;
}

/** Render the page of a stored story's brief. */
export function renderStoryPage(story: StorySummary, report: Report, version: number | null): string {
  const api = `/api/stories/${encodeURIComponent(story.id)}`;
  const stamp = version === null ? 'brief made on request (stored without briefs)' : `version ${version}`;
  const meta = `<p class="meta">Story <code>${escapeHtml(story.id)}</code> · ${stamp} · updated <time datetime="${escapeHtml(story.updatedAt)}">${escapeHtml(story.updatedAt)}</time> · <a href="${escapeHtml(api)}">JSON</a> · <a href="${escapeHtml(`${api}?format=md`)}">Markdown</a></p>`;
  return renderPage(report.title || story.title || story.id, renderReportHeader(report) + meta + renderContents() + renderReportSections(report));
}
