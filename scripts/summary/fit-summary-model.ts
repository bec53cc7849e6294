/**
 * Fits the summary model (src/stages/summary/summary-model.ts) on stories with reference
 * roundups: a logistic model of "this word pair of this sentence is in the roundup" over the
 * sentence's and the pair's features, and the two settings around it — the L2 penalty of the fit
 * and the length prior of the selection — chosen by K-fold cross-validation on the same stories:
 * each setting is scored by the mean ROUGE-2 F1 of summaries of the stories its fit did not see.
 * Chosen in-sample, the length prior favours what the fit already knows (0.8 in-sample against 1.0
 * out of fold on NeuS train) and the L2 penalty would always be the smallest.
 * Pure and deterministic: folds by story index, the same stories give the same weights, rounded
 * to four decimals so the JSON file is small and stable.
 */
import type { PreparedStory } from '../../bench/summary-evaluate.js';
import { scoreRouge } from '../../bench/rouge.js';
import { stemWords } from '../../src/stages/summary/pair-features.js';
import { pairFeatureNames } from '../../src/stages/summary/pair-features.js';
import { readStory, type StoryView } from '../../src/stages/summary/read-story.js';
import { featureNames } from '../../src/stages/summary/sentence-features.js';
import { defaultCiteCosine, summarizeStory } from '../../src/stages/summary/summarize.js';
import { placeOf, scorePairs, type SummaryModel } from '../../src/stages/summary/summary-model.js';
import { fitLogistic } from './fit-logistic.js';

/** Settings of the fit. */
export interface FitOptions {
  /** L2 penalties of the logistic fit tried (the first of equal scores wins). */
  l2s: number[];
  /** Folds of the cross-validation (story `i` is held out in fold `i mod folds`); at least 2. */
  folds: number;
  /** Most Newton steps. */
  maxSteps: number;
  /** Length priors tried (share of the budget). */
  lengthPriors: number[];
  /** Word budget the settings are chosen for. */
  budget: number;
}

/** The settings `npm run train -- summary` uses. */
export const defaultFitOptions: Readonly<FitOptions> = Object.freeze({
  l2s: [1, 30, 100, 300, 1000],
  folds: 5,
  maxSteps: 12,
  lengthPriors: [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.4],
  budget: 70,
});

const round = (v: number): number => Math.round(v * 1e4) / 1e4 || 0;

/** Adjacent stemmed word pairs of a text, as the summary's pair keys. */
export function pairKeys(text: string): Set<string> {
  const { stems } = stemWords(text);
  const keys = new Set<string>();
  for (let k = 1; k < stems.length; k++) keys.add(`${stems[k - 1]} ${stems[k]}`);
  return keys;
}

/** The logistic weights fitted on the stories `members` (indices into `views`), length prior unset. */
export function fitWeights(views: StoryView[], references: Set<string>[], members: number[], l2: number, maxSteps: number): SummaryModel {
  // Row: sentence features, pair features, the pair's place in its sentence.
  const width = featureNames.length + pairFeatureNames.length + 1;
  const row = new Float64Array(width);
  const weights = fitLogistic(
    (visit) => {
      for (const v of members) {
        const { pairs, features } = views[v];
        features.forEach((sentenceRow, i) => {
          row.set(sentenceRow, 0);
          const ids = pairs.bySentence[i];
          for (let k = 0; k < ids.length; k++) {
            const id = ids[k];
            row.set(pairs.rows[id], featureNames.length);
            row[width - 1] = placeOf(k, ids.length);
            visit(row, references[v].has(pairs.keys[id]) ? 1 : 0);
          }
        });
      }
    },
    { features: width, l2, maxSteps },
  );
  return {
    bias: round(weights[0]),
    lengthPrior: 1,
    place: round(weights[width]),
    sentence: Object.fromEntries(featureNames.map((f, k) => [f, round(weights[1 + k])])) as SummaryModel['sentence'],
    pairs: Object.fromEntries(pairFeatureNames.map((f, k) => [f, round(weights[1 + featureNames.length + k])])) as SummaryModel['pairs'],
  };
}

/** Stories read for fitting: each one's view (`readStory`) and its reference's word pairs. */
export function readTrainingStories(stories: PreparedStory[]): { views: StoryView[]; references: Set<string>[] } {
  return {
    views: stories.map((s) => readStory({ sentences: s.sentences, articleOrder: s.articleOrder, titles: s.titles }, defaultCiteCosine)),
    references: stories.map((s) => pairKeys(s.reference)),
  };
}

/**
 * One fit per fold on the other folds (story `i` is held out in fold `i mod folds`): the fold
 * models, and each story's pair chances from the model that did not see it.
 */
export function fitHeldOut(views: StoryView[], references: Set<string>[], folds: number, l2: number, maxSteps: number): { models: SummaryModel[]; chances: Float64Array[][] } {
  const all = views.map((_, i) => i);
  const models: SummaryModel[] = [];
  const chances: Float64Array[][] = new Array(views.length);
  for (let f = 0; f < folds; f++) {
    const model = fitWeights(views, references, all.filter((i) => i % folds !== f), l2, maxSteps);
    models.push(model);
    for (const i of all.filter((j) => j % folds === f)) chances[i] = scorePairs(views[i].features, views[i].pairs, model);
  }
  return { models, chances };
}

/** Fit the model; `log` receives a line per stage (the CLI prints them). */
export function fitSummaryModel(stories: PreparedStory[], options: FitOptions = defaultFitOptions, log: (line: string) => void = () => {}): SummaryModel {
  const { views, references } = readTrainingStories(stories);
  const folds = Math.max(2, Math.min(options.folds, stories.length));
  const all = stories.map((_, i) => i);
  let best = { score: -Infinity, l2: options.l2s[0], prior: options.lengthPriors[0] };
  for (const l2 of options.l2s) {
    // Mean ROUGE-2 F1 of each length prior over the held-out stories of every fold.
    const sums = options.lengthPriors.map(() => 0);
    const { models, chances } = fitHeldOut(views, references, folds, l2, options.maxSteps);
    for (let f = 0; f < folds; f++) {
      const model = models[f]!;
      for (const i of all.filter((j) => j % folds === f)) {
        options.lengthPriors.forEach((lengthPrior, p) => {
          const picks = summarizeStory(views[i], { words: options.budget, model: { ...model, lengthPrior } }, chances[i]);
          sums[p] += scoreRouge(picks.map((pick) => pick.sentence.text).join(' '), stories[i].reference).rouge2.f1;
        });
      }
    }
    const scores = sums.map((s) => (100 * s) / stories.length);
    log(`L2 ${l2}: held-out ROUGE-2 by length prior ${options.lengthPriors.map((p, k) => `${p}: ${scores[k].toFixed(2)}`).join(', ')}`);
    scores.forEach((score, p) => {
      if (score > best.score) best = { score, l2, prior: options.lengthPriors[p] };
    });
  }
  log(`chosen: L2 ${best.l2}, length prior ${best.prior} (held-out ROUGE-2 ${best.score.toFixed(2)}); final fit on all ${stories.length} stories`);
  return { ...fitWeights(views, references, all, best.l2, options.maxSteps), lengthPrior: best.prior };
}
