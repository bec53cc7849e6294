/** Loaders for the extraction bench: the ScrapingHub pages and the Readability test cases in ../shared. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { collectBlocks } from '../adapters/html/collect-blocks.js';
import { parseHtml } from '../adapters/html/parse-html.js';
import { sharedPath } from './shared-data.js';

/** One benchmark page: raw (gzipped) bytes, decoded HTML and the true article body. */
export interface BenchPage {
  id: string;
  url: string;
  gz: Uint8Array;
  html: string;
  truth: string;
}

/** The 181 ScrapingHub pages, or null when ../shared is absent. */
export function loadBenchmarkPages(): BenchPage[] | null {
  const dir = sharedPath('data', 'article-extraction-benchmark');
  if (!dir) return null;
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const gz = readFileSync(join(dir, 'html', `${id}.html.gz`));
      // The benchmark's own extractors read these files as UTF-8.
      return { id, url: truth[id].url ?? 'https://example.com/', gz, html: gunzipSync(gz).toString('utf8'), truth: truth[id].articleBody ?? '' };
    });
}

/** One Readability test case. */
export interface ReadabilityCase {
  slug: string;
  source: string;
  expectedText: string;
  expectedMeta: { title?: string | null; byline?: string | null; publishedTime?: string | null; siteName?: string | null; lang?: string | null };
}

/** Every case under readability-test-pages/cases, or null when ../shared is absent. */
export function loadReadabilityCases(): ReadabilityCase[] | null {
  const dir = sharedPath('data', 'readability-test-pages', 'cases');
  if (!dir) return null;
  const out: ReadabilityCase[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const base = join(dir, slug);
    if (!existsSync(join(base, 'source.html')) || !existsSync(join(base, 'expected.html'))) continue;
    const expectedHtml = readFileSync(join(base, 'expected.html'), 'utf8');
    const expectedText = collectBlocks(parseHtml(expectedHtml).root).map((b) => b.text).join('\n');
    const metaPath = join(base, 'expected-metadata.json');
    const expectedMeta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
    out.push({ slug, source: readFileSync(join(base, 'source.html'), 'utf8'), expectedText, expectedMeta });
  }
  return out;
}
