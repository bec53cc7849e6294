/**
 * Cleaning: one article's normalised text → its cleaned text, headings, and everything removed.
 */
import type { CleanedText, Dropped, DropReason, Heading } from '../../model/text.js';
import { classifyLine, type LineKind } from './classify-line.js';
import { isRepeatedCaption } from './detect-caption.js';
import { collapseSpaces, countWords, toLineKey } from './line-key.js';
import lineWrap from './data/line-wrap.json' with { type: 'json' };

/** A list bullet and the space after it: "• Oops!", "- Read more", "▪ Share". */
const bullet = /^[•·▪▫◦‣●○■□►▶➤✓✔*–-]\s+/u;
/** Lines longer than this are compared as written: only short lines need case and quotes ignored. */
const maxKeyedChars = 1000;
/** A list block's lines are this short when they are an error banner or a prompt, not prose. */
const blockLineMaxWords = 12;

const wrapEndWords = new Set(lineWrap.endWords);
/** Sentence punctuation, possibly inside closing quotes or brackets, at the end of a line. */
const punctuatedEnd = /[.!?…:;]["”’'»)\]]*$|["”’»]$/u;
/** A wrapped line is at least this long (wrap columns are 60-80 characters; list items are shorter). */
const minWrappedChars = 35;
/** Lower case first, but not a camel-case name ("iPhone", "eBay"). */
const lowerStart = /^\p{Ll}(?!\p{Ll}{0,2}\p{Lu})/u;

/** One non-blank input line, or several when the input is hard-wrapped. */
interface Line {
  /** Trimmed text as written, bullet removed. */
  raw: string;
  /** Offsets of `raw` in the input. */
  start: number;
  end: number;
  indent: number;
  hasBullet: boolean;
  /** `raw` with whitespace collapsed: what the cleaned text keeps. */
  text: string;
  /** `toLineKey(text)`, what line comparisons use; a long line is its own key (no junk is that long). */
  key: string;
  kind: LineKind;
}

/**
 * Does `next` continue `previous`, a hard-wrapped line of the same paragraph? Only when no blank
 * line or bullet separates them and `previous` ends without sentence punctuation, and either
 * `previous` ends in a word no paragraph ends in, or `next` starts in lower case after a line long
 * enough to have reached a wrap column (short list items such as "baby carrier" stay apart).
 * Example: "Blinken met his counterpart in the" / "Diaoyutai State Guest House on Sunday." → one line.
 */
function isContinuation(previous: string, next: string): boolean {
  if (punctuatedEnd.test(previous)) return false;
  if (wrapEndWords.has(previous.slice(previous.lastIndexOf(' ') + 1))) return true;
  return previous.length >= minWrappedChars && lowerStart.test(next) && !/^(?:https?:|www\.|@)/u.test(next);
}

/** Split the input into non-blank lines with their offsets, indentation and bullets; re-join hard-wrapped lines. */
function readLines(input: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let isAfterBlank = true;
  let previous: Line | null = null;
  /** The last physical line read, whitespace collapsed. */
  let previousLine = '';
  for (const rawLine of input.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const indent = rawLine.length - rawLine.trimStart().length;
    let body = rawLine.trim();
    if (body === '') {
      isAfterBlank = true;
      continue;
    }
    let start = lineStart + indent;
    const mark = bullet.exec(body);
    if (previous && !isAfterBlank && !mark && isContinuation(previousLine, body)) {
      previous.end = start + body.length;
      previousLine = collapseSpaces(body);
      continue;
    }
    if (mark) {
      body = body.slice(mark[0].length);
      start += mark[0].length;
    }
    previous = { raw: '', start, end: start + body.length, indent, hasBullet: !!mark, text: '', key: '', kind: 'body' };
    lines.push(previous);
    previousLine = collapseSpaces(body);
    isAfterBlank = false;
  }
  for (const line of lines) {
    line.raw = input.slice(line.start, line.end);
    line.text = collapseSpaces(line.raw);
    line.key = line.text.length > maxKeyedChars ? line.text : toLineKey(line.text);
  }
  return lines;
}

/**
 * A bullet item and its more-indented continuation lines form one block; when one of its short
 * lines is junk, the whole block is. Example: "• Oops!" / "Something went wrong." / "Please try again later.".
 */
function dropJunkBlocks(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].hasBullet) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end].hasBullet && lines[end].indent > lines[i].indent) end++;
    const block = lines.slice(i, end);
    const isShort = block.every((l) => countWords(l.text) <= blockLineMaxWords);
    if (isShort && block.some((l) => l.kind === 'junk')) {
      for (const l of block) if (l.kind === 'body' || l.kind === 'heading') l.kind = 'junk';
    }
    i = end - 1;
  }
}

/**
 * Lines that repeat the title or an earlier line are dropped as repeated; a caption-like line
 * that occurs twice is image text, so its first occurrence goes too, as a caption.
 */
function dropRepeatedLines(lines: Line[], title: string | undefined): void {
  const titleKey = title ? toLineKey(title) : null;
  const firstByKey = new Map<string, Line>();
  for (const line of lines) {
    if (line.kind !== 'body' && line.kind !== 'heading') continue;
    const key = line.key;
    if (key === titleKey) {
      line.kind = 'repeated';
      continue;
    }
    if (countWords(line.text) < 2) continue;
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, line);
      continue;
    }
    line.kind = 'repeated';
    if (first.kind === 'body' && isRepeatedCaption(first.text)) first.kind = 'caption';
  }
}

/**
 * Clean one article's normalised text, line by line: drop page junk, credits, captions, repeated
 * and letterless lines (each into `dropped` with its reason and offset), strip bullets, collapse
 * whitespace, and mark headings (ALL-CAPS subheads, "Label:" lines) with spans into the cleaned
 * text. Blank lines are paragraph breaks, not content, and are not reported; hard-wrapped lines
 * are joined back into their paragraph first.
 * Options: `title` (default none) — a line equal to it is the title, not body.
 */
export function cleanText(articleId: string, text: string, options: { title?: string } = {}): CleanedText {
  const lines = readLines(text);
  for (const line of lines) line.kind = classifyLine(line.text, { key: line.key });
  dropJunkBlocks(lines);
  dropRepeatedLines(lines, options.title);

  const kept: string[] = [];
  const headings: Heading[] = [];
  const dropped: Dropped[] = [];
  let offset = 0;
  for (const line of lines) {
    if (line.kind === 'body' || line.kind === 'heading') {
      if (line.kind === 'heading') {
        headings.push({ article: articleId, start: offset, end: offset + line.text.length, text: line.text });
      }
      kept.push(line.text);
      offset += line.text.length + 1;
    } else {
      dropped.push({ article: articleId, text: line.raw, reason: line.kind as DropReason, start: line.start });
    }
  }
  return { text: kept.join('\n'), headings, dropped };
}
