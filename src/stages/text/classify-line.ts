/**
 * Decides what one line of an article is: body text, a heading, or something to drop and why.
 */
import type { DropReason } from '../../model/text.js';
import { isJunkLine } from './detect-junk.js';
import { isCreditLine } from './detect-credit.js';
import { isCaptionLine } from './detect-caption.js';
import { isHeadingLine } from './detect-heading.js';
import { countWords, toLineKey } from './line-key.js';

/** What a line is. */
export type LineKind = 'body' | 'heading' | DropReason;

/** Lines longer than this are always prose: no junk, credit, caption or heading is this long. */
const maxFurnitureChars = 600;
/** Lines with more words than this are always prose (the longest caption form allows 45 words). */
const maxFurnitureWords = 60;

/**
 * Classify one line (bullet removed, whitespace collapsed). Order matters: junk and credits are
 * recognised before captions, and captions before headings ("FILE PHOTO: …" is a caption).
 * Options: `key` (default computed) — the line's `toLineKey`, when the caller has it already.
 * Example: "Please try again later." → "junk"; "EMPHASIS ON THE TAIWAN ISSUE" → "heading".
 */
export function classifyLine(line: string, options: { key?: string } = {}): LineKind {
  if (!/\p{L}/u.test(line)) return 'empty';
  if (line.length > maxFurnitureChars || countWords(line) > maxFurnitureWords) return 'body';
  const key = options.key ?? toLineKey(line);
  if (isJunkLine(line, key)) return 'junk';
  if (isCreditLine(line, key)) return 'credit';
  if (isCaptionLine(line)) return 'caption';
  if (isHeadingLine(line)) return 'heading';
  return 'body';
}
