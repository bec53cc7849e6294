/**
 * How a job was lost: outlets saying the person was fired ("who had recently been fired from his
 * job", "a just-fired employee") against outlets saying laid off ("a recently laid off employee")
 * or resigned. A contradiction row, one value per kind with its outlets, when each kind has an
 * outlet of its own (an outlet using two kinds is on both sides). "Fired" counts only in its
 * employment sense: never "shots were fired". Word lists in data/job-loss.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import { byOutletsThenValue, mostUsed, newTally, tally, toldAlone, wordValue, type Tally } from './word-value.js';
import type { Sentence } from '../../model/text.js';
import data from './data/job-loss.json' with { type: 'json' };

const kinds = Object.entries(data.kinds).map(([kind, patterns]) => ({ kind, patterns: patterns.map((p) => new RegExp(p, 'gi')) }));
const notAfter = new Set(data.notAfter);

/** The word a telling turns on ("just- fired" → "fired", "laid-off" → "laid off"). */
const verbOf = (told: string) => (/(fired|dismissed|sacked|terminated|laid[\s-]+off|made redundant|resigned|quit)/i.exec(told)?.[1] ?? told).toLowerCase().replace(/[\s-]+/g, ' ');

/** The kinds of job loss a sentence tells, each with the words it uses. */
function kindsIn(text: string): { kind: string; words: string[] }[] {
  const out: { kind: string; words: string[] }[] = [];
  for (const { kind, patterns } of kinds) {
    const words = patterns.flatMap((p) =>
      [...text.matchAll(p)]
        // "shots were fired", "the gun was fired": a weapon, not a job.
        .filter((m) => {
          const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, m.index! - 30), m.index!))?.[1];
          return !(before && notAfter.has(before.toLowerCase()));
        })
        .map((m) => verbOf(m[0])),
    );
    if (words.length) out.push({ kind, words });
  }
  return out;
}

/** The row for a job loss told as different kinds by different outlets, or nothing. */
export function findJobLossConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byKind = new Map<string, Tally>();
  for (const sentence of sentences.values()) {
    for (const { kind, words } of kindsIn(sentence.text)) {
      const entry = byKind.get(kind) ?? newTally();
      tally(entry, sentence, ...words);
      byKind.set(kind, entry);
    }
  }
  if (byKind.size < 2) return [];
  const told = toldAlone([...byKind].map(([kind, e]) => ({ kind, ...e })));
  if (told.length < 2) return [];
  // The words the outlets used, most used first: "fired / dismissed".
  const values: ConflictValue[] = told.map((e) => wordValue(mostUsed(e.words), e.kind, e.articles, e.evidence));
  values.sort(byOutletsThenValue);
  return [{ id: 'c:job-loss', topic: 'How the job was lost', kind: 'contradiction', slot: 'job-loss', background: false, values }];
}
