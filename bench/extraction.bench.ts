/**
 * Article extraction bench.
 *  (a) ScrapingHub article-extraction-benchmark (181 pages): precision, recall and F1 with a port of
 *      its metric (bench/extraction-metric.ts), and pages/s, for Parallax and — in the same run, on
 *      the same decoded HTML strings — Mozilla Readability 0.6 on jsdom; then the ratios, beside the
 *      published figures.
 *  (b) Mozilla Readability's test pages: text against expected.html (same metric, per case), the
 *      share of cases at F1 ≥ 0.9, and title / byline / publishedTime match rates
 *      (rules in bench/extraction-metadata-match.ts).
 * Skips cleanly when ../shared is absent.
 */
import { extractArticle } from '../adapters/html/extract-article.js';
import { loadBenchmarkPages, loadReadabilityCases } from './extraction-data.js';
import { aggregateScores, matchShingles, pageF1, type TpFpFn } from './extraction-metric.js';
import { isSameByline, isSameInstant, isSameTitle } from './extraction-metadata-match.js';
import { extractWithReadability } from './extraction-readability-peer.js';

const published = [
  ['best known', 0.97],
  ['trafilatura', 0.958],
  ['newspaper4k', 0.949],
  ['Readability.js', 0.947],
  ['readability-lxml', 0.922],
  ['all page text', 0.665],
] as const;

type Extract = (html: string, url: string, id: string) => string;

/**
 * Run both extractors page by page, interleaved, timing each call: on a shared machine a load
 * spike then hits both systems alike instead of whichever ran during it.
 */
function measurePair(pages: { html: string; url: string; truth: string; id: string }[], ours: Extract, peer: Extract) {
  const time = [0, 0];
  const scores: TpFpFn[][] = [[], []];
  for (const p of pages) {
    [ours, peer].forEach((extract, k) => {
      const start = performance.now();
      const text = extract(p.html, p.url, p.id);
      time[k] += performance.now() - start;
      scores[k].push(matchShingles(p.truth, text));
    });
  }
  return [0, 1].map((k) => ({ ...aggregateScores(scores[k]), pagesPerSecond: (pages.length * 1000) / time[k] }));
}

/** Run both parts and print their figures. */
export async function run(): Promise<void> {
  const pages = loadBenchmarkPages();
  if (!pages) {
    console.log('skipped: ../shared/data/article-extraction-benchmark is absent');
    return;
  }
  const parallax = (html: string, url: string, id: string) => {
    const r = extractArticle(html, { id, url });
    return r.ok ? r.article.text : '';
  };
  // Warm both up on a few pages so JIT compilation is not billed to the first pages.
  for (const p of pages.slice(0, 5)) {
    parallax(p.html, p.url, p.id);
    extractWithReadability(p.html, p.url);
  }
  const [ours, peer] = measurePair(pages, parallax, (html, url) => extractWithReadability(html, url));
  const fmt = (x: number) => x.toFixed(3);
  console.log(`(a) ScrapingHub article-extraction-benchmark, ${pages.length} pages, both systems timed page by page on the same decoded HTML (metric: 4-gram shingles of \\w+ tokens, mean per-page P and R, F1 of the means)`);
  console.log(`  system                        F1     precision  recall   pages/s`);
  console.log(`  Parallax extractArticle      ${fmt(ours.f1)}  ${fmt(ours.precision)}      ${fmt(ours.recall)}   ${ours.pagesPerSecond.toFixed(1)}`);
  console.log(`  Readability 0.6 + jsdom      ${fmt(peer.f1)}  ${fmt(peer.precision)}      ${fmt(peer.recall)}   ${peer.pagesPerSecond.toFixed(1)}`);
  console.log(`  ratio Parallax / Readability: F1 ${(ours.f1 / peer.f1).toFixed(3)}x, speed ${(ours.pagesPerSecond / peer.pagesPerSecond).toFixed(1)}x (targets: F1 >= 0.96, speed >= 10x)`);
  console.log(`  published F1: ${published.map(([name, f1]) => `${name} ${f1}`).join(', ')}`);

  const cases = loadReadabilityCases();
  if (!cases) {
    console.log('(b) skipped: ../shared/data/readability-test-pages is absent');
    return;
  }
  let atLeast90 = 0;
  const rate = { title: [0, 0], byline: [0, 0], publishedTime: [0, 0] };
  const start = performance.now();
  const f1s: number[] = [];
  for (const c of cases) {
    const r = extractArticle(c.source, { id: c.slug });
    const a = r.ok ? r.article : null;
    const f1 = pageF1(matchShingles(c.expectedText, a?.text ?? ''));
    f1s.push(f1);
    if (f1 >= 0.9) atLeast90++;
    const m = c.expectedMeta;
    if (m.title) {
      rate.title[1]++;
      if (a && isSameTitle(m.title, a.title)) rate.title[0]++;
    }
    if (m.byline) {
      rate.byline[1]++;
      if (a?.byline && isSameByline(m.byline, a.byline)) rate.byline[0]++;
    }
    if (m.publishedTime) {
      rate.publishedTime[1]++;
      if (a?.published && isSameInstant(m.publishedTime, a.published)) rate.publishedTime[0]++;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const pct = ([hit, all]: number[]) => `${hit}/${all} (${((100 * hit) / Math.max(1, all)).toFixed(1)}%)`;
  console.log(`(b) Readability test pages, ${cases.length} cases, ${(cases.length / seconds).toFixed(1)} pages/s`);
  console.log(`  text F1 >= 0.9: ${pct([atLeast90, cases.length])} (target >= 90%); mean per-case F1 ${(f1s.reduce((x, y) => x + y, 0) / f1s.length).toFixed(3)}`);
  console.log(`  metadata match (cases with an expected value): title ${pct(rate.title)}, byline ${pct(rate.byline)}, publishedTime ${pct(rate.publishedTime)}`);
}
