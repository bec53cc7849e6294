/**
 * A small sentence splitter for the summary bench, so that every system scored sees the same
 * sentences: a break after . ! ? (and any closing quotes or brackets) followed by a space and a
 * capital, digit or opening quote, unless the word before the stop is a title or an initial.
 * Example: "Sen. Bernie Sanders won. He said “we will win.” Then he left." → 3 sentences.
 */
import type { Sentence } from '../src/model/text.js';

const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'prof', 'pres', 'rev', 'ft', 'mt', 'jan', 'feb', 'aug', 'sept', 'oct',
  'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'd.c', 'a.m', 'p.m',
]);

/** Split one article's text into sentences with spans; paragraphs are separated by line breaks. */
export function splitBenchSentences(article: string, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])|\n+/gu;
  let start = 0;
  let paragraph = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (/[\p{L}\p{N}]/u.test(body)) {
      const s = start + lead;
      sentences.push({ id: `${article}#${sentences.length}`, article, index: sentences.length, start: s, end: s + body.length, text: body, paragraph });
    }
  };
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0].startsWith('\n')) {
      push(m.index);
      start = m.index + m[0].length;
      paragraph++;
      continue;
    }
    if (m[0].startsWith('.')) {
      const before = text.slice(start, m.index).match(/([\p{L}.]+)$/u)?.[1] ?? '';
      if (abbreviations.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
    }
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
