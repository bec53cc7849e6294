/**
 * An article's cleaned text as escaped HTML with its cited spans marked, every cited span
 * reachable by an id anchor at its exact start, so that a summary line, a unique fact or a quote
 * variant can link to the words it came from.
 *
 * Example: text "A met B. C said 'go'." with a summary span 0–8 and a quote span 15–19 gives
 * `<mark class="used" id="…-0">A met B.</mark> C said '<mark class="quoted" id="…-15">go'.</mark>`
 * (schematically). Spans nest (a quote inside its sentence); a span crossing the end of the
 * span around it gets an empty anchor instead of a mark, so its link still lands on its start.
 */
import { escapeHtml } from './escape-html.js';

/** How a span is cited, strongest first when two marks cover the same words. */
export const markClasses = ['disputed', 'used', 'agreed', 'unique', 'quoted'] as const;
export type MarkClass = (typeof markClasses)[number];

/** One span to mark, in character offsets of the cleaned text. */
export interface TextMark {
  start: number;
  end: number;
  cls: MarkClass;
}

function isStronger(a: MarkClass, b: MarkClass): boolean {
  return markClasses.indexOf(a) < markClasses.indexOf(b);
}

/** One mark per exact span (the strongest class wins), in document order, outer spans first. */
function orderMarks(text: string, marks: readonly TextMark[]): TextMark[] {
  const bySpan = new Map<string, TextMark>();
  for (const m of marks) {
    if (m.start < 0 || m.end > text.length || m.end <= m.start) continue;
    const key = `${m.start}:${m.end}`;
    const previous = bySpan.get(key);
    if (!previous || isStronger(m.cls, previous.cls)) bySpan.set(key, m);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Escaped HTML of `text` with the marks as `<mark>` elements. Newlines are kept (the caller
 * splits paragraphs on them); marks open across a newline are closed before it and reopened
 * after it, so each paragraph is well nested. `anchorId(start)` names the anchor of a span.
 */
export function markArticleText(text: string, marks: readonly TextMark[], anchorId: (start: number) => string): string {
  const open: TextMark[] = [];
  const anchored = new Set<number>();
  let pos = 0;
  let html = '';
  const openTag = (m: TextMark, id: string | null) => `<mark class="${m.cls}"${id ? ` id="${escapeHtml(id)}"` : ''}>`;
  const emitTo = (to: number) => {
    const close = '</mark>'.repeat(open.length);
    const reopen = open.map((m) => openTag(m, null)).join('');
    html += text.slice(pos, to).split('\n').map(escapeHtml).join(`${close}\n${reopen}`);
    pos = to;
  };
  const closeUntil = (at: number) => {
    while (open.length > 0 && open[open.length - 1].end <= at) {
      emitTo(open[open.length - 1].end);
      open.pop();
      html += '</mark>';
    }
  };
  const claimAnchor = (start: number): string | null => {
    if (anchored.has(start)) return null;
    anchored.add(start);
    return anchorId(start);
  };
  for (const m of orderMarks(text, marks)) {
    closeUntil(m.start);
    emitTo(m.start);
    const parent = open[open.length - 1];
    const id = claimAnchor(m.start);
    if (parent && m.end > parent.end) {
      if (id) html += `<span id="${escapeHtml(id)}"></span>`;
      continue;
    }
    html += openTag(m, id);
    open.push(m);
  }
  closeUntil(Infinity);
  emitTo(text.length);
  return html;
}
