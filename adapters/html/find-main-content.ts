/**
 * Main-content detection, in numbered steps:
 *   1. mark boilerplate elements (nav, aside, footer, figure captions, class/id hints from
 *      content-hints.json) — but never one that encloses the article (`<article>`, `<main>`,
 *      `itemprop="articleBody"`);
 *   2. weigh every text block: paragraph-like text counts for, link lists and boilerplate against;
 *   3. sum the weights up the tree (post-order over the pre-order list) and take the element
 *      whose subtree weighs most (the smallest one on ties): the container;
 *   4. keep the container's blocks that are neither boilerplate, link lists, teasers nor
 *      stock phrases ("Advertisement"), in reading order.
 */
import hints from './content-hints.json' with { type: 'json' };
import type { HtmlElement, ParsedPage } from './parse-html.js';
import { collectBlocks, type TextBlock } from './collect-blocks.js';

/** The chosen blocks and the container they came from. */
export interface MainContent {
  blocks: TextBlock[];
  container: HtmlElement | null;
  /** Short "By …" lines removed from the body (a byline fallback for metadata). */
  bylines: string[];
}

const boilerTags = new Set(['nav', 'aside', 'footer', 'figcaption', 'figure', 'menu', 'form', 'header', 'address', 'dialog', 'label', 'legend', 'option']);
const enclosingTags = new Set(['html', 'body', 'article', 'main', '#root']);
const negativeWords = new Set(hints.negative);
const positiveWords = new Set(hints.positive);
const positiveTokens = new Set(hints.positiveTokens);
const stockPhrases = new Set(hints.boilerplateText);
const endsSentence = /[.!?…"”’»)\]:;]$/;
const bylineLine = /^(?:by|von|par|por|di|door|av|af)\s+\p{Lu}[\p{L}.'’-]+(?:[\s,]+(?:and\s+|&\s+|und\s+|et\s+|y\s+)?\p{Lu}[\p{L}.'’-]+){0,6}\s*$/u;

/** Find the article body among a page's blocks; `articleBody` (JSON-LD) helps when given. */
export function findMainContent(page: ParsedPage, articleBody: string | null): MainContent {
  const { elements } = page;
  const n = elements.length;
  // Step 1: boilerplate marks, inherited downwards (pre-order: parents come first).
  const enclosesArticle = new Uint8Array(n);
  for (let i = n - 1; i > 0; i--) {
    const el = elements[i];
    if (el.tag === 'article' || el.tag === 'main' || /articleBody/i.test(el.attrs.itemprop ?? '') || enclosesArticle[i]) {
      if (el.parent) enclosesArticle[el.parent.index] = 1;
    }
  }
  const ownBoiler = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const el = elements[i];
    if (enclosesArticle[i] || enclosingTags.has(el.tag)) continue;
    if (boilerTags.has(el.tag) || isNegativeByHints(el) || el.attrs.role === 'navigation' || el.attrs.role === 'complementary' || el.attrs.role === 'contentinfo') {
      // <form> wraps whole ASP.NET pages; <header> may hold a whole article: only small ones are boilerplate.
      ownBoiler[i] = 1;
    }
  }
  const blocks = collectBlocks(page.root);
  const ownChars = new Float64Array(n);
  for (const b of blocks) ownChars[b.owner.index] += b.text.length;
  const subtreeChars = Float64Array.from(ownChars);
  for (let i = n - 1; i > 0; i--) {
    const parent = elements[i].parent;
    if (parent) subtreeChars[parent.index] += subtreeChars[i];
  }
  const total = subtreeChars[0] || 1;
  const isBoiler = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const el = elements[i];
    const parentBoiler = el.parent ? isBoiler[el.parent.index] : 0;
    // A "boilerplate" element that holds over half the page's text is a layout wrapper, not boilerplate.
    isBoiler[i] = parentBoiler || (ownBoiler[i] && subtreeChars[i] < 0.5 * total) ? 1 : 0;
  }

  // Step 2: weigh blocks. An articleBody from JSON-LD confirms paragraphs it contains.
  const bodyKey = articleBody && articleBody.length > 200 ? squash(articleBody) : null;
  const weights = new Float64Array(blocks.length);
  for (let k = 0; k < blocks.length; k++) weights[k] = weighBlock(blocks[k], isBoiler[blocks[k].owner.index] === 1, bodyKey);

  // Step 3: subtree sums and the heaviest subtree.
  const score = new Float64Array(n);
  for (let k = 0; k < blocks.length; k++) score[blocks[k].owner.index] += weights[k];
  for (let i = n - 1; i > 0; i--) {
    const parent = elements[i].parent;
    if (parent) score[parent.index] += score[i];
  }
  let best = -1;
  for (let i = n - 1; i >= 0; i--) if (best < 0 || score[i] > score[best]) best = i;
  if (best < 0 || score[best] <= 0) return { blocks: [], container: null, bylines: [] };
  const container = elements[best];

  // Step 4: keep the container's good blocks, in order.
  const inside = new Uint8Array(n);
  inside[best] = 1;
  for (let i = best + 1; i < n; i++) {
    const parent = elements[i].parent;
    if (parent && inside[parent.index]) inside[i] = 1;
  }
  // Boilerplate marks are judged relative to the container: a container inside a "sidebar" wrapper keeps its text.
  const boilerInside = new Uint8Array(n);
  for (let i = best + 1; i < n; i++) {
    if (!inside[i]) continue;
    const parent = elements[i].parent!;
    boilerInside[i] = (parent.index !== best && boilerInside[parent.index]) || (ownBoiler[i] && subtreeChars[i] < 0.5 * subtreeChars[best]) ? 1 : 0;
  }
  const kept: TextBlock[] = [];
  const bylines: string[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const i = b.owner.index;
    if (!inside[i] || boilerInside[i]) continue;
    if (isLinkList(b) || isStockPhrase(b.text)) continue;
    if (b.text.length < 80 && bylineLine.test(b.text)) {
      bylines.push(b.text);
      continue;
    }
    kept.push(b);
  }
  return { blocks: kept, container, bylines };
}

