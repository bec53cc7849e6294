/**
 * Report → one self-contained HTML page: no scripts, no external assets, every piece of
 * source text escaped. Summary lines show their sources on hover and keyboard focus and link
 * to the exact sentence in the article view at the bottom, where the sentences used, agreed
 * and disputed are highlighted.
 */
import type { Report } from '../model/report.js';
import { articleLabels } from './labels.js';

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Anchor id of a span in the article view. */
export function spanAnchor(article: string, start: number): string {
  return `s-${article.replace(/[^A-Za-z0-9_-]/g, '_')}-${start}`;
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}

const style = `
:root{--fg:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--agree:#e3f4e8;--conflict:#fde7e4;--unique:#eef2fb;--used:#fff6cc;--accent:#1f5fbf}
*{box-sizing:border-box}body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0 auto;max-width:72rem;padding:1rem}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.meta{color:var(--muted)}table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f5f6f8}
.scroll{overflow-x:auto}.kind{font-size:.8rem;padding:.05rem .4rem;border-radius:.6rem;background:#eee;white-space:nowrap}
.kind-contradiction{background:#f8c9c2}.kind-precision{background:#fbe7b5}.kind-update{background:#cfe3fb}
.chip{display:inline-block;font-size:.78rem;padding:0 .45rem;margin:0 .15rem .15rem 0;border-radius:.7rem;background:#eef0f3;color:#333;white-space:nowrap}
.summary li{margin:.35rem 0}.cite{position:relative}.cite:focus,.cite:hover{outline:2px solid var(--accent);outline-offset:2px;background:var(--used)}
.sources{display:none;font-size:.85rem;color:var(--muted)}.cite:focus .sources,.cite:hover .sources,.cite:focus-within .sources{display:inline}
a{color:var(--accent)}a:focus{outline:2px solid var(--accent)}
.article{border:1px solid var(--line);border-radius:.4rem;padding:.5rem 1rem;margin:1rem 0}.article p{margin:.4rem 0}
mark{background:none;padding:0}mark.used{background:var(--used)}mark.agreed{background:var(--agree)}mark.disputed{background:var(--conflict)}
mark:target{outline:3px solid var(--accent)}.legend mark{padding:0 .3rem}details{margin:.5rem 0}
@media (max-width:40rem){body{padding:.5rem;font-size:15px}th,td{padding:.25rem}}
`;

