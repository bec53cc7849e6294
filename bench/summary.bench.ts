/**
 * Summary quality: ROUGE-1/2/L F1 of the 70-word summary on NeuS (AllSides: three outlets per
 * story, editors' neutral roundup as reference), Parallax's `summarize` beside a LexRank and a
 * "first article" baseline, all with the same sentence splitter and the same scorer (see rouge.ts).
 * Weights were tuned on `train` (bench/summary-tune.ts); `val` is the held-out figure.
 */
import { sharedPath } from './shared-data.js';
import { evaluateSystem, firstArticleSystem, lexRankSystem, parallaxSystem, prepareStories } from './summary-evaluate.js';
import { loadNeus } from './summary-neus.js';

const budget = 70;

/** Print the figures; skips when ../shared/data/neus is absent. */
export async function run(): Promise<void> {
  const folder = sharedPath('data', 'neus');
  if (!folder) {
    console.log('skipped: ../shared/data/neus not found');
    return;
  }
  console.log(`${budget}-word extractive summary; ROUGE F1 ×100 (lower-case, a-z0-9 tokens, Porter stem on tokens > 3 letters; ROUGE-L = LCS of the whole summary), mean over stories; reference = the roundup's ARTICLE text, title excluded`);
  const systems = [
    ['parallax summarize', parallaxSystem()],
    ['LexRank (bench/lexrank.ts)', lexRankSystem],
    ['first article (bench)', firstArticleSystem],
  ] as const;
  for (const split of ['train', 'val']) {
    const stories = prepareStories(loadNeus(folder, split));
    console.log(`\nNeuS ${split} (${stories.length} stories)${split === 'train' ? ' — tuned on this split' : ' — held out'}`);
    console.log('system                        R-1    R-2    R-L    ms/story  words');
    const results = systems.map(([name, system]) => [name, evaluateSystem(system, stories, budget)] as const);
    for (const [name, r] of results) {
      console.log(`${name.padEnd(28)} ${r.r1.toFixed(2).padStart(6)} ${r.r2.toFixed(2).padStart(6)} ${r.rL.toFixed(2).padStart(6)} ${r.msPerStory.toFixed(3).padStart(9)} ${r.meanWords.toFixed(1).padStart(6)}`);
    }
    const ours = results[0][1];
    const lex = results[1][1];
    console.log(`ratio parallax / LexRank: R-1 ${(ours.r1 / lex.r1).toFixed(3)}, R-2 ${(ours.r2 / lex.r2).toFixed(3)}, R-L ${(ours.rL / lex.rL).toFixed(3)}; R-2 ${ours.r2 > lex.r2 ? 'beats' : 'does NOT beat'} LexRank`);
  }
  console.log('\nPublished baselines on OTHER datasets (context only, not comparable: other references, lengths and scorers):');
  console.log('  Multi-News test R-1/R-2: LexRank 38.27/12.70, TextRank 38.44/13.10');
  console.log('  WCEP test R-1/R-2: TextRank 34.1/13.1, oracle 55.8/29.0');
}
