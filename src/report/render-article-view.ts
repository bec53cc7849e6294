/**
 * The article view of an HTML report: each article's cleaned text with the sentences used in the
 * summary, agreed and disputed highlighted, and an anchor at every span the report links to.
 */
import type { Report } from '../model/report.js';
import { escapeHtml, safeUrl } from './escape-html.js';
import { markArticleText, type TextMark } from './mark-article-text.js';

/** Anchor id of a span in the article view. */
export function spanAnchor(article: string, start: number): string {
  return `s-${article.replace(/[^A-Za-z0-9_-]/g, '_')}-${start}`;
}

/** Every span the report cites, grouped by article. */
export function collectMarks(report: Report): Map<string, TextMark[]> {
  const marks = new Map<string, TextMark[]>();
  const add = (article: string, start: number, end: number, cls: TextMark['cls']) => {
    const list = marks.get(article) ?? [];
    list.push({ start, end, cls });
    marks.set(article, list);
  };
  for (const a of report.agreements) for (const e of a.evidence) add(e.article, e.start, e.end, 'agreed');
  for (const c of report.conflicts) for (const v of c.values) for (const e of v.evidence) add(e.article, e.start, e.end, 'disputed');
  for (const s of report.summary) add(s.article, s.start, s.end, 'used');
  for (const u of report.unique) for (const e of u.evidence) add(e.article, e.start, e.end, 'unique');
  for (const q of report.quotes) for (const v of q.variants) add(v.article, v.start, v.end, 'quoted');
  return marks;
}

/** The article view section; `name` gives an article's escaped display label. */
export function renderArticleView(report: Report, name: (id: string) => string): string {
  const marks = collectMarks(report);
  const parts: string[] = [`<section aria-labelledby="h-articles"><h2 id="h-articles">The articles</h2>`];
  parts.push('<p class="legend">Marked: <mark class="used">in the summary</mark> <mark class="agreed">agreed</mark> <mark class="disputed">disputed</mark> <mark class="unique">one source only</mark></p>');
  for (const a of report.articles) {
    const url = safeUrl(a.url);
    parts.push(`<article class="article" id="article-${escapeHtml(a.id)}"><h3>${name(a.id)}${a.title ? `: ${escapeHtml(a.title)}` : ''}</h3>`);
    parts.push(`<p class="meta">${a.published ? escapeHtml(a.published) + ' · ' : ''}${a.words} words${url ? ` · <a href="${escapeHtml(url)}" rel="noreferrer noopener">original</a>` : ''}</p>`);
    if (a.text !== undefined) {
      const html = markArticleText(a.text, marks.get(a.id) ?? [], (start) => spanAnchor(a.id, start));
      // a paragraph of only re-opened marks is dropped; one holding an anchor is kept
      for (const para of html.split('\n')) if (para.replace(/<[^>]*>/g, '').trim() || / id="/.test(para)) parts.push(`<p>${para}</p>`);
    }
    parts.push('</article>');
  }
  parts.push('</section>');
  return parts.join('');
}