/** Render a report as a self-contained HTML page. */
export function renderHtml(report: Report): string {
  const labels = articleLabels(report);
  const name = (id: string) => escapeHtml(labels.get(id) ?? id);
  const chips = (ids: string[]) => ids.map((id) => `<span class="chip">${name(id)}</span>`).join('');
  const link = (article: string, start: number, text: string) =>
    `<a href="#${spanAnchor(article, start)}">${text}</a>`;
  const parts: string[] = [];
  const title = escapeHtml(report.title || 'Parallax brief');
  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  parts.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'">`);
  parts.push(`<title>${title}</title><style>${style}</style></head><body><main>`);
  parts.push(`<h1>${title}</h1><p class="meta">${report.articles.length} articles from ${new Set(report.articles.map((a) => a.source || a.id)).size} sources · Parallax ${escapeHtml(report.generator.version)} · schema ${escapeHtml(report.schemaVersion)}</p>`);

  // Conflicts first: values × outlets.
  parts.push(`<section aria-labelledby="h-conflicts"><h2 id="h-conflicts">Where the sources conflict</h2>`);
  if (report.conflicts.length === 0) parts.push('<p>No conflicts found.</p>');
  else {
    parts.push(`<div class="scroll"><table class="conflicts"><thead><tr><th scope="col">Topic</th><th scope="col">Kind</th>`);
    for (const a of report.articles) parts.push(`<th scope="col">${name(a.id)}</th>`);
    parts.push('</tr></thead><tbody>');
    for (const c of report.conflicts) {
      parts.push(`<tr id="${escapeHtml(c.id)}"><th scope="row">${escapeHtml(c.topic)}</th><td><span class="kind kind-${c.kind}">${c.kind}</span></td>`);
      for (const a of report.articles) {
        const v = c.values.find((x) => x.articles.includes(a.id));
        const ev = v?.evidence.find((e) => e.article === a.id);
        parts.push(`<td>${v ? (ev ? link(a.id, ev.start, escapeHtml(v.value)) : escapeHtml(v.value)) : ''}</td>`);
      }
      parts.push('</tr>');
    }
    parts.push('</tbody></table></div>');
  }
  parts.push('</section>');

  parts.push(`<section aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2><ul class="summary">`);
  for (const line of report.summary) {
    parts.push(`<li><span class="cite" tabindex="0">${link(line.article, line.start, escapeHtml(line.text))} <span class="sources">— ${line.supportedBy.map((id) => name(id)).join(', ')}</span></span> ${chips(line.supportedBy)}</li>`);
  }
  if (report.summary.length === 0) parts.push('<li>No summary: no usable sentences.</li>');
  parts.push('</ul></section>');

  parts.push(`<section aria-labelledby="h-diff"><h2 id="h-diff">How the sources differ</h2><ul>`);
  for (const d of report.differences) parts.push(`<li>${escapeHtml(d.text)}</li>`);
  if (report.differences.length === 0) parts.push('<li>The sources do not differ on any fact Parallax could compare.</li>');
  parts.push('</ul></section>');

  parts.push(`<section aria-labelledby="h-agree"><h2 id="h-agree">What the sources agree on</h2><ul>`);
  for (const a of report.agreements) {
    const ev = a.evidence[0];
    parts.push(`<li>${ev ? link(ev.article, ev.start, escapeHtml(a.statement)) : escapeHtml(a.statement)} ${chips(a.articles)} <span class="meta">${a.independentSources} independent</span></li>`);
  }
  if (report.agreements.length === 0) parts.push('<li>No statement is made by two or more sources.</li>');
  parts.push('</ul></section>');

  parts.push(`<section aria-labelledby="h-unique"><h2 id="h-unique">Reported by one source only</h2>`);
  for (const a of report.articles) {
    const items = report.unique.filter((u) => u.article === a.id);
    if (!items.length) continue;
    parts.push(`<details open><summary>${name(a.id)} (${items.length})</summary><ul>`);
    for (const u of items) parts.push(`<li>${link(u.article, u.evidence[0]?.start ?? 0, escapeHtml(u.statement))}</li>`);
    parts.push('</ul></details>');
  }
  if (report.unique.length === 0) parts.push('<p>None.</p>');
  parts.push('</section>');

  parts.push(`<section aria-labelledby="h-quotes"><h2 id="h-quotes">Who said what</h2><ul>`);
  for (const q of report.quotes) {
    parts.push(`<li><strong>${escapeHtml(q.speaker ?? 'Unattributed')}</strong>: “${escapeHtml(q.text)}” ${chips(q.articles)}${q.isParaphrase ? ' <span class="kind kind-precision">wording differs</span>' : ''}`);
    const others = q.variants.filter((v) => v.text !== q.text);
    if (others.length) {
      parts.push('<ul>');
      for (const v of others) parts.push(`<li>${name(v.article)}: “${link(v.article, v.start, escapeHtml(v.text))}”</li>`);
      parts.push('</ul>');
    }
    parts.push('</li>');
  }
  if (report.quotes.length === 0) parts.push('<li>No quotes found.</li>');
  parts.push('</ul></section>');

  parts.push(`<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2><ol>`);
  for (const t of report.timeline) parts.push(`<li><strong>${escapeHtml(t.date)}</strong>: ${escapeHtml(t.text)} ${chips(t.articles)}</li>`);
  if (report.timeline.length === 0) parts.push('<li>No dated events found.</li>');
  parts.push('</ol></section>');

  parts.push(`<section aria-labelledby="h-coverage"><h2 id="h-coverage">Coverage</h2><div class="scroll"><table><thead><tr><th scope="col">Fact</th>`);
  for (const a of report.articles) parts.push(`<th scope="col">${name(a.id)}</th>`);
  parts.push('</tr></thead><tbody>');
  for (const g of report.coverage.groups) {
    parts.push(`<tr><th scope="row">${escapeHtml(g.statement)}</th>`);
    for (const a of report.articles) parts.push(`<td>${g.articles.includes(a.id) ? '<span aria-label="carries">●</span>' : '<span aria-label="leaves out">·</span>'}</td>`);
    parts.push('</tr>');
  }
  parts.push('</tbody></table></div></section>');

  parts.push(`<section aria-labelledby="h-entities"><h2 id="h-entities">People, organisations and places</h2><div class="scroll"><table><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Spellings</th><th scope="col">Titles as given</th><th scope="col">Sources</th></tr></thead><tbody>`);
  for (const e of report.entities) {
    const roles = e.roles.map((r) => `${escapeHtml(r.role)} <span class="chip">${name(r.article)}</span>`).join('<br>');
    parts.push(`<tr><th scope="row">${escapeHtml(e.name)}</th><td>${e.type}</td><td>${e.variants.map(escapeHtml).join(', ')}</td><td>${roles}</td><td>${e.articles.length}</td></tr>`);
  }
  parts.push('</tbody></table></div></section>');

  parts.push(renderArticles(report, name));

  if (report.dropped.length || report.issues.length) {
    parts.push(`<section aria-labelledby="h-dropped"><h2 id="h-dropped">Removed and input issues</h2><ul>`);
    for (const d of report.dropped) parts.push(`<li>${name(d.article)} <span class="kind">${d.reason}</span> ${escapeHtml(d.text)}</li>`);
    for (const i of report.issues) parts.push(`<li><code>${escapeHtml(i.code)}</code> ${escapeHtml(i.message)}</li>`);
    parts.push('</ul></section>');
  }
  parts.push('</main></body></html>\n');
  return parts.join('');
}

