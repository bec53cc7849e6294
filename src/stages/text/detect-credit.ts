/**
 * Wire and photo credit lines: "With News Wire Services", "Photo: Reuters", "(AP Photo/Ng Han Guan)".
 */
import creditLines from './data/credit-lines.json' with { type: 'json' };
import { countWords } from './line-key.js';

/** All patterns as one alternation: one regex run per line instead of one per pattern. */
const anyPattern = new RegExp(creditLines.patterns.map((p) => `(?:${p})`).join('|'), 'iu');

/**
 * Is this whole line a credit? `key` is `toLineKey(line)`.
 * Example: "With News Wire Services" → true; "Reuters reported the talks lasted five hours." → false.
 */
export function isCreditLine(line: string, key: string): boolean {
  if (countWords(line) > creditLines.maxWords) return false;
  return anyPattern.test(key);
}
