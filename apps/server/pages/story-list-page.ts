/** The story list at `/`: filters (a GET form, no script needed), one page of stories, a pager. */
import type { StorySummary } from '../../../adapters/store/store.js';
import { escapeHtml } from '../../../src/report/escape-html.js';
import { renderPage } from './layout.js';

/** What the list shows: the filters as typed, the page of stories, and the next page's cursor. */
export interface StoryListView {
  filters: { q?: string; outlet?: string; date?: string };
  stories: StorySummary[];
  next: string | null;
  isFirstPage: boolean;
}

/** The href of a story page. */
export function storyHref(id: string): string {
  return `/stories/${encodeURIComponent(id)}`;
}

function listHref(filters: StoryListView['filters'], cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

function outletsOf(s: StorySummary): string {
  const shown = s.sources.slice(0, 4).map(escapeHtml).join(', ');
  return s.sources.length > 4 ? `${shown} +${s.sources.length - 4}` : shown || '<span class="meta">unknown</span>';
}

function renderFilters(f: StoryListView['filters']): string {
  const field = (name: string, label: string, value: string | undefined, extra = '') =>
    `<div><label for="f-${name}">${label}</label><input type="${name === 'q' ? 'search' : 'text'}" id="f-${name}" name="${name}" value="${escapeHtml(value ?? '')}"${extra}></div>`;
  return `<form class="filters" method="get" action="/" role="search" aria-label="Filter stories">${field('q', 'Words', f.q)}${field('outlet', 'Outlet', f.outlet)}${field('date', 'Date', f.date, ' placeholder="2024-01-31" inputmode="numeric" aria-describedby="date-help"')}<div><button type="submit">Filter</button></div><p id="date-help" class="meta">Date: a day, month or year (YYYY-MM-DD, YYYY-MM, YYYY) an article was published.</p></form>`;
}

function renderRows(stories: StorySummary[]): string {
  return stories
    .map((s) => `<tr><th scope="row"><a href="${escapeHtml(storyHref(s.id))}">${escapeHtml(s.title || s.id)}</a></th><td>${outletsOf(s)}</td><td>${s.articleCount}</td><td>${s.conflicts}</td><td><time datetime="${escapeHtml(s.updatedAt)}">${escapeHtml(s.updatedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/u, ' UTC'))}</time></td></tr>`)
    .join('');
}

/** Render the story list page. */
export function renderStoryListPage(view: StoryListView): string {
  const filtered = Object.values(view.filters).some(Boolean);
  const parts = ['<h1>Stories</h1>', renderFilters(view.filters)];
  if (view.stories.length === 0) {
    parts.push(`<p>${filtered ? 'No story matches these filters.' : 'No stories yet: ingest articles with <code>parallax ingest</code> or <code>POST /api/articles</code>.'}</p>`);
  } else {
    parts.push('<div class="scroll"><table class="stories"><caption class="meta">Most recently updated first</caption><thead><tr><th scope="col">Story</th><th scope="col">Outlets</th><th scope="col">Articles</th><th scope="col">Conflicts</th><th scope="col">Last update</th></tr></thead>');
    parts.push(`<tbody>${renderRows(view.stories)}</tbody></table></div>`);
  }
  const pager: string[] = [];
  if (!view.isFirstPage) pager.push(`<a href="${escapeHtml(listHref(view.filters, null))}">First page</a>`);
  if (view.next) pager.push(`<a href="${escapeHtml(listHref(view.filters, view.next))}" rel="next">Next page</a>`);
  if (pager.length) parts.push(`<nav class="pager" aria-label="Pages">${pager.join('')}</nav>`);
  return renderPage('Stories', parts.join(''));
}
