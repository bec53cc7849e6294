/**
 * Charge status: early reports say a suspect has not yet been charged ("the name of the suspect
 * would be released after he is formally charged"; "his identity will not be released until
 * charges are formally laid"), later ones give the charge ("has been charged with first-degree
 * murder"). Outlets that only tell the first and outlets that only tell the second make an
 * `update` row, the pending value first. An article that tells both (charged, and more charges
 * pending) stands on neither side. Patterns in data/charge-status.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import data from './data/charge-status.json' with { type: 'json' };
import { compareText } from '../../compare-text.js';
import { insideQuote } from './conflict-occurrences.js';
import { wordValue } from './word-value.js';

const pending = data.pending.map((p) => new RegExp(p, 'i'));
const charged = new RegExp(data.charged, 'i');
/** A charge dated by a year is an earlier case ("he was charged with assault in 1999"), not this one. */
const dated = /\b(?:19|20)\d\d\b/;

/**
 * The charge as a short label: "one count of first-degree murder" → "first-degree murder"; "in
 * connection with the fatal shooting" names no charge → "".
 */
function chargeOf(written: string): string {
  const charge = written.replace(/\s+/g, ' ').replace(/-\s+/g, '-').toLowerCase().replace(/^(?:one|two|three|four|five|\d+)\s+counts?\s+of\s+/, '');
  return /^(?:the|a|an|his|her|their|its)\b/.test(charge) ? '' : charge;
}

/** The update row for a suspect charged in later reports and not yet in earlier ones, or nothing. */
export function findChargeConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const waiting = new Map<string, Sentence[]>();
  const charges = new Map<string, { charge: string; evidence: Sentence[] }>();
  for (const sentence of sentences.values()) {
    const text = sentence.text;
    if (pending.some((p) => { const m = p.exec(text); return m !== null && !insideQuote(text, m.index); })) {
      waiting.set(sentence.article, [...(waiting.get(sentence.article) ?? []), sentence]);
    }
    const m = charged.exec(text);
    if (m && !dated.test(text) && !insideQuote(text, m.index)) {
      const entry = charges.get(sentence.article) ?? { charge: chargeOf(m[1]!), evidence: [] };
      entry.evidence.push(sentence);
      charges.set(sentence.article, entry);
    }
  }
  const onlyWaiting = [...waiting.keys()].filter((a) => !charges.has(a)).sort();
  const onlyCharged = [...charges.keys()].filter((a) => !waiting.has(a)).sort();
  if (onlyWaiting.length === 0 || onlyCharged.length === 0) return [];
  const values: ConflictValue[] = [wordValue('not yet charged', 'pending', onlyWaiting, onlyWaiting.flatMap((a) => waiting.get(a)!))];
  // One value per charge as written, most told first.
  const byCharge = new Map<string, string[]>();
  for (const a of onlyCharged) byCharge.set(charges.get(a)!.charge, [...(byCharge.get(charges.get(a)!.charge) ?? []), a]);
  const told = [...byCharge].sort((x, y) => y[1].length - x[1].length || compareText(x[0], y[0]));
  for (const [charge, articles] of told) {
    values.push(wordValue(charge ? `charged with ${charge}` : 'charged', `charged${charge ? `: ${charge}` : ''}`, articles, articles.flatMap((a) => charges.get(a)!.evidence)));
  }
  return [{ id: 'c:charge-status', topic: 'Whether the suspect has been charged', kind: 'update', slot: 'charge', background: false, values }];
}
