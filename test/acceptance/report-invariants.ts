/** Checks every report must pass, whatever the story: spans verbatim, nothing dropped reused. */
import assert from 'node:assert/strict';
import type { Report } from '../../src/model/report.js';

/** Every evidence, summary line and quote variant is the exact slice of its article's text. */
export function assertSpansVerbatim(report: Report): void {
  const text = new Map(report.articles.map((a) => [a.id, a.text ?? '']));
  const check = (e: { article: string; start: number; end: number; text?: string }, where: string) => {
    const body = text.get(e.article);
    assert.ok(body !== undefined, `${where}: unknown article ${e.article}`);
    assert.ok(e.start >= 0 && e.end <= body.length && e.start < e.end, `${where}: span ${e.start}-${e.end} out of range`);
    if (e.text !== undefined) assert.equal(body.slice(e.start, e.end), e.text, `${where}: not verbatim`);
  };
  for (const a of report.agreements) for (const e of a.evidence) check(e, `agreement ${a.id}`);
  for (const c of report.conflicts) for (const v of c.values) for (const e of v.evidence) check(e, `conflict ${c.id}`);
  for (const u of report.unique) for (const e of u.evidence) check(e, `unique ${u.id}`);
  for (const t of report.timeline) for (const e of t.evidence) check(e, `timeline ${t.date}`);
  for (const s of report.summary) {
    check(s, 'summary');
    assert.ok(s.supportedBy.includes(s.article), 'a summary line cites its own article');
  }
  for (const q of report.quotes) for (const v of q.variants) check(v, `quote ${q.id}`);
}

/** No text that cleaning dropped reappears in a content field. */
export function assertDroppedNotReused(report: Report): void {
  const contents = [
    ...report.agreements.flatMap((a) => [a.statement, ...a.evidence.map((e) => e.text)]),
    ...report.unique.map((u) => u.statement),
    ...report.summary.map((s) => s.text),
    ...report.timeline.map((t) => t.text),
    ...report.conflicts.flatMap((c) => c.values.flatMap((v) => v.evidence.map((e) => e.text))),
  ];
  for (const d of report.dropped) {
    const probe = d.text.trim();
    if (probe.length < 12) continue;
    for (const c of contents) {
      if (d.reason === 'repeated') {
        // The first occurrence of a repeat is kept; only the dropped one's span must not be evidence.
        continue;
      }
      assert.ok(!c.includes(probe), `dropped (${d.reason}) text reused: ${probe.slice(0, 60)}`);
    }
  }
}
