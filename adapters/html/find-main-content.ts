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
  // Paragraph-like text per subtree, before any boilerplate judgement.
  const goodChars = new Float64Array(n);
  for (const b of blocks) goodChars[b.owner.index] += Math.max(0, weighBlock(b, false));
  for (let i = n - 1; i > 0; i--) {
    const parent = elements[i].parent;
    if (parent) goodChars[parent.index] += goodChars[i];
  }
  const isBoiler = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const el = elements[i];
    const parentBoiler = el.parent ? isBoiler[el.parent.index] : 0;
    isBoiler[i] = parentBoiler || (ownBoiler[i] && !isWrapper(el, subtreeChars[i], total, goodChars[i], goodChars[0])) ? 1 : 0;
  }

  // Step 2: weigh blocks. An articleBody from JSON-LD confirms paragraphs it contains.
  const inBody = matchArticleBody(blocks, articleBody);
  const weights = new Float64Array(blocks.length);
  let anyParagraph = false;
  for (let k = 0; k < blocks.length; k++) {
    weights[k] = weighBlock(blocks[k], isBoiler[blocks[k].owner.index] === 1, inBody[k]);
    if (weights[k] > 0) anyParagraph = true;
  }
  // Text inside the page's one `itemprop="articleBody"` is the article by the page's own account.
  const bodies = elements.filter((e) => /\barticleBody\b/i.test(e.attrs.itemprop ?? ''));
  if (bodies.length === 1) {
    const marked = new Uint8Array(n);
    marked[bodies[0].index] = 1;
    for (let i = bodies[0].index + 1; i < n; i++) {
      const parent = elements[i].parent;
      if (parent && marked[parent.index]) marked[i] = 1;
    }
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      if (marked[b.owner.index] && !isBoiler[b.owner.index] && b.linkChars / b.text.length <= 0.5 && b.text.length >= 20) {
        weights[k] = Math.max(weights[k], b.text.length) * 2;
        anyParagraph = true;
      }
    }
  }
  // A tiny page ("<p>Test</p>") has no paragraph-like block: then any plain, unlinked text counts.
  if (!anyParagraph) {
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      if (weights[k] === 0 && b.linkChars / b.text.length <= 0.5) weights[k] = b.text.length;
    }
  }
  const blockCount = new Uint32Array(n);
  for (const b of blocks) blockCount[b.owner.index]++;
  for (let i = n - 1; i > 0; i--) {
    const parent = elements[i].parent;
    if (parent) blockCount[parent.index] += blockCount[i];
  }
  const isTeaser = new Uint8Array(blocks.length);
  for (let k = 1; k < blocks.length; k++) {
    if (weights[k] > 0 && hasTeaserTitle(blocks, k, blockCount, subtreeChars)) {
      isTeaser[k] = 1;
      weights[k] = -0.5 * blocks[k].text.length;
    }
  }

  // Step 3: subtree sums and the heaviest subtree.
  let best = heaviestSubtree(elements, blocks, weights);
  if (best < 0 && isTeaser.some((t) => t === 1)) {
    // A front page is all teasers ("Highlights" of a section): then the teasers are the content.
    for (let k = 0; k < blocks.length; k++) if (isTeaser[k]) weights[k] = blocks[k].text.length;
    isTeaser.fill(0);
    best = heaviestSubtree(elements, blocks, weights);
  }
  if (best < 0) return { blocks: [], container: null, bylines: [] };
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
    const judged = ownBoiler[i] && !isWrapper(elements[i], subtreeChars[i], subtreeChars[best], goodChars[i], goodChars[best]);
    boilerInside[i] = (parent.index !== best && boilerInside[parent.index]) || judged ? 1 : 0;
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

/** Index of the element whose subtree's block weights sum highest (the smallest on ties), or -1 if none is positive. */
function heaviestSubtree(elements: HtmlElement[], blocks: TextBlock[], weights: Float64Array): number {
  const score = new Float64Array(elements.length);
  for (let k = 0; k < blocks.length; k++) score[blocks[k].owner.index] += weights[k];
  for (let i = elements.length - 1; i > 0; i--) {
    const parent = elements[i].parent;
    if (parent) score[parent.index] += score[i];
  }
  let best = -1;
  for (let i = elements.length - 1; i >= 0; i--) if (best < 0 || score[i] > score[best]) best = i;
  return best >= 0 && score[best] > 0 ? best : -1;
}

/**
 * A "boilerplate" element that holds half the text, or 40% of the paragraph text, around it is a
 * layout wrapper, not boilerplate: "page-with-sidebar", or a "story-promo" box whose
 * "read-more-content" holds the second half of the story. Comment sections never are.
 */
function isWrapper(el: HtmlElement, chars: number, totalChars: number, good: number, totalGood: number): boolean {
  const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.toLowerCase();
  if (commentNames.test(names)) return false;
  return chars >= 0.5 * totalChars || (good > 0 && good >= 0.4 * totalGood);
}

const commentNames = new RegExp(hints.commentNames.join('|'));

