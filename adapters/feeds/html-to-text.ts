/**
 * HTML fragments from feeds (descriptions, content:encoded, titles with markup) → plain text:
 * tags dropped, entities decoded, block elements on lines of their own, script/style removed.
 * Example: "<p>Quake hits <b>Chile</b></p><p>Two dead&nbsp;…</p>" → "Quake hits Chile\nTwo dead …"
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';

const blockTags = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr',
  'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'hr', 'dd', 'dt',
]);
const skippedTags = new Set(['script', 'style', 'noscript', 'template', 'iframe']);

function collect(nodes: ChildNode[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push(node.data);
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const name = node.name.toLowerCase();
      if (skippedTags.has(name)) continue;
      const isBlock = blockTags.has(name);
      if (isBlock) out.push('\n');
      collect(node.children, out);
      if (isBlock) out.push('\n');
    } else if (node.type === 'cdata') collect(node.children, out);
  }
}

/** Plain text of an HTML fragment, whitespace folded within lines, blank lines dropped. */
export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const parts: string[] = [];
  collect(doc.children, parts);
  return parts
    .join('')
    .replace(/\u00a0/gu, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
