// Class/id hints (adapters/html/content-hints.json) as judged by hintStrength: 0 none, 1 weak, 2 strong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hintStrength } from '../../adapters/html/find-main-content.js';
import type { HtmlElement } from '../../adapters/html/parse-html.js';

const el = (attrs: Record<string, string>): HtmlElement => ({ tag: 'div', attrs, parent: null, children: [], index: 0 });

test('strong, weak and positive hints', () => {
  const cases: Array<[Record<string, string>, 0 | 1 | 2]> = [
    [{ class: 'article-comments' }, 2],
    [{ class: 'ad-slot' }, 2],
    [{ id: 'commentlist' }, 2],
    [{ class: 'user-post-box', id: 'comment-box' }, 2],
    [{ class: 'sidebar' }, 1],
    [{ class: 'site-footer' }, 2],
    [{ class: 'content-with-sidebar-wrp' }, 0],
    [{ class: 'lead-paragraph' }, 0],
    [{ class: 'commentary' }, 0],
    [{ class: 'article-body' }, 0],
    [{ class: 'overflow-hidden md:flex' }, 0],
    [{ id: 'evolve-shared-mutable-history' }, 0],
    [{}, 0],
  ];
  for (const [attrs, expected] of cases) assert.equal(hintStrength(el(attrs)), expected, JSON.stringify(attrs));
});
