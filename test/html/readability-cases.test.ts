// Golden cases from Mozilla Readability's test pages (read from ../shared at test time): for each,
// the extracted text must reach F1 >= 0.9 against expected.html (ScrapingHub shingle metric) and
// the title must match expected-metadata.json (rule in bench/extraction-metadata-match.ts).
// These 48 cases scored F1 >= 0.95 with a matching title when picked; the bench scores all 130.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../adapters/html/extract-article.js';
import { collectBlocks } from '../../adapters/html/collect-blocks.js';
import { parseHtml } from '../../adapters/html/parse-html.js';
import { matchShingles, pageF1 } from '../../bench/extraction-metric.js';
import { isSameTitle } from '../../bench/extraction-metadata-match.js';
import { sharedPath } from '../helpers/shared.js';

const goldenCases = [
  '001', 'aclu', 'archive-of-our-own', 'ars-1', 'basic-tags-cleaning', 'bbc-1', 'blogger', 'breitbart', 'citylab-1', 'cnet',
  'comment-inside-script-parsing', 'dropbox-blog', 'ebb-org', 'embedded-videos', 'engadget', 'folha', 'gitlab-blog', 'google-sre-book-1',
  'guardian-1', 'heise', 'herald-sun-1', 'hidden-nodes', 'iab-1', 'ietf-1', 'js-link-replacement', 'lazy-image-1', 'lemonde-1',
  'liberation-1', 'links-in-tables', 'lwn-1', 'mathjax', 'medicalnewstoday', 'medium-1', 'msn', 'nytimes-1', 'nytimes-2', 'quanta-1',
  'remove-extra-brs', 'remove-script-tags', 'replace-brs', 'rtl-1', 'salon-1', 'seattletimes-1', 'social-buttons', 'telegraph',
  'toc-missing', 'visibility-hidden', 'wordpress',
];

const casesDir = sharedPath('data', 'readability-test-pages', 'cases');

for (const slug of goldenCases) {
  test(`readability case ${slug}: text F1 >= 0.9 and title match`, (t) => {
    const dir = casesDir ? join(casesDir, slug) : null;
    if (!dir || !existsSync(join(dir, 'source.html'))) {
      t.skip('../shared/data/readability-test-pages is absent');
      return;
    }
    const expectedText = collectBlocks(parseHtml(readFileSync(join(dir, 'expected.html'), 'utf8')).root)
      .map((b) => b.text)
      .join('\n');
    const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string };
    const result = extractArticle(readFileSync(join(dir, 'source.html')), { id: slug });
    assert.ok(result.ok, `extraction failed: ${!result.ok ? result.code : ''}`);
    const f1 = pageF1(matchShingles(expectedText, result.article.text));
    assert.ok(f1 >= 0.9, `F1 ${f1.toFixed(3)} < 0.9`);
    if (meta.title) assert.ok(isSameTitle(meta.title, result.article.title), `title "${result.article.title}" vs expected "${meta.title}"`);
  });
}
