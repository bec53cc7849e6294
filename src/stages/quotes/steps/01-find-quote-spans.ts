/**
 * Step 1: quotation-mark spans in one article's sentences, across sentence breaks within a
 * paragraph (or into the next paragraph when that one closes it). Example:
 * `“It is absolutely vital … communications,” Blinken said.` → one span
 * "It is absolutely vital … communications"; `“We must … . We will …”` → one span over two sentences.
 *
 * Marks: “…” „…“ «…» "…" (also spaced: `" … "`) ``…'' (pre-tokenised text), and ‘…’ outside double quotes. A single
 * ’ between letters is an apostrophe, never a close. A quote still open at the end of its
 * paragraph ends there (news style leaves it open when the quote runs on into the next paragraph).
 */
import type { Sentence } from '../../../model/text.js';

/** A quoted span: article offsets of the inner words and the sentences it touches. */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  /** Article offsets of the opening and closing marks (close is null when unclosed). */
  openMark: number;
  closeMark: number | null;
  /** Offset just past the closing mark (or the inner end when unclosed). */
  after: number;
  /** Punctuation trimmed off the end inside the marks (`,` of `“…,” he said`), or "". */
  trimmed: string;
  sentences: Sentence[];
}

type Quote = { mark: number; inner: number; single: boolean };

/** The paragraph's text rebuilt from its sentences; gaps are spaces, or line breaks between paragraphs. */
function paragraphText(sentences: Sentence[]): { text: string; base: number } {
  const base = sentences[0].start;
  let text = '';
  sentences.forEach((s, i) => {
    const gap = Math.max(0, s.start - base - text.length);
    text += (i > 0 && s.paragraph !== sentences[i - 1].paragraph ? '\n' : ' ').repeat(gap) + s.text;
  });
  return { text, base };
}

