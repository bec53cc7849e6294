/**
 * Golden cases: test/cases/<slug>/case.json names the inputs (paths relative to the case, or
 * "shared:<path>" inside ../shared) and the outputs kept in expected/. `npm run goldens`
 * rewrites them; the golden test compares. A case whose shared input is absent is skipped.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../../adapters/ingest/read-articles.js';
import { analyze } from '../../src/pipeline.js';
import { renderReport } from '../../src/report/render-report.js';
import type { Report } from '../../src/model/report.js';
import { projectRoot, sharedPath } from '../helpers/shared.js';

export const casesRoot = join(projectRoot, 'test', 'cases');

export interface GoldenCase {
  slug: string;
  dir: string;
  inputs: string[] | null;
  outputs: string[];
}

/** Every case, with its inputs resolved (null when a shared input is absent). */
export function listCases(): GoldenCase[] {
  return readdirSync(casesRoot)
    .filter((slug) => existsSync(join(casesRoot, slug, 'case.json')))
    .sort()
    .map((slug) => {
      const dir = join(casesRoot, slug);
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { inputs: string[]; outputs: string[] };
      const inputs = spec.inputs.map((p) => (p.startsWith('shared:') ? sharedPath(p.slice('shared:'.length)) : join(dir, p)));
      return { slug, dir, inputs: inputs.some((p) => p === null) ? null : (inputs as string[]), outputs: spec.outputs };
    });
}

/** A digest of a report: structure, names, values and spans, without copying source text. */
export function digestReport(report: Report): unknown {
  const span = (e: { article: string; start: number; end: number }) => `${e.article}@${e.start}-${e.end}`;
  return {
    title: report.title ? `${report.title.length} chars` : '',
    articles: report.articles.map((a) => ({ id: a.id, title: a.title ? `${a.title.length} chars` : '', words: a.words, copyOf: a.copyOf ?? null })),
    entities: report.entities.map((e) => ({ name: e.name, type: e.type, variants: e.variants, articles: e.articles, roles: e.roles.length })),
    headings: report.headings.map(span),
    agreements: report.agreements.map((a) => ({ articles: a.articles, evidence: a.evidence.map(span) })),
    conflicts: report.conflicts.map((c) => ({ kind: c.kind, slot: c.slot, topic: c.topic, values: c.values.map((v) => ({ value: v.value, normalized: v.normalized, articles: v.articles })) })),
    unique: report.unique.map((u) => span(u.evidence[0]!)),
    quotes: report.quotes.map((q) => ({ speaker: q.speaker, articles: q.articles, isParaphrase: q.isParaphrase, variants: q.variants.map(span) })),
    timeline: report.timeline.map((t) => ({ date: t.date, articles: t.articles })),
    summary: report.summary.map((s) => ({ at: span(s), supportedBy: s.supportedBy })),
    dropped: report.dropped.map((d) => ({ article: d.article, reason: d.reason, chars: d.text.length })),
    issues: report.issues.map((i) => `${i.code}${i.article ? ` ${i.article}` : ''}`),
  };
}

/** Run a case and render each of its outputs. */
export async function runCase(c: GoldenCase): Promise<Map<string, string>> {
  const read = await readArticles(c.inputs!, { cwd: c.dir });
  const report = await analyze(read.articles, { inputIssues: read.issues });
  // Issues name files by their path relative to the case; that is stable across machines.
  const out = new Map<string, string>();
  for (const name of c.outputs) {
    if (name === 'digest.json') out.set(name, JSON.stringify(digestReport(report), null, 1) + '\n');
    else if (name === 'report.json') out.set(name, renderReport(report, 'json'));
    else if (name === 'report.md') out.set(name, renderReport(report, 'md'));
    else if (name === 'report.html') out.set(name, renderReport(report, 'html'));
    else throw new Error(`golden case ${c.slug}: unknown output "${name}"`);
  }
  return out;
}
