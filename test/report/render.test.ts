import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import { renderHtml } from '../../src/report/render-html.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { renderJson } from '../../src/report/render-json.js';
import { schemaVersion, type Report } from '../../src/model/report.js';

const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>';

function hostileReport(): Report {
  const text = `First ${hostile} sentence. Second sentence here.`;
  const ev = { article: 'a<b', text, start: 0, end: text.length };
  return {
    schemaVersion,
    generator: { name: 'parallax', version: '0.0.0' },
    generatedAt: null,
    title: hostile,
    articles: [{ id: 'a<b', source: hostile, title: hostile, url: 'javascript:alert(4)', published: null, words: 5, language: 'en', text, copyOf: null }],
    entities: [{ id: 'e:x', name: hostile, type: 'person', variants: [hostile], forms: [{ text: hostile, articles: ['a<b'] }], articles: ['a<b'], roles: [{ article: 'a<b', role: hostile }], mentions: 1 }],
    headings: [],
    agreements: [{ id: 'g:1', statement: hostile, articles: ['a<b'], independentSources: 1, evidence: [ev] }],
    conflicts: [{ id: 'c:1', topic: hostile, kind: 'contradiction', slot: 'date', background: false, values: [{ value: hostile, normalized: hostile, articles: ['a<b'], evidence: [ev], attributedTo: hostile, qualifier: 'exact', unit: null }] }],
    unique: [{ id: 'g:2', statement: hostile, article: 'a<b', evidence: [ev] }],
    quotes: [{ id: 'q:1', speaker: hostile, speakerEntity: null, text: hostile, articles: ['a<b'], isParaphrase: true, variants: [{ article: 'a<b', text: hostile + '!', start: 0, end: 5 }] }],
    timeline: [{ date: '2025-01-01', text: hostile, articles: ['a<b'], evidence: [ev] }],
    summary: [{ text: hostile, article: 'a<b', start: 0, end: 10, supportedBy: ['a<b'] }],
    differences: [{ kind: 'conflict', text: hostile, articles: ['a<b'], ref: 'c:1' }],
    coverage: { groups: [{ id: 'g:1', statement: hostile, articles: ['a<b'] }], articles: [{ article: 'a<b', carries: ['g:1'], omits: [] }] },
    dropped: [{ article: 'a<b', text: hostile, reason: 'junk' }],
    issues: [{ code: 'X', message: hostile }],
  };
}

test('HTML report escapes every source string and carries no script or handler', () => {
  const html = renderHtml(hostileReport());
  const elements = findAll(() => true, parseDocument(html).children);
  assert.ok(elements.length > 50);
  for (const el of elements) {
    assert.ok(!['script', 'img', 'iframe', 'object', 'embed'].includes(el.name), `no ${el.name} element`);
    for (const [name, value] of Object.entries(el.attribs)) {
      assert.ok(!/^on/i.test(name), `no event handler attribute ${name}`);
      assert.ok(!/^\s*javascript:/i.test(value), `no javascript: URL in ${name}`);
    }
  }
  assert.match(html, /Content-Security-Policy/);
  assert.ok(!/(src|href)="https?:\/\/(?!.*example)/i.test(html.replace(/<a href="#[^"]*"/g, '')), 'no external asset');
});

test('Markdown report neutralises markup and table breaks', () => {
  const md = renderMarkdown(hostileReport());
  assert.ok(!md.includes('<script>'));
  assert.ok(!md.includes('[x](javascript'));
  for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
    // Escaped pipes do not add cells: every row of a table has as many cells as its header.
    assert.ok(!/[^\\]\|[^ |\n-]/.test(line.replace(/\\\|/g, '')), line);
  }
});

test('JSON report is stable text', () => {
  const r = hostileReport();
  assert.equal(renderJson(r), renderJson(structuredClone(r)));
  assert.ok(renderJson(r).endsWith('}\n'));
});
