/**
 * Scraper and page furniture: error banners, share/subscribe/cookie prompts, "Advertisement", "Read more".
 */
import junkLines from './data/junk-lines.json' with { type: 'json' };
import { countWords } from './line-key.js';

const exact = new Set(junkLines.exact);
/** All patterns as one alternation: one regex run per line instead of one per pattern. */
// `key` is lower-cased already, and the patterns use no Unicode classes, so neither the i nor the
// u flag: the alternation then compiles in a third of the time (it is compiled on every run).
const anyPattern = new RegExp(junkLines.patterns.map((p) => `(?:${p})`).join('|'));

/**
 * Is this whole line page furniture? `key` is `toLineKey(line)`. Matches whole lines or line
 * openings only, so a sentence that merely mentions cookies or newsletters stays.
 * Example: "Please try again later." → true; "Users must accept cookies under the new law." → false.
 */
export function isJunkLine(line: string, key: string): boolean {
  if (exact.has(key)) return true;
  if (countWords(line) > junkLines.maxWords) return false;
  return anyPattern.test(key);
}
