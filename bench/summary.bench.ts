/**
 * Summary quality: ROUGE-1/2/L F1 of the 70-word summary on NeuS (AllSides: three outlets per
 * story, editors' neutral roundup as reference), Parallax's `summarize` beside a LexRank and a
 * "first article" baseline, all with the same sentence splitter and the same scorer (see rouge.ts).
 * Parallax is shown three ways: with the fitted weights (`npm run train -- summary`, NeuS train
 * only), with the hand-set weights (learning switched off) and without the readability factor
 * (what the reading rules cost in ROUGE). `val` is the held-out figure; on val the extractive
 * oracle (knows the reference) shows the headroom.
 */
import { sharedPath } from './shared-data.js';
import type { Sentence } from '../src/model/text.js';
import { summarize } from '../src/stages/summary/summarize.js';
import { loadHandModel } from '../src/stages/summary/summary-model.js';
import { evaluateSystem, firstArticleSystem, lexRankSystem, parallaxSystem, prepareStories, type PreparedStory, type SummarySystem } from './summary-evaluate.js';
import { loadNeus } from './summary-neus.js';
import { summarizeOracle } from './summary-oracle.js';

const budget = 70;

/**
 * Time of `summarize` on one synthetic story of N articles (NeuS articles from many stories pooled
 * under fresh ids, so ids and texts differ), for N = 10 → 1,000: the growth must stay near-linear.
 */
function printScaling(stories: PreparedStory[]): void {
  console.log('\nscaling: summarize on one story of N articles (pooled NeuS train articles), 120 words, no support map');
  console.log('articles  sentences      ms   ms/sentence');
  let previous: { n: number; ms: number } | undefined;
  for (const n of [10, 50, 200, 1000]) {
    const sentences: Sentence[] = [];
    const articleOrder: string[] = [];
    for (let k = 0; k < n; k++) {
      const story = stories[Math.floor(k / 3) % stories.length];
      const source = story.articleOrder[k % 3];
      const id = `s${k}`;
      articleOrder.push(id);
      for (const s of story.sentences) if (s.article === source) sentences.push({ ...s, article: id, id: `${id}#${s.index}` });
    }
    summarize({ sentences, articleOrder }, { words: 120 });
    const runs = n >= 1000 ? 1 : 3;
    const started = performance.now();
    for (let r = 0; r < runs; r++) summarize({ sentences, articleOrder }, { words: 120 });
    const ms = (performance.now() - started) / runs;
    const growth = previous ? `  (×${(ms / previous.ms).toFixed(1)} time for ×${(n / previous.n).toFixed(0)} articles)` : '';
    console.log(`${String(n).padStart(8)} ${String(sentences.length).padStart(10)} ${ms.toFixed(1).padStart(7)} ${(ms / sentences.length).toFixed(4).padStart(12)}${growth}`);
    previous = { n, ms };
  }
  console.log('worst case for the index: N articles of one event, every article repeating the same words');
  previous = undefined;
  for (const n of [10, 100, 1000]) {
    const sentences: Sentence[] = [];
    for (let k = 0; k < n; k++) {
      const texts = [
        `Officials in district ${k % 17} said the storm damaged ${k} homes and cut power to the northern suburbs.`,
        `Crews from company ${k % 5} worked overnight to restore electricity to about ${1000 + k} customers.`,
        `Residents of street ${k} described the wind as the strongest they had seen in decades.`,
      ];
      texts.forEach((text, index) => sentences.push({ id: `w${k}#${index}`, article: `w${k}`, index, start: 0, end: text.length, text, paragraph: 0 }));
    }
    summarize({ sentences, articleOrder: [] }, { words: 120 });
    const started = performance.now();
    summarize({ sentences, articleOrder: [] }, { words: 120 });
    const ms = performance.now() - started;
    const growth = previous ? `  (×${(ms / previous.ms).toFixed(1)} time for ×${(n / previous.n).toFixed(0)} articles)` : '';
    console.log(`${String(n).padStart(8)} ${String(sentences.length).padStart(10)} ${ms.toFixed(1).padStart(7)} ${(ms / sentences.length).toFixed(4).padStart(12)}${growth}`);
    previous = { n, ms };
  }
}

/** Print the figures; skips when ../shared/data/neus is absent. */
export async function run(): Promise<void> {
  const folder = sharedPath('data', 'neus');
  if (!folder) {
    console.log('skipped: ../shared/data/neus not found');
    return;
  }
  console.log(`${budget}-word extractive summary; ROUGE F1 ×100 (lower-case, a-z0-9 tokens, Porter stem on tokens > 3 letters; ROUGE-L = LCS of the whole summary), mean over stories; reference = the roundup's ARTICLE text, title excluded`);
  const noReadingRules = { opener: 1, question: 1, unattributedQuote: 1, unfinished: 1, unstopped: 1, short: 1, long: 1 };
  const systems: Array<[string, SummarySystem]> = [
    ['parallax (fitted weights)', parallaxSystem()],
    ['parallax (hand-set weights)', parallaxSystem({ model: loadHandModel() })],
    ['parallax, no reading rules', parallaxSystem({ standalone: noReadingRules })],
    ['LexRank (bench/lexrank.ts)', lexRankSystem],
    ['first article (bench)', firstArticleSystem],
  ];
  for (const split of ['train', 'val']) {
    const stories = prepareStories(loadNeus(folder, split));
    console.log(`\nNeuS ${split} (${stories.length} stories)${split === 'train' ? ' — the weights were fitted on this split' : ' — held out'}`);
    console.log('system                         R-1    R-2    R-L    ms/story  words');
    const rows = split === 'val' ? [...systems, ['oracle (knows the reference)', summarizeOracle] as [string, SummarySystem]] : systems;
    const results = rows.map(([name, system]) => [name, evaluateSystem(system, stories, budget)] as const);
    for (const [name, r] of results) {
      console.log(`${name.padEnd(29)} ${r.r1.toFixed(2).padStart(6)} ${r.r2.toFixed(2).padStart(6)} ${r.rL.toFixed(2).padStart(6)} ${r.msPerStory.toFixed(3).padStart(9)} ${r.meanWords.toFixed(1).padStart(6)}`);
    }
    const ours = results[0][1];
    const hand = results[1][1];
    const lex = results[3][1];
    console.log(`ratio parallax / LexRank: R-1 ${(ours.r1 / lex.r1).toFixed(3)}, R-2 ${(ours.r2 / lex.r2).toFixed(3)}, R-L ${(ours.rL / lex.rL).toFixed(3)}; R-2 ${ours.r2 > lex.r2 ? 'beats' : 'does NOT beat'} LexRank`);
    console.log(`fitting adds R-2 ${(ours.r2 - hand.r2).toFixed(2)} over the hand-set weights (×${(ours.r2 / hand.r2).toFixed(3)})${split === 'val' ? `; target R-2 ≥ 19.5: ${ours.r2 >= 19.5 ? 'met' : 'NOT met'}` : ''}`);
  }
  printScaling(prepareStories(loadNeus(folder, 'train')));
  console.log('\nPublished baselines on OTHER datasets (context only, not comparable: other references, lengths and scorers):');
  console.log('  Multi-News test R-1/R-2: LexRank 38.27/12.70, TextRank 38.44/13.10');
  console.log('  WCEP test R-1/R-2: TextRank 34.1/13.1, oracle 55.8/29.0');
}
