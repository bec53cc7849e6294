/**
 * How a job was lost: outlets saying the person was fired ("who had recently been fired from his
 * job", "a just-fired employee") against outlets saying laid off ("a recently laid off employee")
 * or resigned. A contradiction row, one value per kind with its outlets, when each kind has an
 * outlet of its own (an outlet using two kinds is on both sides). "Fired" counts only in its
 * employment sense: never "shots were fired". Word lists in data/job-loss.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import data from './data/job-loss.json' with { type: 'json' };
import { compareText } from '../../compare-text.js';

const kinds = Object.entries(data.kinds).map(([kind, patterns]) => ({ kind, patterns: patterns.map((p) => new RegExp(p, 'gi')) }));
const notAfter = new Set(data.notAfter);

/** The kinds of job loss a sentence tells. */
function kindsIn(text: string): string[] {
  const out: string[] = [];
  for (const { kind, patterns } of kinds) {
    const told = patterns.some((p) =>
      [...text.matchAll(p)].some((m) => {
        // "shots were fired", "the gun was fired": a weapon, not a job.
        const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, m.index! - 30), m.index!))?.[1];
        return !(before && notAfter.has(before.toLowerCase()));
      }),
    );
    if (told) out.push(kind);
  }
  return out;
}

/** The row for a job loss told as different kinds by different outlets, or nothing. */
export function findJobLossConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byKind = new Map<string, { articles: Set<string>; evidence: Sentence[] }>();
  for (const sentence of sentences.values()) {
    for (const kind of kindsIn(sentence.text)) {
      const entry = byKind.get(kind) ?? { articles: new Set<string>(), evidence: [] };
      entry.articles.add(sentence.article);
      entry.evidence.push(sentence);
      byKind.set(kind, entry);
    }
  }
  if (byKind.size < 2) return [];
  const own = (kind: string) => [...byKind.get(kind)!.articles].some((a) => [...byKind].every(([k, e]) => k === kind || !e.articles.has(a)));
  const told = [...byKind.keys()].filter(own);
  if (told.length < 2) return [];
  const values: ConflictValue[] = told.map((kind) => {
    const e = byKind.get(kind)!;
    return {
      value: kind,
      normalized: kind,
      articles: [...e.articles].sort(),
      evidence: e.evidence.map((s) => ({ article: s.article, text: s.text, start: s.start, end: s.end })),
      attributedTo: null,
      qualifier: 'exact',
      unit: null,
    };
  });
  values.sort((a, b) => b.articles.length - a.articles.length || compareText(a.value, b.value));
  return [{ id: 'c:job-loss', topic: 'How the job was lost', kind: 'contradiction', slot: 'job-loss', background: false, values }];
}
