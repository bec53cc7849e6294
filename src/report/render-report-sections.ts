/**
 * The sections of an HTML report, conflicts first: shared by the self-contained report file
 * (renderHtml) and the story pages of `parallax serve`. No scripts; every piece of source text
 * escaped; summary lines show their sources on hover and keyboard focus and link to the exact
 * sentence in the article view.
 */
import type { Report } from '../model/report.js';
import { articleLabels } from './labels.js';
import { escapeHtml } from './escape-html.js';
import { markQuoteWording } from './mark-quote-wording.js';
import { renderArticleView, spanAnchor } from './render-article-view.js';

/** Helpers every section uses: display names, source chips and links into the article view. */
interface SectionKit {
  name: (id: string) => string;
  chips: (ids: string[]) => string;
  link: (article: string, start: number, html: string) => string;
}

function makeKit(report: Report): SectionKit {
  const labels = articleLabels(report);
  const name = (id: string) => escapeHtml(labels.get(id) ?? id);
  return {
    name,
    chips: (ids) => ids.map((id) => `<span class="chip">${name(id)}</span>`).join(''),
    link: (article, start, html) => `<a href="#${spanAnchor(article, start)}">${html}</a>`,
  };
}

/** The report's title and one line of counts. */
export function renderReportHeader(report: Report): string {
  const title = escapeHtml(report.title || 'Parallax brief');
  const sources = new Set(report.articles.map((a) => a.source || a.id)).size;
  return `<h1>${title}</h1><p class="meta">${report.articles.length} articles from ${sources} sources · Parallax ${escapeHtml(report.generator.version)} · schema ${escapeHtml(report.schemaVersion)}</p>`;
}

function renderConflicts(report: Report, kit: SectionKit): string {
  const parts = [`<section aria-labelledby="h-conflicts"><h2 id="h-conflicts">Where the sources conflict</h2>`];
  if (report.conflicts.length === 0) return parts.join('') + '<p>No conflicts found.</p></section>';
  // One row per conflict; each value group lists its outlets (linked to the sentence that says
  // it) and whom they credit the figure to.
  parts.push(`<div class="scroll"><table class="conflicts"><thead><tr><th scope="col">Topic</th><th scope="col">Kind</th><th scope="col">What each source says</th></tr></thead><tbody>`);
  for (const c of report.conflicts) {
    const background = c.background ? ' <span class="background">background</span>' : '';
    parts.push(`<tr id="${escapeHtml(c.id)}"><th scope="row">${escapeHtml(c.topic)}${background}</th><td><span class="kind kind-${c.kind}">${c.kind}</span></td><td><ul class="values">`);
    for (const v of c.values) {
      const outlets = v.articles.map((id) => {
        const ev = v.evidence.find((e) => e.article === id);
        return ev ? kit.link(id, ev.start, kit.name(id)) : kit.name(id);
      });
      const credit = v.attributedTo ? ` <span class="credit">per ${escapeHtml(v.attributedTo)}</span>` : '';
      parts.push(`<li><strong>${escapeHtml(v.value)}</strong>${credit} — ${outlets.join(', ')}</li>`);
    }
    parts.push('</ul></td></tr>');
  }
  return parts.join('') + '</tbody></table></div></section>';
}

function renderSummary(report: Report, kit: SectionKit): string {
  const parts = [`<section aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2><ul class="summary">`];
  for (const line of report.summary) {
    const sources = line.supportedBy.map((id) => kit.name(id)).join(', ');
    parts.push(`<li><span class="cite" tabindex="0">${kit.link(line.article, line.start, escapeHtml(line.text))} <span class="sources">— ${sources}</span></span> ${kit.chips(line.supportedBy)}</li>`);
  }
  if (report.summary.length === 0) parts.push('<li>No summary: no usable sentences.</li>');
  return parts.join('') + '</ul></section>';
}

function renderDifferences(report: Report): string {
  const items = report.differences.map((d) => `<li>${escapeHtml(d.text)}</li>`);
  if (items.length === 0) items.push('<li>The sources do not differ on any fact Parallax could compare.</li>');
  return `<section aria-labelledby="h-diff"><h2 id="h-diff">How the sources differ</h2><ul>${items.join('')}</ul></section>`;
}

function renderAgreements(report: Report, kit: SectionKit): string {
  const items = report.agreements.map((a) => {
    const ev = a.evidence[0];
    const statement = ev ? kit.link(ev.article, ev.start, escapeHtml(a.statement)) : escapeHtml(a.statement);
    return `<li>${statement} ${kit.chips(a.articles)} <span class="meta">${a.independentSources} independent</span></li>`;
  });
  if (items.length === 0) items.push('<li>No statement is made by two or more sources.</li>');
  return `<section aria-labelledby="h-agree"><h2 id="h-agree">What the sources agree on</h2><ul>${items.join('')}</ul></section>`;
}

function renderUnique(report: Report, kit: SectionKit): string {
  const parts = [`<section aria-labelledby="h-unique"><h2 id="h-unique">Reported by one source only</h2>`];
  for (const a of report.articles) {
    const items = report.unique.filter((u) => u.article === a.id);
    if (!items.length) continue;
    parts.push(`<details open><summary>${kit.name(a.id)} (${items.length})</summary><ul>`);
    for (const u of items) {
      const ev = u.evidence[0];
      parts.push(`<li>${ev ? kit.link(ev.article, ev.start, escapeHtml(u.statement)) : escapeHtml(u.statement)}</li>`);
    }
    parts.push('</ul></details>');
  }
  if (report.unique.length === 0) parts.push('<p>None.</p>');
  return parts.join('') + '</section>';
}