/** Paragraph-like text weighs its length; link lists and boilerplate weigh against. */
function weighBlock(b: TextBlock, isBoiler: boolean, bodyKey: string | null): number {
  const len = b.text.length;
  const linkShare = b.linkChars / len;
  if (bodyKey && len >= 40 && bodyKey.includes(squash(b.text))) return isBoiler ? len : 3 * len;
  if (isBoiler) return -len;
  if (linkShare > 0.5) return -len;
  if (b.heading > 0) return 0;
  if (len >= 100 || (len >= 40 && endsSentence.test(b.text))) return len * (1 - linkShare);
  return 0;
}

function isLinkList(b: TextBlock): boolean {
  const share = b.linkChars / b.text.length;
  return share > 0.5 || (b.isListItem && share > 0.3);
}

function isStockPhrase(text: string): boolean {
  if (text.length > 40) return false;
  return stockPhrases.has(text.toLowerCase().replace(/[\s:.!…>»|-]+$/u, '').trim());
}

/** Letters and digits only, lower-cased: layout-independent text for containment tests. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether an element's class/id says boilerplate (see content-hints.json for the matching rule). */
export function isNegativeByHints(el: HtmlElement): boolean {
  const cls = el.attrs.class;
  const id = el.attrs.id;
  if (!cls && !id) return false;
  const tokens = `${cls ?? ''} ${id ?? ''}`.toLowerCase().split(/\s+/);
  let negative = false;
  for (const token of tokens) {
    if (!token) continue;
    if (positiveTokens.has(token)) return false;
    let tokenNegative = false;
    let tokenPositive = false;
    for (const part of token.split(/[-_:]+/)) {
      if (!part) continue;
      if (matchesWord(part, negativeWords)) tokenNegative = true;
      else if (matchesWord(part, positiveWords)) tokenPositive = true;
    }
    if (tokenNegative) negative = true;
    else if (tokenPositive) return false;
  }
  return negative;
}

/** "commentlist" matches "comment"; "lead" does not match "ad" (see content-hints.json). */
function matchesWord(part: string, words: Set<string>): boolean {
  const memo = words === negativeWords ? negativeMemo : positiveMemo;
  let hit = memo.get(part);
  if (hit === undefined) {
    hit = matchesWordUncached(part, words);
    if (memo.size < 50_000) memo.set(part, hit);
  }
  return hit;
}

// Class names repeat across pages and within one: remember each part's verdict.
const negativeMemo = new Map<string, boolean>();
const positiveMemo = new Map<string, boolean>();

function matchesWordUncached(part: string, words: Set<string>): boolean {
  if (words.has(part)) return true;
  if (part.endsWith('s') && words.has(part.slice(0, -1))) return true;
  for (const w of words) {
    if (w.length >= 4 && part.length > w.length && part.startsWith(w)) return true;
    if (w.length >= 5 && part.length > w.length && part.endsWith(w)) return true;
  }
  return false;
}
