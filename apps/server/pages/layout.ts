/** The document every page shares: stylesheet, skip link, site navigation, footer. */
import { escapeHtml } from '../../../src/report/escape-html.js';
import { version } from '../../../src/version.js';
import { siteCssPath } from './site-style.js';

/** Render a full page; `body` is trusted HTML (already escaped), `title` is text. */
export function renderPage(title: string, body: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(title)} · Parallax</title>`,
    `<link rel="stylesheet" href="${siteCssPath}">`,
    '</head><body>',
    '<a class="skip" href="#main">Skip to content</a>',
    '<header><nav class="site" aria-label="Site"><a class="brand" href="/">Parallax</a><a href="/">Stories</a><a href="/analyze">Analyse articles</a><a href="/api/openapi.json">API</a></nav></header>',
    `<main id="main" tabindex="-1">${body}</main>`,
    `<footer>Parallax ${escapeHtml(version)}: what news sources agree on, where they conflict, and who said what.</footer>`,
    '</body></html>\n',
  ].join('');
}

/** A page for an error: its status line and message. */
export function renderErrorPage(status: number, message: string): string {
  const title = status === 404 ? 'Not found' : status === 429 ? 'Too many requests' : status >= 500 ? 'Server error' : 'Cannot do that';
  return renderPage(title, `<h1>${escapeHtml(title)}</h1><p class="error" role="alert">${escapeHtml(message)}</p><p><a href="/">Back to the stories</a></p>`);
}
