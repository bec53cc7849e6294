/**
 * Light tree → text blocks: each paragraph, heading, list item, cell or run of text between
 * block-level tags becomes one block, with its link-text share and the element that owns it.
 * One iterative depth-first walk (an explicit stack), so 10,000-deep nesting cannot overflow.
 */
import type { HtmlElement, HtmlNode } from './parse-html.js';

/** A run of inline content between block boundaries. */
export interface TextBlock {
  /** Whitespace-collapsed text; a single `<br>` becomes "\n". */
  text: string;
  /** Characters of `text` inside `<a>` elements. */
  linkChars: number;
  /** Nearest block-level ancestor element. */
  owner: HtmlElement;
  /** Nearest heading level 1-6 enclosing the text, 0 when none. */
  heading: number;
  /** Inside an `<li>`, `<dd>` or `<dt>`. */
  isListItem: boolean;
}

/** Tags that start a new block of text (everything else flows inline). */
export const blockTags = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'header', 'footer',
  'nav', 'aside', 'form', 'fieldset', 'legend', 'address', 'hr', 'center', 'details', 'summary', 'hgroup', 'menu', 'noscript', 'label', 'option', 'frameset', 'frame',
]);

const headingLevel: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Walk the tree from `root` and return its blocks in reading order; inline elements for which `isSkippedInline` holds are left out (a people pop-up inside a paragraph). */
export function collectBlocks(root: HtmlElement, isSkippedInline: (el: HtmlElement) => boolean = () => false): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  let pendingBreaks = 0;
  // Block-level ancestors of the current position (innermost last), and their heading / list state.
  const owners: HtmlElement[] = [];
  let heading = 0;
  let listDepth = 0;
  const headingStack: number[] = [];

  const flush = (): void => {
    const text = buffer.replace(/[ \t\f\r\u00a0\u200b]*\n[ \t\f\r\u00a0\u200b\n]*/g, '\n').trim();
    if (text.length > 0 && owners.length > 0) {
      blocks.push({ text, linkChars: Math.min(linkChars, text.length), owner: owners[owners.length - 1], heading, isListItem: listDepth > 0 });
    }
    buffer = '';
    linkChars = 0;
    pendingBreaks = 0;
  };

  // Stack entries: a node to enter, or an element to exit (marked by `exit`).
  const stack: Array<{ node: HtmlNode; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (typeof node === 'string') {
      const collapsed = collapseSpace(node);
      if (collapsed.length === 0) continue;
      if (pendingBreaks > 0) {
        buffer += pendingBreaks >= 2 ? '\n' : '\n';
        if (pendingBreaks >= 2) {
          flush();
        }
        pendingBreaks = 0;
      }
      // Join runs with one space at most: "a <b>b</b>" keeps its space, "x</b> y" too.
      if (buffer.length > 0 && collapsed[0] === ' ' && buffer[buffer.length - 1] === ' ') buffer += collapsed.slice(1);
      else buffer += collapsed;
      if (linkDepth > 0) linkChars += collapsed.trim().length;
      continue;
    }
    const tag = node.tag;
    if (exit) {
      if (tag === 'a' && isRealLink(node)) linkDepth--;
      if (blockTags.has(tag) || node === root) {
        flush();
        owners.pop();
        if (headingLevel[tag]) heading = headingStack.pop() ?? 0;
        if (tag === 'li' || tag === 'dd' || tag === 'dt') listDepth--;
      }
      continue;
    }
    if (tag === 'br') {
      pendingBreaks++;
      continue;
    }
    if (tag === 'img' || tag === 'wbr') continue;
    if (!blockTags.has(tag) && node !== root && isSkippedInline(node)) continue;
    if (blockTags.has(tag) || node === root) {
      flush();
      owners.push(node);
      if (headingLevel[tag]) {
        headingStack.push(heading);
        heading = headingLevel[tag];
      }
      if (tag === 'li' || tag === 'dd' || tag === 'dt') listDepth++;
    } else if (tag === 'a' && isRealLink(node)) linkDepth++;
    stack.push({ node, exit: true });
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  flush();
  return blocks;
}

/** Collapse HTML whitespace runs to one space (keeping a leading/trailing one as a word gap). */
function collapseSpace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ');
}

/** A link a reader could follow: `<a name>` anchors and `javascript:` pseudo-links are just text. */
function isRealLink(a: HtmlElement): boolean {
  const href = a.attrs.href;
  return href !== undefined && !/^\s*javascript:/i.test(href);
}