type Mark = { start: number; end: number; cls: 'used' | 'agreed' | 'disputed' };

/** The article view: each cleaned text with used, agreed and disputed sentences marked. */
function renderArticles(report: Report, name: (id: string) => string): string {
  const marks = new Map<string, Mark[]>();
  const add = (article: string, start: number, end: number, cls: Mark['cls']) => {
    const list = marks.get(article) ?? [];
    list.push({ start, end, cls });
    marks.set(article, list);
  };
  for (const a of report.agreements) for (const e of a.evidence) add(e.article, e.start, e.end, 'agreed');
  for (const c of report.conflicts) for (const v of c.values) for (const e of v.evidence) add(e.article, e.start, e.end, 'disputed');
  for (const s of report.summary) add(s.article, s.start, s.end, 'used');
  const rank = { disputed: 3, used: 2, agreed: 1 } as const;
  const parts: string[] = [`<section aria-labelledby="h-articles"><h2 id="h-articles">The articles</h2>`];
  parts.push('<p class="legend">Marked: <mark class="used">in the summary</mark> <mark class="agreed">agreed</mark> <mark class="disputed">disputed</mark></p>');
  for (const a of report.articles) {
    const url = safeUrl(a.url);
    parts.push(`<article class="article" id="article-${escapeHtml(a.id)}"><h3>${name(a.id)}${a.title ? `: ${escapeHtml(a.title)}` : ''}</h3>`);
    parts.push(`<p class="meta">${a.published ? escapeHtml(a.published) + ' · ' : ''}${a.words} words${url ? ` · <a href="${escapeHtml(url)}" rel="noreferrer noopener">original</a>` : ''}</p>`);
    if (a.text === undefined) {
      parts.push('</article>');
      continue;
    }
    // Keep one mark per span: the strongest class wins; overlapping spans are split by start.
    const bySpan = new Map<string, Mark>();
    for (const m of marks.get(a.id) ?? []) {
      const key = `${m.start}:${m.end}`;
      const prev = bySpan.get(key);
      if (!prev || rank[m.cls] > rank[prev.cls]) bySpan.set(key, m);
    }
    const list = [...bySpan.values()].sort((x, y) => x.start - y.start || y.end - x.end);
    let pos = 0;
    let html = '';
    for (const m of list) {
      if (m.start < pos || m.end > a.text.length) continue;
      html += escapeHtml(a.text.slice(pos, m.start));
      html += `<mark class="${m.cls}" id="${spanAnchor(a.id, m.start)}">${escapeHtml(a.text.slice(m.start, m.end))}</mark>`;
      pos = m.end;
    }
    html += escapeHtml(a.text.slice(pos));
    for (const para of html.split('\n')) if (para.trim()) parts.push(`<p>${para}</p>`);
    parts.push('</article>');
  }
  parts.push('</section>');
  return parts.join('');
}
