/** Test helper: naive sentences for fixtures (line breaks and ". X" boundaries), with true offsets. */
import type { Sentence } from '../../src/model/text.js';

// No split after a title abbreviation, an initial or a dotted acronym: "Mr. Okafor", "George W. Bush", "U.S. Secretary".
const boundary = /(?<!(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Gen|Rep|Jr|Sr|Lt|Col|Prof|No|[A-Z]|(?:[A-Z]\.)+[A-Z])\.)(?<=[.!?]["”]?)\s+(?=[A-Z“"])/g;

/** Split an article's text into sentences; blank lines and lines without letters are skipped. */
export function makeSentences(article: string, text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!/\p{L}/u.test(line)) continue;
    let pos = 0;
    const parts: [number, number][] = [];
    for (const m of line.matchAll(boundary)) {
      parts.push([pos, m.index ?? 0]);
      pos = (m.index ?? 0) + m[0].length;
    }
    parts.push([pos, line.length]);
    for (const [a, b] of parts) {
      const raw = line.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const start = lineStart + a + lead;
      out.push({ id: `${article}#${out.length}`, article, index: out.length, start, end: start + body.length, text: body, paragraph });
    }
    paragraph++;
  }
  return out;
}
