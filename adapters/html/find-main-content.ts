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
const strongNegativeWords = new Set(hints.strongNegative);
const negativeWords = new Set(hints.negative);
const positiveWords = new Set(hints.positive);
const positiveTokens = new Set(hints.positiveTokens);
const stockPhrases = new Set(hints.boilerplateText);
const endsSentence = /[.!?…"”’»)\]:;。！？」』）]$/;
const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
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
    if (boilerTags.has(el.tag) || hintStrength(el) > 0 || el.attrs.role === 'navigation' || el.attrs.role === 'complementary' || el.attrs.role === 'contentinfo') {
      // <form> wraps whole ASP.NET pages; <header> may hold a whole article: only small ones are boilerplate.
      ownBoiler[i] = 1;
    }
  }
  const blocks = collectBlocks(page.root, (el) => hintStrength(el) === 2);
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
    // A "boilerplate" element that holds most of the page's text is a layout wrapper
    // ("page-with-sidebar"), not boilerplate; a sidebar may well outweigh the article, hence 80%.
    isBoiler[i] = parentBoiler || (ownBoiler[i] && subtreeChars[i] < 0.5 * total) ? 1 : 0;
  }

  // Step 2: weigh blocks. An articleBody from JSON-LD confirms paragraphs it contains.
  const bodyKey = articleBody && articleBody.length > 200 ? squash(articleBody) : null;
  const weights = new Float64Array(blocks.length);
  for (let k = 0; k < blocks.length; k++) weights[k] = weighBlock(blocks[k], isBoiler[blocks[k].owner.index] === 1, bodyKey);
  const blockCount = new Uint32Array(n);
  for (const b of blocks) blockCount[b.owner.index]++;
  for (let i = n - 1; i > 0; i--) {
    const parent = elements[i].parent;
    if (parent) blockCount[parent.index] += blockCount[i];
  }
  const isTeaser = new Uint8Array(blocks.length);
  for (let k = 1; k < blocks.length; k++) {
    if (weights[k] > 0 && isTeaserSummary(blocks[k - 1], blocks[k], blockCount, subtreeChars)) {
      isTeaser[k] = 1;
      weights[k] = -0.5 * blocks[k].text.length;
    }
  }

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
    if (!inside[i] || boilerInside[i] || isTeaser[k]) continue;
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
  // One CJK character carries about as much as a short word: weigh it like three Latin ones.
  const len = cjk.test(b.text) ? 3 * b.text.length : b.text.length;
  const linkShare = b.linkChars / len;
  if (bodyKey && len >= 40 && bodyKey.includes(squash(b.text))) return isBoiler ? len : 3 * len;
  if (isBoiler) return -len;
  if (linkShare > 0.5) return -len;
  if (b.heading > 0) return 0;
  if (len >= 100 || (len >= 40 && endsSentence.test(b.text))) return len * (1 - linkShare);
  return 0;
}

/**
 * A teaser card: a summary right after a linked headline, both in one small box (at most four blocks,
 * under 700 characters): "<li><h3><a>Joker killed at the box office</a></h3><p>Our family always…</p></li>".
 */
function isTeaserSummary(title: TextBlock, summary: TextBlock, blockCount: Uint32Array, subtreeChars: Float64Array): boolean {
  if (title.text.length > 200 || title.linkChars / title.text.length < 0.8 || summary.text.length > 500) return false;
  // The smallest element holding both blocks, at most six levels up from the summary.
  let box: HtmlElement | null = summary.owner;
  for (let step = 0; box && step < 6; step++, box = box.parent) {
    if (isAncestorOrSelf(box, title.owner)) break;
  }
  if (!box || !isAncestorOrSelf(box, title.owner)) return false;
  return blockCount[box.index] <= 4 && subtreeChars[box.index] < 700;
}

function isAncestorOrSelf(a: HtmlElement, b: HtmlElement): boolean {
  for (let e: HtmlElement | null = b, step = 0; e && step < 12; e = e.parent, step++) if (e === a) return true;
  return false;
}

function isLinkList(b: TextBlock): boolean {
  const share = b.linkChars / b.text.length;
  return share > 0.5;
}

function isStockPhrase(text: string): boolean {
  if (text.length > 40) return false;
  return stockPhrases.has(text.toLowerCase().replace(/[\s:.!…>»|-]+$/u, '').trim());
}

/** Letters and digits only, lower-cased: layout-independent text for containment tests. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How strongly an element's class/id says boilerplate: 0 not, 1 weakly, 2 strongly (see content-hints.json). */
export function hintStrength(el: HtmlElement): 0 | 1 | 2 {
  const cls = el.attrs.class;
  const id = el.attrs.id;
  if (!cls && !id) return 0;
  const tokens = `${cls ?? ''} ${id ?? ''}`.toLowerCase().split(/\s+/);
  let verdict: 0 | 1 | 2 = 0;
  for (const token of tokens) {
    if (!token) continue;
    if (positiveTokens.has(token)) return 0;
    let strong = false;
    let weak = false;
    let positive = false;
    for (const part of token.split(/[-_:]+/)) {
      if (!part) continue;
      if (matchesWord(part, strongNegativeWords)) strong = true;
      else if (matchesWord(part, negativeWords)) weak = true;
      else if (matchesWord(part, positiveWords)) positive = true;
    }
    if (strong) verdict = 2;
    else if (weak && !positive) verdict = verdict || 1;
    else if (positive) return 0;
  }
  return verdict;
}

/** "commentlist" matches "comment"; "lead" does not match "ad" (see content-hints.json). */
function matchesWord(part: string, words: Set<string>): boolean {
  const memo = words === strongNegativeWords ? strongMemo : words === negativeWords ? negativeMemo : positiveMemo;
  let hit = memo.get(part);
  if (hit === undefined) {
    hit = matchesWordUncached(part, words);
    if (memo.size < 50_000) memo.set(part, hit);
  }
  return hit;
}

// Class names repeat across pages and within one: remember each part's verdict.
const strongMemo = new Map<string, boolean>();
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
