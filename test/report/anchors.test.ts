import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { renderHtml } from '../../src/report/render-html.js';
import { markArticleText } from '../../src/report/mark-article-text.js';
import { projectRoot } from '../helpers/shared.js';
import type { Report } from '../../src/model/report.js';

const demoReport = JSON.parse(readFileSync(join(projectRoot, 'test', 'cases', 'demo', 'expected', 'report.json'), 'utf8')) as Report;

function elements(html: string): Element[] {
  return findAll(() => true, parseDocument(html).children);
}

test('every in-page link of the demo brief lands on an element with that id', () => {
  const all = elements(renderHtml(demoReport));
  const ids = new Set(all.map((e) => e.attribs.id).filter(Boolean));
  const links = all.filter((e) => e.name === 'a' && e.attribs.href?.startsWith('#'));
  assert.ok(links.length > 20);
  for (const a of links) assert.ok(ids.has(a.attribs.href.slice(1)), `no anchor for ${a.attribs.href} (${textContent(a).slice(0, 40)})`);
});

test('each summary sentence links to the exact sentence: its anchor starts with the sentence words', () => {
  const all = elements(renderHtml(demoReport));
  const byId = new Map(all.filter((e) => e.attribs.id).map((e) => [e.attribs.id, e]));
  const summaryLinks = all.filter((e) => e.name === 'a' && e.parent && (e.parent as Element).attribs?.class === 'cite');
  assert.equal(summaryLinks.length, demoReport.summary.length);
  for (const a of summaryLinks) {
    const target = byId.get(a.attribs.href.slice(1))!;
    // A mark holding the sentence, or, where the line crosses another mark (a lead without its
    // dateline inside a quoted span), an empty anchor right before the line's words.
    const text = target.name === 'mark' ? textContent(target) : textContent((target.parent as Element).children.slice((target.parent as Element).children.indexOf(target)));
    assert.ok(target.name === 'mark' || (target.name === 'span' && target.children.length === 0), target.name);
    assert.ok(text.startsWith(textContent(a).slice(0, 20)), `${textContent(a)} / ${text.slice(0, 40)}`);
  }
});

test('marks nest, cross paragraph breaks and give crossing spans an empty anchor', () => {
  const text = 'One two three.\nFour five six.';
  const html = markArticleText(text, [
    { start: 0, end: 14, cls: 'used' },
    { start: 4, end: 7, cls: 'quoted' },
    { start: 8, end: 20, cls: 'unique' },
    { start: 0, end: text.length, cls: 'agreed' },
  ], (s) => `a-${s}`);
  assert.equal(
    html,
    '<mark class="agreed" id="a-0"><mark class="used">One <mark class="quoted" id="a-4">two</mark> <span id="a-8"></span>three.</mark></mark>\n' +
      '<mark class="agreed">Four five six.</mark>',
  );
});

test('marked text is escaped', () => {
  const html = markArticleText('<b>x</b> & "y"', [{ start: 0, end: 8, cls: 'disputed' }], (s) => `a-${s}`);
  assert.equal(html, '<mark class="disputed" id="a-0">&#60;b&#62;x&#60;/b&#62;</mark> &#38; &#34;y&#34;');
});
