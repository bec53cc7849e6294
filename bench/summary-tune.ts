/**
 * Tuning runs for the summary's choice and reading rules, on NeuS train folds only:
 * `node --import tsx bench/summary-tune.ts '{"standalone":{"opener":1}}' '{"choice":{"minShare":0}}'`
 * fits the model once per fold (5 folds, story `i` held out in fold `i mod 5`, the L2 penalty and
 * length prior of `data/weights.json`, as `npm run train -- summary` chose them), then scores the
 * held-out stories' summaries with the kept settings and with each variant given: R-1/R-2/R-L, mean
 * words, and each variant's R-2 difference story by story (mean ± standard error, stories changed,
 * per fold). About half a minute for the fits, a few seconds per variant, where a full training run
 * takes minutes; val is never read.
 */
import { summarizeStory, type SummaryOptions } from '../src/stages/summary/summarize.js';
import { loadFittedModel } from '../src/stages/summary/summary-model.js';
import { defaultFitOptions, fitHeldOut, readTrainingStories } from '../scripts/summary/fit-summary-model.js';
import { scoreRouge } from './rouge.js';
import { sharedPath } from './shared-data.js';
import { prepareStories } from './summary-evaluate.js';
import { loadNeus } from './summary-neus.js';

/** Options of a variant: the summary's overrides, and optionally another length prior. */
export type Variant = Omit<SummaryOptions, 'words' | 'model'> & { lengthPrior?: number };

/** The training's folds and budget. */
const { folds, budget } = defaultFitOptions;

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = sharedPath('data', 'neus');
  if (!folder) {
    console.log('summary-tune: skipped (../shared/data/neus absent)');
    process.exit(0);
  }
  const fitted = loadFittedModel();
  // The L2 penalty is not stored with the weights; 300 is what the training's cross-validation chose.
  const l2 = Number(process.env.SUMMARY_L2 ?? 300);
  const stories = prepareStories(loadNeus(folder, 'train'));
  const { views, references } = readTrainingStories(stories);
  const { chances, models } = fitHeldOut(views, references, folds, l2, defaultFitOptions.maxSteps);
  const variants: Array<[string, Variant]> = [['kept settings', {}], ...process.argv.slice(2).map((a) => [a, JSON.parse(a) as Variant] as [string, Variant])];
  let base: number[] | undefined;
  console.log(`NeuS train, ${folds} folds held out, L2 ${l2}, ${budget} words; R-1/R-2/R-L F1 ×100`);
  for (const [name, { lengthPrior, ...options }] of variants) {
    const r2: number[] = [];
    let r1 = 0;
    let rL = 0;
    let words = 0;
    views.forEach((view, i) => {
      const model = { ...models[i % folds], lengthPrior: lengthPrior ?? fitted.lengthPrior };
      const text = summarizeStory(view, { ...options, words: budget, model }, chances[i]).map((p) => p.sentence.text).join(' ');
      const s = scoreRouge(text, stories[i].reference);
      words += text.split(/\s+/).filter(Boolean).length;
      r1 += s.rouge1.f1;
      rL += s.rougeL.f1;
      r2.push(100 * s.rouge2.f1);
    });
    const n = views.length;
    const line = `${(100 * r1 / n).toFixed(2)}/${(r2.reduce((a, b) => a + b, 0) / n).toFixed(2)}/${(100 * rL / n).toFixed(2)}, ${(words / n).toFixed(1)} words`;
    if (!base) {
      base = r2;
      console.log(`${name}: ${line}`);
      continue;
    }
    const d = r2.map((v, i) => v - base![i]);
    const mean = d.reduce((a, b) => a + b, 0) / n;
    const se = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) / n);
    const perFold = Array.from({ length: folds }, (_, f) => {
      const x = d.filter((_, i) => i % folds === f);
      return (x.reduce((a, b) => a + b, 0) / x.length).toFixed(2);
    });
    console.log(`${name}: ${line}; R-2 ${mean >= 0 ? '+' : ''}${mean.toFixed(3)} ± ${se.toFixed(3)}, ${d.filter((v) => v !== 0).length} stories changed, by fold ${perFold.join(' ')}`);
  }
}
