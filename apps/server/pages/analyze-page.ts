/**
 * The paste-or-upload page: up to four pasted articles and any number of files, analysed on the
 * server and shown as a brief. Nothing is stored. A plain form POST, so it works without script.
 */
import type { Report } from '../../../src/model/report.js';
import { escapeHtml } from '../../../src/report/escape-html.js';
import { renderReportHeader, renderReportSections } from '../../../src/report/render-report-sections.js';
import { renderPage } from './layout.js';
import { renderContents } from './story-page.js';

/** Pasted articles the form offers. */
export const pasteSlots = 4;

function renderSlot(n: number): string {
  return `<fieldset><legend>Article ${n}</legend>
<label for="source${n}">Outlet</label><input type="text" id="source${n}" name="source${n}" autocomplete="off">
<label for="text${n}">Text (a headline on the first line is taken as the title)</label><textarea id="text${n}" name="text${n}"></textarea></fieldset>`;
}

/** The form, with an error message above it when a submission failed. */
export function renderAnalyzeForm(error?: string, maxArticles?: number): string {
  const slots = Array.from({ length: pasteSlots }, (_, i) => renderSlot(i + 1)).join('');
  return renderPage(
    'Analyse articles',
    `<h1>Analyse articles</h1>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<p class="note">Paste the articles of one story, or upload files (.txt, .md, .html, .json, .jsonl, feeds). They are analysed and shown as a brief; nothing is stored.${maxArticles ? ` At most ${maxArticles} articles.` : ''}</p>
<form method="post" action="/analyze" enctype="multipart/form-data">
${slots}
<fieldset><legend>Files</legend><label for="files">Article files</label><input type="file" id="files" name="files" multiple accept=".txt,.md,.markdown,.html,.htm,.json,.jsonl,.ndjson,.xml,.rss,.atom"></fieldset>
<button type="submit">Analyse</button>
</form>`,
  );
}

/** The brief of the submitted articles. */
export function renderAnalyzeResult(report: Report): string {
  return renderPage(
    report.title || 'Brief',
    `<p class="note">This brief was made from the articles you sent and was not stored. <a href="/analyze">Analyse other articles</a></p>${renderReportHeader(report)}${renderContents()}${renderReportSections(report)}`,
  );
}
