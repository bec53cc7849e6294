/**
 * HTML string → a light element tree (htmlparser2's tokenizer, our own builder). Content that is
 * never article text is dropped while parsing (scripts, styles, forms controls, embeds, hidden
 * elements); `<title>`, `<meta>`, JSON-LD scripts and `<html lang>` are kept aside for metadata.
 * No script runs and nothing is fetched: the parser only tokenizes.
 */
import { lazyPackage } from '../../src/lazy-package.js';
import type { Handler, Parser as HtmlParser } from 'htmlparser2';

/**
 * htmlparser2, required on the first parse: a run over text or JSON articles never loads it
 * (the HTML stack was a third of `parallax analyze story.txt`'s start-up). Its CommonJS build
 * loads synchronously, as parsing is.
 */
const htmlparser2 = lazyPackage<typeof import('htmlparser2')>('htmlparser2');
let BoundedParser: ReturnType<typeof defineBoundedParser> | undefined;
const boundedParser = () => (BoundedParser ??= defineBoundedParser(htmlparser2().Parser));

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

  const parser = new (boundedParser())(
    html,
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
  );
  parser.end(html);
  return { root, elements, title: title.trim(), metas, jsonLd };
}

/** Open elements kept at most this deep; deeper start tags are ignored and their text joins the deepest element. */
export const maxNestingDepth = 512;

/** Elements without content (no end tag), as the HTML standard lists them. */
const voidTags = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Tags whose content the tokenizer reads as raw text; they cannot nest, so they always open. */
const rawTextTags = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * htmlparser2's Parser keeps its open-element stack with `unshift` and searches it on every end
 * tag, so 100,000 nested <div>s (or stray end tags under a deep stack) cost quadratic time. This
 * subclass bounds both: start tags beyond `maxNestingDepth` are ignored, and an end tag whose name
 * is not open at all returns at once (except </p> and </br>, which HTML turns into elements).
 * It relies on the tokenizer callbacks of htmlparser2 10 (`onopentagname`, `onclosetag`), and on
 * the whole page being parsed in one `end(html)` call, so tokenizer offsets index `html`.
 */
function defineBoundedParser(Parser: typeof HtmlParser) {
  return class BoundedParser extends Parser {
    private readonly html: string;
    /** Open elements (as the parser's stack holds them) and how many of each name. */
    private depth = 0;
    private readonly openNames = new Map<string, number>();

    constructor(html: string, handler: Partial<Handler>) {
      const counting: Partial<Handler> = {
        ...handler,
        onopentag: (name, attrs, isImplied) => {
          if (!voidTags.has(name)) {
            this.depth++;
            this.openNames.set(name, (this.openNames.get(name) ?? 0) + 1);
          }
          handler.onopentag?.(name, attrs, isImplied);
        },
        onclosetag: (name, isImplied) => {
          if (!voidTags.has(name)) {
            this.depth--;
            this.openNames.set(name, (this.openNames.get(name) ?? 1) - 1);
          }
          handler.onclosetag?.(name, isImplied);
        },
      };
      super(counting, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
      this.html = html;
    }

    override onopentagname(start: number, endIndex: number): void {
      if (this.depth >= maxNestingDepth) {
        const name = this.html.slice(start, endIndex).toLowerCase();
        if (!voidTags.has(name) && !rawTextTags.has(name)) return;
      }
      super.onopentagname(start, endIndex);
    }

    override onclosetag(start: number, endIndex: number): void {
      const name = this.html.slice(start, endIndex).toLowerCase();
      if (!this.openNames.get(name) && name !== 'p' && name !== 'br' && name !== 'svg' && name !== 'math') return;
      super.onclosetag(start, endIndex);
    }
  };
}

/** `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`. */
function isHidden(attrs: Record<string, string>): boolean {
  if (attrs.hidden !== undefined) return true;
  if (attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  if (style && (style.includes('none') || style.includes('hidden'))) return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
  return false;
}
