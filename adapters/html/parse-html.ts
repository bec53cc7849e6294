/**
 * HTML string → a light element tree (htmlparser2's tokenizer, our own builder). Content that is
 * never article text is dropped while parsing (scripts, styles, forms controls, embeds, hidden
 * elements); `<title>`, `<meta>`, JSON-LD scripts and `<html lang>` are kept aside for metadata.
 * No script runs and nothing is fetched: the parser only tokenizes.
 */
import { Parser } from 'htmlparser2';

/** One element of the light tree. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  parent: HtmlElement | null;
  /** Child elements and text runs (entities decoded), in document order. */
  children: HtmlNode[];
  /** Position in `ParsedPage.elements` (pre-order). */
  index: number;
}

/** An element or a run of text. */
export type HtmlNode = HtmlElement | string;

/** The tree plus what metadata needs. */
export interface ParsedPage {
  root: HtmlElement;
  /** Every element in pre-order (parents before children): iterate backwards for a post-order pass. */
  elements: HtmlElement[];
  title: string;
  metas: Record<string, string>[];
  /** Text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
}

/** Tags whose whole content is dropped: never text a reader sees as the article. */
const droppedTags = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'textarea', 'button', 'head', 'map', 'dialog', 'link', 'input', 'picture', 'source', 'track', 'param',
]);

/** Parse HTML into a light tree; linear time, no recursion (10,000-deep nesting is fine). */
export function parseHtml(html: string): ParsedPage {
  const root: HtmlElement = { tag: '#root', attrs: {}, parent: null, children: [], index: 0 };
  const elements: HtmlElement[] = [root];
  const metas: Record<string, string>[] = [];
  const jsonLd: string[] = [];
  let title = '';
  let current = root;
  // Depth inside a dropped element (0 = not dropping); the tokenizer still balances open/close.
  let dropDepth = 0;
  // Drop depth at which the first <title> / the current JSON-LD script opened (0 = none; -1 = title done).
  let titleDepth = 0;
  let ldDepth = 0;
  let ldBuffer = '';

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') metas.push(attrs);
        if (dropDepth > 0 || droppedTags.has(name) || name === 'title' || isHidden(attrs)) {
          dropDepth++;
          if (name === 'title' && !title && titleDepth === 0) titleDepth = dropDepth;
          else if (name === 'script' && ldDepth === 0 && /ld\+json/i.test(attrs.type ?? '')) {
            ldDepth = dropDepth;
            ldBuffer = '';
          }
          return;
        }
        const el: HtmlElement = { tag: name, attrs, parent: current, children: [], index: elements.length };
        elements.push(el);
        current.children.push(el);
        current = el;
      },
      ontext(text) {
        if (titleDepth > 0) title += text;
        else if (ldDepth > 0) ldBuffer += text;
        if (dropDepth > 0) return;
        const kids = current.children;
        const last = kids.length - 1;
        if (last >= 0 && typeof kids[last] === 'string') kids[last] = (kids[last] as string) + text;
        else kids.push(text);
      },
      onclosetag() {
        if (dropDepth > 0) {
          if (dropDepth === titleDepth) titleDepth = -1;
          if (dropDepth === ldDepth) {
            jsonLd.push(ldBuffer);
            ldDepth = 0;
          }
          dropDepth--;
          return;
        }
        if (current.parent) current = current.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { root, elements, title: title.trim(), metas, jsonLd };
}

/** `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`. */
function isHidden(attrs: Record<string, string>): boolean {
  if (attrs.hidden !== undefined) return true;
  if (attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  if (style && (style.includes('none') || style.includes('hidden'))) return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
  return false;
}
