/**
 * Roads closed, then open again: early reports say "surrounding roads were closed" or "are
 * expected to remain closed for a number of hours", later ones that "they were all reopened by
 * 4.30pm on Saturday". An update row (closed first, then reopened) when some outlets leave the
 * roads closed and others have them open again. An outlet's own last word counts: one that says
 * the roads were closed and then reopened, or "closed until about 1630 GMT", has them open.
 * Word lists in data/road-status.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { countUse, mostUsed, wordValue } from './word-value.js';
import data from './data/road-status.json' with { type: 'json' };

const road = new RegExp(data.road, 'i');
const closed = new RegExp(data.closed, 'i');
const reopened = new RegExp(data.reopened, 'i');

/** The row for roads some outlets leave closed and others have reopened, or nothing. */
export function findRoadStatusConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const told = new Map<string, { closed: Sentence[]; reopened: Sentence[] }>();
  const phraseOf = new Map<Sentence, string>();
  for (const sentence of sentences.values()) {
    if (!road.test(sentence.text)) continue;
    const open = reopened.exec(sentence.text);
    const shut = open ? null : closed.exec(sentence.text);
    if (!open && !shut) continue;
    const t = told.get(sentence.article) ?? { closed: [], reopened: [] };
    (open ? t.reopened : t.closed).push(sentence);
    told.set(sentence.article, t);
    // "reopened by 4.30pm." loses the sentence's full stop; "by 5 p.m." keeps its own.
    const phrase = (open ?? shut)![0].replace(/\s+/g, ' ').replace(/^(?:were|was|are|is|have been|has been|had been)\s+/i, '');
    phraseOf.set(sentence, /[ap]\.\s?m\.$/i.test(phrase) ? phrase : phrase.replace(/\.$/, ''));
  }
  const stillClosed = [...told].filter(([, t]) => t.reopened.length === 0);
  const open = [...told].filter(([, t]) => t.reopened.length > 0);
  if (stillClosed.length === 0 || open.length === 0) return [];
  // Each side in the outlets' own words, most used first: "closed / expected to remain closed".
  const asWritten = (evidence: Sentence[]) => {
    const uses = new Map<string, number>();
    for (const e of evidence) countUse(uses, phraseOf.get(e)!);
    return mostUsed(uses);
  };
  const closedEvidence = stillClosed.flatMap(([, t]) => t.closed);
  const openEvidence = open.flatMap(([, t]) => t.reopened);
  const values: ConflictValue[] = [
    wordValue(asWritten(closedEvidence), 'closed', stillClosed.map(([a]) => a), closedEvidence),
    wordValue(asWritten(openEvidence), 'reopened', open.map(([a]) => a), openEvidence),
  ];
  return [{ id: 'c:road-status', topic: 'Whether the roads are closed', kind: 'update', slot: 'road-status', background: false, values }];
}
