/**
 * Words of one outlet's version of a quote that no other outlet's version has, for the "Who said
 * what" table: `“at the lowest point since its establishment”` beside `“at its worst point …”`
 * marks "lowest" in one and "worst" in the other. Comparison ignores case and punctuation.
 */
import { escapeHtml } from './escape-html.js';

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The bare words of a text: lower-case letters and digits. */
function bareWords(text: string): Set<string> {
  return new Set([...text.toLowerCase().matchAll(wordPattern)].map((m) => m[0]));
}

/**
 * Escaped HTML of `text` with each word that none of `others` contains wrapped in
 * `<mark class="differs">`. With no others, the text is only escaped.
 */
export function markQuoteWording(text: string, others: readonly string[]): string {
  if (others.length === 0) return escapeHtml(text);
  const known = new Set<string>();
  for (const o of others) for (const w of bareWords(o)) known.add(w);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(wordPattern)) {
    out += escapeHtml(text.slice(at, m.index));
    out += known.has(m[0].toLowerCase()) ? escapeHtml(m[0]) : `<mark class="differs">${escapeHtml(m[0])}</mark>`;
    at = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(at));
}
