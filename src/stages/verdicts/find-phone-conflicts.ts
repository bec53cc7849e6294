/**
 * Telephone-number conflicts: outlets printing one appeal line with different digits, e.g.
 * "call police on 0845 125 2222" in five outlets and "contact them on 0845 125 222" in one. A
 * reader who dials the wrong one reaches no one, so the slip is worth a row. Two numbers are one
 * line misprinted when they share their first five digits and differ by one or two digits added,
 * dropped or changed; different lines ("0800 555 111" for Crimestoppers) never are. Spacing is
 * no difference ("0800 555111").
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import { byOutletsThenValue, eachToldAlone, wordValue } from './word-value.js';
import type { Sentence } from '../../model/text.js';
import { compareText } from '../../compare-text.js';

/** A run of digit groups a telephone number is written as: 7 to 13 digits, spaces, dots, hyphens or brackets between. */
const numberPattern = /(?<![\d.,$£€])(\+?\(?\d[\d\s().-]{5,22}\d)(?![\d]|\s?%|\s?(?:percent|per cent)\b)/g;
/** Words that put a telephone number after them: a verb of calling shortly before ("call Sgt. Ana Ruiz at"), or "on". */
const phoneContext = /(?:\b(?:call|calls|calling|contact|contacted|reach|reached|phone|telephone|tel|ring|dial|text|hotline|helpline|number|freephone)\b[^.!?]{0,35}|\bon\s*)$/i;
/** The shape of a telephone number: digit groups with single separators ("0845 125 2222", "(907) 745-4811", "+44 20 7946 0000"). */
const phoneShape = /^\+?\(?\d{1,5}\)?(?:[\s.-]\d{2,5}){0,4}$/;
/** A span of years ("1999-2003", "2009-2010") is no number to call. */
const yearSpan = /^(?:1[89]|20)\d\d\s?-\s?(?:(?:1[89]|20)\d\d|\d\d)$/;

/** Digits of a written number, or null when it is no telephone number (a year range, a time, a sum). */
function phoneDigits(written: string, before: string): string | null {
  const digits = written.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 13) return null;
  if (!phoneShape.test(written) || yearSpan.test(written)) return null;
  // One unbroken run must start with 0 or + to be a number rather than a count ("5551234").
  if (!/[\s().-]/.test(written) && !/^[0+]/.test(written)) return null;
  if (!phoneContext.test(before)) return null;
  return digits;
}

/** Two digit strings are one number misprinted: the same first five digits, at most two digits added, dropped or changed. */
function closeDigits(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 2 || a.slice(0, 5) !== b.slice(0, 5)) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]! <= 2;
}

/** Rows for one telephone line printed with different digits by different outlets. */
export function findPhoneConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byDigits = new Map<string, { written: string; articles: Set<string>; evidence: Sentence[] }>();
  for (const sentence of sentences.values()) {
    for (const m of sentence.text.matchAll(numberPattern)) {
      const written = m[1]!.trim();
      const digits = phoneDigits(written, sentence.text.slice(Math.max(0, m.index! - 40), m.index!));
      if (!digits) continue;
      const entry = byDigits.get(digits) ?? { written, articles: new Set<string>(), evidence: [] };
      byDigits.set(digits, entry);
      entry.articles.add(sentence.article);
      entry.evidence.push(sentence);
    }
  }
  const numbers = [...byDigits.keys()].sort(compareText);
  const out: Conflict[] = [];
  const done = new Set<string>();
  for (const digits of numbers) {
    if (done.has(digits)) continue;
    // The numbers close to this one, transitively: one line and its misprints.
    const line = [digits];
    for (let k = 0; k < line.length; k++) for (const other of numbers) if (!line.includes(other) && closeDigits(line[k]!, other)) line.push(other);
    for (const d of line) done.add(d);
    if (line.length < 2) continue;
    // Each number needs an outlet that prints it alone: an outlet giving both means two lines.
    if (!eachToldAlone(line.map((d) => byDigits.get(d)!.articles))) continue;
    const values: ConflictValue[] = line.map((d) => {
      const e = byDigits.get(d)!;
      return wordValue(e.written, d, e.articles, e.evidence);
    });
    values.sort(byOutletsThenValue);
    out.push({ id: `c:phone:${values[0]!.normalized}`, topic: 'Telephone number to call', kind: 'contradiction', slot: 'phone', background: false, values });
  }
  return out;
}