/** Offset of the start of the line holding `i` past leading spaces: a straight single mark opens a quote only there. */
function firstLetterBefore(text: string, i: number): number {
  let start = text.lastIndexOf('\n', i - 1) + 1;
  while (start < i && /\s/.test(text[start])) start++;
  return start;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Trim spaces and a trailing comma/colon from the inner span: `We appreciate … time , ` → `We appreciate … time`. */
function trimInner(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
  return [s, e];
}

/** Find the quoted spans of one paragraph, or of paragraphs joined by a running quote (sentences in order). */
function findInParagraph(sentences: Sentence[]): QuoteSpan[] {
  const { text, base } = paragraphText(sentences);
  const out: QuoteSpan[] = [];
  let open: Quote | null = null;
  const close = (closeMark: number | null, innerEnd: number, after: number) => {
    if (!open) return;
    const [s, e] = trimInner(text, open.inner, innerEnd);
    if (e > s) {
      const touched = sentences.filter((x) => x.start - base < e && x.end - base > s);
      const trimmed = text.slice(e, innerEnd).trim();
      out.push({ start: base + s, end: base + e, text: text.slice(s, e), trimmed, openMark: base + open.mark, closeMark: closeMark === null ? null : base + closeMark, after: base + after, sentences: touched });
    }
    open = null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = text[i - 1];
    const next = text[i + 1];
    if (c === '`' && next === '`') {
      if (open) close(i, i, i);
      open = { mark: i, inner: i + 2, single: false };
      i++;
    } else if (c === "'" && next === "'" && open && !open.single) {
      close(i, i, i + 2);
      i++;
    } else if (c === "'" && next === "'" && !open && isSpace(prev) && /^\s?[A-Z]/.test(text.slice(i + 2, i + 4))) {
      // Two straight single marks also open a quote: `''I can't speak for the first death …,'' Inspector Gaskin said.`
      open = { mark: i, inner: i + 2, single: false };
      i++;
    } else if (c === '“' || c === '„' || c === '«') {
      if (open) close(i, i, i); // an unbalanced quote: the new one starts here
      open = { mark: i, inner: i + 1, single: false };
    } else if ((c === '”' || c === '»') && open && !open.single) {
      close(i, i, i + 1);
    } else if (c === '"') {
      // Straight quotes toggle; pre-tokenised text spaces them on both sides (`" He 's strong . "`).
      if (open && !open.single) close(i, i, i + 1);
      // A mark glued to the word before and spaced after is a stray close: `… with China." it was said.`
      else if (!open && !(!isSpace(prev) && isSpace(next))) open = { mark: i, inner: i + 1, single: false };
    } else if (c === '‘' && !open && !isLetter(prev) && isLetter(next)) {
      open = { mark: i, inner: i + 1, single: true };
    } else if (c === "'" && !open && isSpace(prev) && /[A-Z]/.test(next ?? '') && i === firstLetterBefore(text, i)) {
      // A straight single mark opening a line: `'There's an active search for this suspect . '`
      open = { mark: i, inner: i + 1, single: true };
    } else if ((c === '’' || c === "'") && open?.single && !isLetter(next) && (!isSpace(prev) || /[.,!?]\s$/.test(text.slice(i - 2, i)))) {
      close(i, i, i + 1);
    }
  }
  if (open) close(null, text.length, text.length);
  return out;
}

/**
 * Does this paragraph go on with a quote left open by the one before? Only when it does not open
 * a quote of its own first and its first mark reads as a close: `It needs science , " Brimmer said`
 * (pre-tokenised text puts every sentence on its own line).
 */
function continuesQuote(paragraph: Sentence[]): boolean {
  const text = paragraph.map((s) => s.text).join(' ');
  const m = /[“”"„«»]|``|''/.exec(text);
  if (!m) return false;
  if (m[0] === '”' || m[0] === '»' || m[0] === "''") return true;
  return m[0] === '"' && m.index > 0 && /\s/.test(text[m.index + 1] ?? ' ') && /[\s,.!?]/.test(text[m.index - 1]);
}

/** Most paragraphs without quotation marks a running quote may cover. */
const maxUnmarkedRun = 3;

const hasMark = (paragraph: Sentence[]) => paragraph.some((s) => /[“”"„«»]|``|''/.test(s.text));
/** Does a paragraph start with an opening mark (the next part of a quote running over paragraphs)? */
const opensWithMark = (paragraph: Sentence[]) => /^\s*(?:[“„«]|``)/.test(paragraph[0]?.text ?? '');

/**
 * How many paragraphs without marks follow `from`, when a paragraph that closes the quote or
 * opens its next part comes right after them (else 0: the quote is not taken to run on).
 */
function unmarkedRun(paragraphs: Sentence[][], from: number): number {
  let k = 0;
  while (k < maxUnmarkedRun && paragraphs[from + k] && !hasMark(paragraphs[from + k]!)) k++;
  const after = paragraphs[from + k];
  if (k === 0 || !after || !hasMark(after)) return 0;
  return continuesQuote(after) || opensWithMark(after) ? k : 0;
}

/** Find every quoted span in one article's sentences (any order; grouped by paragraph here). */
export function findQuoteSpans(sentences: Sentence[]): QuoteSpan[] {
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  const paragraphs: Sentence[][] = [];
  for (const s of ordered) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last[0].paragraph === s.paragraph) last.push(s);
    else paragraphs.push([s]);
  }
  const out: QuoteSpan[] = [];
  let group: Sentence[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    group.push(...paragraphs[i]);
    const spans = findInParagraph(group);
    const isOpen = spans.length > 0 && spans[spans.length - 1].closeMark === null;
    const next = paragraphs[i + 1];
    if (isOpen && next && continuesQuote(next)) continue;
    const run = isOpen ? unmarkedRun(paragraphs, i + 1) : 0;
    if (run > 0) {
      // One sentence per line (pre-tokenised text): the quote runs on over lines with no marks
      // until a line that closes it or opens its next part: `` He was just going back and forth .`
      // / `After the shots , he just put the lights off .` / `` It is terrifying .`
      const after = paragraphs[i + 1 + run]!;
      for (let k = 1; k <= run; k++) group.push(...paragraphs[i + k]);
      i += run;
      if (continuesQuote(after)) continue;
      out.push(...findInParagraph(group));
      group = [];
      continue;
    }
    out.push(...spans);
    group = [];
  }
  return out;
}
