import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './helpers/shared.js';

test('the public surface is exactly these names', async () => {
  const lib = await import('../src/index.js');
  assert.deepEqual(Object.keys(lib).sort(), [
    'ParallaxError',
    'ReportSchema',
    'analyze',
    'analyzeSync',
    'defaultOptions',
    'extractArticle',
    'issueCodes',
    'readArticles',
    'renderHtml',
    'renderJson',
    'renderMarkdown',
    'renderReport',
    'reportFormats',
    'schemaVersion',
    'version',
  ]);
});

test('version matches package.json and every default is frozen in one place', async () => {
  const lib = await import('../src/index.js');
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  assert.equal(lib.version, pkg.version);
  assert.ok(Object.isFrozen(lib.defaultOptions));
  assert.equal(lib.defaultOptions.summaryWords, 120);
});
