/**
 * Report → Markdown: the conflict table (values × outlets) first, then the cited summary,
 * how the sources differ, agreements, unique facts, quotes, timeline, entities, coverage,
 * and what was dropped. Source text is escaped so it cannot break the table or inject markup.
 */
import type { Report } from '../model/report.js';
import { articleLabels } from './labels.js';

/** Escape text for Markdown: table pipes, emphasis, links and raw HTML are neutralised. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([`*_[\]|<>#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Render a report as Markdown. */
export function renderMarkdown(report: Report): string {
  const labels = articleLabels(report);
  const name = (id: string) => escapeMarkdown(labels.get(id) ?? id);
  const names = (ids: string[]) => ids.map(name).join(', ');
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(report.title || 'Parallax brief')}`, '');
  out.push(`${report.articles.length} article(s) from ${new Set(report.articles.map((a) => a.source || a.id)).size} source(s). Parallax ${report.generator.version}, report schema ${report.schemaVersion}.`, '');

  out.push('## Where the sources conflict', '');
  if (report.conflicts.length === 0) out.push('No conflicts found.', '');
  else {
    // One row per conflict; every value group with its outlets and whom they credit it to.
    out.push('| topic | kind | values |');
    out.push('|---|---|---|');
    for (const c of report.conflicts) {
      const values = c.values
        .map((v) => `**${escapeMarkdown(v.value)}**${v.attributedTo ? ` (per ${escapeMarkdown(v.attributedTo)})` : ''}: ${names(v.articles)}`)
        .join('; ');
      out.push(`| ${escapeMarkdown(c.topic)}${c.background ? ' (background)' : ''} | ${c.kind} | ${values} |`);
    }
    out.push('');
  }

  out.push('## Summary', '');
  if (report.summary.length === 0) out.push('No summary: no usable sentences.', '');
  for (const line of report.summary) {
    out.push(`- ${escapeMarkdown(line.text)} [${names(line.supportedBy)}]`);
  }
  out.push('');

  out.push('## How the sources differ', '');
  if (report.differences.length === 0) out.push('The sources do not differ on any fact Parallax could compare.', '');
  for (const d of report.differences) out.push(`- ${escapeMarkdown(d.text)}`);
  out.push('');

  out.push('## What the sources agree on', '');
  if (report.agreements.length === 0) out.push('No statement is made by two or more sources.', '');
  for (const a of report.agreements) {
    out.push(`- ${escapeMarkdown(a.statement)} [${names(a.articles)}; ${a.independentSources} independent]`);
  }
  out.push('');

  out.push('## Reported by one source only', '');
  const byArticle = new Map<string, string[]>();
  for (const u of report.unique) byArticle.set(u.article, [...(byArticle.get(u.article) ?? []), u.statement]);
  if (byArticle.size === 0) out.push('None.', '');
  for (const a of report.articles) {
    const items = byArticle.get(a.id);
    if (!items) continue;
    out.push(`### ${name(a.id)}`, '');
    for (const s of items) out.push(`- ${escapeMarkdown(s)}`);
    out.push('');
  }

  out.push('## Who said what', '');
  if (report.quotes.length === 0) out.push('No quotes found.', '');
  for (const q of report.quotes) {
    const credited = (q.speakerConflict ?? []).map((id) => report.quotes.find((x) => x.id === id)?.speaker ?? 'unattributed');
    const flag = (q.isParaphrase ? ' (wording differs between outlets: possibly a paraphrase in quotation marks)' : '') +
      (credited.length ? ` (the same words are credited to ${credited.map(escapeMarkdown).join(', ')} elsewhere)` : '');
    // Reported speech (no quotation marks in the source) is shown without them.
    const quoted = (text: string, kind?: string) => (kind === 'reported' ? escapeMarkdown(text) : `“${escapeMarkdown(text)}”`);
    const main = q.variants.find((v) => v.text === q.text);
    out.push(`- **${escapeMarkdown(q.speaker ?? 'unattributed')}**: ${quoted(q.text, main?.kind)} [${names(q.articles)}]${flag}`);
    const others = q.variants.filter((v) => v.text !== q.text);
    for (const v of others) out.push(`  - ${name(v.article)}: ${quoted(v.text, v.kind)}`);
  }
  out.push('');

  out.push('## Timeline', '');
  if (report.timeline.length === 0) out.push('No dated events found.', '');
  for (const t of report.timeline) out.push(`- **${escapeMarkdown(t.date)}**: ${escapeMarkdown(t.text)} [${names(t.articles)}]`);
  out.push('');

  out.push('## People, organisations and places', '');
  out.push('| name | type | variants | roles | sources |', '|---|---|---|---|---|');
  for (const e of report.entities) {
    const roles = e.roles.map((r) => `${escapeMarkdown(r.role)} (${name(r.article)})`).join('; ');
    out.push(`| ${escapeMarkdown(e.name)} | ${e.type} | ${e.variants.map(escapeMarkdown).join(', ')} | ${roles} | ${e.articles.length} |`);
  }
  out.push('');

  out.push('## Coverage', '');
  out.push('| source | carries | leaves out |', '|---|---|---|');
  for (const row of report.coverage.articles) out.push(`| ${name(row.article)} | ${row.carries.length} | ${row.omits.length} |`);
  out.push('');

  out.push('## Sources', '');
  for (const a of report.articles) {
    const title = a.title ? ` “${escapeMarkdown(a.title)}”` : '';
    const when = a.published ? `, ${escapeMarkdown(a.published)}` : '';
    const url = a.url ? ` <${a.url.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
    out.push(`- ${name(a.id)}${title}${when}, ${a.words} words${url}`);
  }
  out.push('');

  if (report.dropped.length) {
    out.push('## Removed from the articles', '');
    for (const d of report.dropped) out.push(`- ${name(d.article)} (${d.reason}): ${escapeMarkdown(d.text)}`);
    out.push('');
  }
  if (report.issues.length) {
    out.push('## Input issues', '');
    for (const i of report.issues) out.push(`- ${i.code}${i.article ? ` (${name(i.article)})` : ''}: ${escapeMarkdown(i.message)}`);
    out.push('');
  }
  return out.join('\n');
}
