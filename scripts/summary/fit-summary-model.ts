/**
 * Fits the summary model (src/stages/summary/summary-model.ts) on stories with reference
 * roundups: a logistic model of "this word pair of this sentence is in the roundup" over the
 * sentence's and the pair's features, then the length prior of the selection by a grid on the
 * same stories (mean ROUGE-2 F1 of the summaries). Pure and deterministic: the same stories give
 * the same weights, rounded to four decimals so the JSON file is small and stable.
 */
import type { PreparedStory } from '../../bench/summary-evaluate.js';
import { scoreCorpus } from '../../bench/rouge.js';
import { stemWords } from '../../src/stages/summary/pair-features.js';
import { pairFeatureNames } from '../../src/stages/summary/pair-features.js';
import { readStory } from '../../src/stages/summary/read-story.js';
import { featureNames } from '../../src/stages/summary/sentence-features.js';
import { defaultCiteCosine, summarize } from '../../src/stages/summary/summarize.js';
import { placeOf, type SummaryModel } from '../../src/stages/summary/summary-model.js';
import { fitLogistic } from './fit-logistic.js';

/** Settings of the fit. */
export interface FitOptions {
  /** L2 penalty of the logistic fit. */
  l2: number;
  /** Most Newton steps. */
  maxSteps: number;
  /** Length priors tried (share of the budget). */
  lengthPriors: number[];
  /** Word budget the length prior is chosen for. */
  budget: number;
}

/** The settings `npm run train -- summary` uses. */
export const defaultFitOptions: Readonly<FitOptions> = Object.freeze({
  l2: 1,
  maxSteps: 12,
  lengthPriors: [0.4, 0.6, 0.8, 1, 1.2, 1.5, 2],
  budget: 70,
});

const round = (v: number): number => Math.round(v * 1e4) / 1e4 || 0;

/** Adjacent stemmed word pairs of a text, as the summary's pair keys. */
function pairKeys(text: string): Set<string> {
  const { stems } = stemWords(text);
  const keys = new Set<string>();
  for (let k = 1; k < stems.length; k++) keys.add(`${stems[k - 1]} ${stems[k]}`);
  return keys;
}

/** Fit the model; `log` receives a line per stage (the CLI prints them). */
export function fitSummaryModel(stories: PreparedStory[], options: FitOptions = defaultFitOptions, log: (line: string) => void = () => {}): SummaryModel {
  const views = stories.map((s) => readStory({ sentences: s.sentences, articleOrder: s.articleOrder, titles: s.titles }, defaultCiteCosine));
  const references = stories.map((s) => pairKeys(s.reference));
  // Row: sentence features, pair features, the pair's place in its sentence.
  const width = featureNames.length + pairFeatureNames.length + 1;
  const row = new Float64Array(width);
  let rows = 0;
  const weights = fitLogistic(
    (visit) => {
      rows = 0;
      views.forEach((view, v) => {
        const { pairs, features } = view;
        features.forEach((sentenceRow, i) => {
          row.set(sentenceRow, 0);
          const ids = pairs.bySentence[i];
          for (let k = 0; k < ids.length; k++) {
            const id = ids[k];
            row.set(pairs.rows[id], featureNames.length);
            row[width - 1] = placeOf(k, ids.length);
            visit(row, references[v].has(pairs.keys[id]) ? 1 : 0);
            rows++;
          }
        });
      });
    },
    { features: width, l2: options.l2, maxSteps: options.maxSteps },
  );
  log(`logistic fit over ${rows} word pairs of ${views.length} stories`);
  const model: SummaryModel = {
    bias: round(weights[0]),
    lengthPrior: options.lengthPriors[0],
    place: round(weights[width]),
    sentence: Object.fromEntries(featureNames.map((f, k) => [f, round(weights[1 + k])])) as SummaryModel['sentence'],
    pairs: Object.fromEntries(pairFeatureNames.map((f, k) => [f, round(weights[1 + featureNames.length + k])])) as SummaryModel['pairs'],
  };
  let best = -Infinity;
  for (const prior of options.lengthPriors) {
    const trial = { ...model, lengthPrior: prior };
    const pairsOfText = stories.map((s) => ({
      candidate: summarize(s, { words: options.budget, model: trial })
        .map((p) => p.sentence.text)
        .join(' '),
      reference: s.reference,
    }));
    const { r2 } = scoreCorpus(pairsOfText);
    log(`length prior ${prior}: ROUGE-2 ${r2.toFixed(2)}`);
    if (r2 > best) {
      best = r2;
      model.lengthPrior = prior;
    }
  }
  return model;
}