/** Paragraph-like text weighs its length; link lists and boilerplate weigh against. */
export function weighBlock(b: TextBlock, isBoiler: boolean, inArticleBody: 'yes' | 'no' | 'unknown' = 'unknown'): number {
  // One CJK character carries about as much as a short word: weigh it like three Latin ones.
  const len = cjk.test(b.text) ? 3 * b.text.length : b.text.length;
  const linkShare = b.linkChars / b.text.length;
  if (inArticleBody === 'yes') return isBoiler ? len : 3 * len;
  if (isBoiler) return -len;
  if (linkShare > 0.5) return -len;
  if (b.heading > 0 || inArticleBody === 'no') return 0;
  if (len >= 100 || (len >= 40 && endsSentence.test(b.text))) return len * (1 - linkShare);
  return 0;
}

/**
 * Which blocks (of 40+ characters) the page's JSON-LD `articleBody` contains. When the blocks found
 * cover 70% of a 200+ character articleBody that does not end in "…", it is taken as complete and
 * other blocks are 'no' (unless they sit beside a confirmed one); otherwise they stay 'unknown'.
 */
function matchArticleBody(blocks: TextBlock[], articleBody: string | null): Array<'yes' | 'no' | 'unknown'> {
  const out = new Array<'yes' | 'no' | 'unknown'>(blocks.length).fill('unknown');
  if (!articleBody || articleBody.length < 200) return out;
  // Bounded work on hostile pages: at most 200,000 characters of articleBody against 5,000 blocks.
  const key = squash(articleBody.slice(0, 200_000));
  let covered = 0;
  for (let k = 0, tried = 0; k < blocks.length && tried < 5000; k++) {
    if (blocks[k].text.length < 40) continue;
    tried++;
    const s = squash(blocks[k].text);
    if (s.length > 0 && key.includes(s)) {
      out[k] = 'yes';
      covered += s.length;
    }
  }
  // "…sources of…": a truncated articleBody says nothing about the paragraphs it leaves out.
  const isComplete = covered >= 0.7 * key.length && !/(?:…|\.\.\.)\s*$/.test(articleBody);
  if (!isComplete) return out;
  // Paragraphs beside a confirmed one (same parent) stay 'unknown' too: the body may still be partial.
  const confirmedParents = new Set<HtmlElement>();
  for (let k = 0; k < blocks.length; k++) if (out[k] === 'yes') confirmedParents.add(blocks[k].owner.parent ?? blocks[k].owner);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (out[k] === 'unknown' && b.text.length >= 40 && !confirmedParents.has(b.owner.parent ?? b.owner)) out[k] = 'no';
  }
  return out;
}

/**
 * A teaser card: a summary shortly after a linked headline (a byline and a date may sit between),
 * all in one small box (at most five blocks, under 900 characters):
 * "<li><h5><a>What made Joker so popular?</a></h5><div>Madeline Fry</div><div>Nov 20</div><div>Joker killed…</div></li>".
 */
function hasTeaserTitle(blocks: TextBlock[], k: number, blockCount: Uint32Array, subtreeChars: Float64Array): boolean {
  const summary = blocks[k];
  if (summary.text.length > 500) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const title = blocks[j];
    if (title.text.length > 200 || title.linkChars / title.text.length < 0.8) continue;
    // The smallest element holding both blocks, at most six levels up from the summary.
    let box: HtmlElement | null = summary.owner;
    for (let step = 0; box && step < 6 && !isAncestorOrSelf(box, title.owner); step++) box = box.parent;
    // Table rows pair a linked name with a description too, but they are data, not teasers.
    if (box && box.tag !== 'tr' && box.tag !== 'tbody' && box.tag !== 'table' && isAncestorOrSelf(box, title.owner) && blockCount[box.index] <= 5 && subtreeChars[box.index] < 900) return true;
  }
  return false;
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
  // Pages repeat the same class strings hundreds of times: judge each string once.
  const key = `${cls ?? ''}#${id ?? ''}`;
  let verdict = hintMemo.get(key);
  if (verdict === undefined) {
    verdict = judgeHints(cls, id);
    if (hintMemo.size > 20_000) hintMemo.clear();
    hintMemo.set(key, verdict);
  }
  return verdict;
}

const hintMemo = new Map<string, 0 | 1 | 2>();

function judgeHints(cls: string | undefined, id: string | undefined): 0 | 1 | 2 {
  // An id of four or more parts is usually a slug of a heading ("evolve-shared-mutable-history"), not a role.
  const idToken = id && id.split(/[-_]/).length < 4 ? id : '';
  const tokens = `${cls ?? ''} ${idToken}`.toLowerCase().split(/\s+/);
  let strong = false;
  let weak = false;
  let positive = false;
  for (const token of tokens) {
    if (!token) continue;
    if (positiveTokens.has(token)) return 0;
    let tokenStrong = false;
    let tokenWeak = false;
    let tokenPositive = false;
    for (const part of token.split(/[-_:]+/)) {
      if (!part) continue;
      // An exact positive word is positive even where a negative prefix matches ("commentary").
      if (positiveWords.has(part)) tokenPositive = true;
      else if (matchesWord(part, strongNegativeWords)) tokenStrong = true;
      else if (matchesWord(part, negativeWords)) tokenWeak = true;
      else if (matchesWord(part, positiveWords)) tokenPositive = true;
    }
    // "article-comments" is strong; "content-with-sidebar" is neither weak nor positive.
    if (tokenStrong) strong = true;
    else if (tokenWeak && !tokenPositive) weak = true;
    else if (tokenPositive && !tokenWeak) positive = true;
  }
  // A strong hint anywhere wins ("user-post-box" with id "comment-box"); a weak one only without a positive one.
  if (strong) return 2;
  return weak && !positive ? 1 : 0;
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
