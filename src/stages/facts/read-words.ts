/**
 * Small word readers shared by the fact finders: the words right after or before an offset,
 * stopping at punctuation, and a singular/lemma-ish form of a word.
 */
import units from './data/units.json' with { type: 'json' };

const irregularPlurals: Record<string, string> = units.irregularPlurals;

/** One word with offsets into the text it was read from. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/**
 * Up to `max` words after `offset`, joined by spaces or hyphens only (punctuation ends the run).
 * Example: in "42 NGOs signed a letter", after the number → ["NGOs", "signed", "a", "letter"].
 */
export function readWordsAfter(text: string, offset: number, max: number): Word[] {
  const out: Word[] = [];
  const re = /[\s\-‑]+([A-Za-z][A-Za-z'’]*)|[^\s\-‑A-Za-z]/y;
  re.lastIndex = offset;
  while (out.length < max) {
    const m = re.exec(text);
    if (!m || !m[1]) break;
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, text: m[1], lower: m[1].toLowerCase() });
  }
  return out;
}

/**
 * Up to `max` words before `offset`, nearest first, stopping at punctuation other than hyphens
 * and apostrophes. Example: in "a meeting that lasted 5 hours", before "5" → ["lasted", "that", "meeting", "a"].
 */
export function readWordsBefore(text: string, offset: number, max: number): Word[] {
  const out: Word[] = [];
  let i = offset;
  while (out.length < max) {
    const head = text.slice(0, i);
    const m = /([A-Za-z][A-Za-z'’]*)[\s\-‑]+$/.exec(head) ?? (out.length === 0 ? /([A-Za-z][A-Za-z'’]*)$/.exec(head) : null);
    if (!m) break;
    const start = m.index;
    out.push({ start, end: start + m[1].length, text: m[1], lower: m[1].toLowerCase() });
    i = start;
  }
  return out;
}

/** True for a plural-looking noun: "NGOs", "buses", "embassies", "people". */
export function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower in irregularPlurals) return true;
  return /[^su's]s$/.test(lower) || /(ss|x|ch|sh)es$/.test(lower) || /[^aeiou]ies$/.test(lower) || /[A-Z]s$/.test(word);
}

/** Singular lower-case form of a counted noun: "NGOs" → "ngo", "buses" → "bus", "embassies" → "embassy". */
export function singularize(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (lower in irregularPlurals) return irregularPlurals[lower];
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh|us)es$/.test(lower) || /[^aeiou]ses$/.test(lower)) return lower.slice(0, -2);
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}