/**
 * "Who said what": one row per statement (a quote group), the speaker, and each outlet's wording
 * side by side, with the words no other outlet used marked. A statement credited to someone else
 * elsewhere links to that row.
 */
function renderQuotes(report: Report, kit: SectionKit): string {
  const parts = [`<section aria-labelledby="h-quotes"><h2 id="h-quotes">Who said what</h2>`];
  if (report.quotes.length === 0) return parts.join('') + '<p>No quotes found.</p></section>';
  const speakerOf = new Map(report.quotes.map((q) => [q.id, q.speaker ?? 'unattributed']));
  parts.push('<div class="scroll"><table class="quotes"><thead><tr><th scope="col">Speaker</th><th scope="col">Wording by outlet</th></tr></thead><tbody>');
  for (const q of report.quotes) {
    const flags: string[] = [];
    if (q.isParaphrase) flags.push('<span class="kind kind-precision">wording differs</span>');
    for (const other of q.speakerConflict ?? []) {
      flags.push(`<span class="kind kind-contradiction">also credited to <a href="#${escapeHtml(other)}">${escapeHtml(speakerOf.get(other) ?? other)}</a></span>`);
    }
    parts.push(`<tr id="${escapeHtml(q.id)}"><th scope="row">${escapeHtml(q.speaker ?? 'Unattributed')}${flags.length ? `<br>${flags.join(' ')}` : ''}</th><td><div class="variants">`);
    for (const v of q.variants) {
      const others = q.variants.filter((o) => o.article !== v.article).map((o) => o.text);
      // Reported speech is the outlet's own wording: no quotation marks around it.
      const [open, close] = v.kind === 'reported' ? ['', ''] : ['“', '”'];
      parts.push(`<blockquote class="variant"><cite>${kit.name(v.article)}</cite> ${open}${kit.link(v.article, v.start, markQuoteWording(v.text, others))}${close}</blockquote>`);
    }
    parts.push('</div></td></tr>');
  }
  return parts.join('') + '</tbody></table></div></section>';
}

function renderTimeline(report: Report, kit: SectionKit): string {
  const items = report.timeline.map((t) => `<li><strong>${escapeHtml(t.date)}</strong>: ${escapeHtml(t.text)} ${kit.chips(t.articles)}</li>`);
  if (items.length === 0) items.push('<li>No dated events found.</li>');
  return `<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2><ol>${items.join('')}</ol></section>`;
}

function renderCoverage(report: Report, kit: SectionKit): string {
  const parts = [`<section aria-labelledby="h-coverage"><h2 id="h-coverage">Coverage</h2><div class="scroll"><table class="coverage"><thead><tr><th scope="col">Fact</th>`];
  for (const a of report.articles) parts.push(`<th scope="col">${kit.name(a.id)}</th>`);
  parts.push('</tr></thead><tbody>');
  for (const g of report.coverage.groups) {
    parts.push(`<tr><th scope="row">${escapeHtml(g.statement)}</th>`);
    for (const a of report.articles) parts.push(`<td>${g.articles.includes(a.id) ? '<span aria-label="carries">●</span>' : '<span aria-label="leaves out">·</span>'}</td>`);
    parts.push('</tr>');
  }
  return parts.join('') + '</tbody></table></div></section>';
}

function renderEntities(report: Report, kit: SectionKit): string {
  const parts = [`<section aria-labelledby="h-entities"><h2 id="h-entities">People, organisations and places</h2><div class="scroll"><table class="entities"><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Spellings</th><th scope="col">Titles as given</th><th scope="col">Sources</th></tr></thead><tbody>`];
  for (const e of report.entities) {
    const roles = e.roles.map((r) => `${escapeHtml(r.role)} <span class="chip">${kit.name(r.article)}</span>`).join('<br>');
    // Each spelling with the outlets that write it, when outlets differ ("Intel Corp ." in one, "Intel" in five).
    // A report written before `forms` existed has variants only.
    const forms = e.forms ?? [];
    const spellings = forms.length > 1 ? forms.map((f) => `${escapeHtml(f.text)} ${kit.chips(f.articles)}`).join('<br>') : e.variants.map(escapeHtml).join(', ');
    parts.push(`<tr><th scope="row">${escapeHtml(e.name)}</th><td>${e.type}</td><td>${spellings}</td><td>${roles}</td><td>${e.articles.length}</td></tr>`);
  }
  return parts.join('') + '</tbody></table></div></section>';
}

function renderRemoved(report: Report, kit: SectionKit): string {
  if (!report.dropped.length && !report.issues.length) return '';
  const items = [
    ...report.dropped.map((d) => `<li>${kit.name(d.article)} <span class="kind">${d.reason}</span> ${escapeHtml(d.text)}</li>`),
    ...report.issues.map((i) => `<li><code>${escapeHtml(i.code)}</code> ${escapeHtml(i.message)}</li>`),
  ];
  return `<section aria-labelledby="h-dropped"><h2 id="h-dropped">Removed and input issues</h2><ul>${items.join('')}</ul></section>`;
}

/** Every section of the report, conflicts first and the article view last. */
export function renderReportSections(report: Report): string {
  const kit = makeKit(report);
  return [
    renderConflicts(report, kit),
    renderSummary(report, kit),
    renderDifferences(report),
    renderAgreements(report, kit),
    renderUnique(report, kit),
    renderQuotes(report, kit),
    renderTimeline(report, kit),
    renderCoverage(report, kit),
    renderEntities(report, kit),
    renderArticleView(report, kit.name),
    renderRemoved(report, kit),
  ].join('');
}
