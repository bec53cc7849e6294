/**
 * The summary's scoring model: a logistic model of the chance that a word pair of a sentence
 * appears in a neutral roundup of the story, from the pair's features (how many outlets and
 * headlines use it, how early) and the features of the sentence it sits in (a lead, a quote
 * without a speaker, an opinion column's "we"). One weight per feature, readable as it stands:
 * `data/weights.json` is fitted on NeuS train by `npm run train -- summary`
 * (`scripts/train-summary.ts`); `data/hand-weights.json` holds weights set by hand, kept to show
 * what the fitting adds (the bench prints both).
 */
import fitted from './data/weights.json' with { type: 'json' };
import hand from './data/hand-weights.json' with { type: 'json' };
import { featureNames, type FeatureName } from './sentence-features.js';
import { pairFeatureNames, type PairFeatureName, type StoryPairs } from './pair-features.js';

/** Weights of the logistic model and the length prior of the selection. */
export interface SummaryModel {
  /** Intercept of the logit. */
  bias: number;
  /** Weight of each sentence feature. */
  sentence: Record<FeatureName, number>;
  /** Weight of each word-pair feature. */
  pairs: Record<PairFeatureName, number>;
  /**
   * Weight of where the pair first comes in its sentence: 0 for the first pair, near 1 for the
   * last. A roundup keeps who did what, which a news sentence states first; the tail carries the
   * detail ("…, the campaign told The Hill Sunday").
   */
  place: number;
  /**
   * Length of the summary a reader expects, as a share of the shorter of the budget and the mean
   * article length: the selection maximises expected covered pairs / (pairs taken + that length),
   * an F-measure against a summary of that length, so a weak sentence that only fills the budget
   * is left out.
   */
  lengthPrior: number;
}

/** Check that a parsed weight file has every weight, as a finite number; throws naming the first gap. */
export function checkModel(value: unknown, name: string): SummaryModel {
  const v = value as Partial<SummaryModel>;
  const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  const fail = (what: string): never => {
    throw new Error(`PARALLAX_BAD_WEIGHTS: ${name} has no finite "${what}"`);
  };
  if (!isNumber(v.bias)) fail('bias');
  if (!isNumber(v.lengthPrior) || v.lengthPrior! < 0) fail('lengthPrior');
  if (!isNumber(v.place)) fail('place');
  for (const f of featureNames) if (!isNumber(v.sentence?.[f])) fail(`sentence.${f}`);
  for (const f of pairFeatureNames) if (!isNumber(v.pairs?.[f])) fail(`pairs.${f}`);
  return {
    bias: v.bias!,
    lengthPrior: v.lengthPrior!,
    place: v.place!,
    sentence: Object.fromEntries(featureNames.map((f) => [f, v.sentence![f]])) as Record<FeatureName, number>,
    pairs: Object.fromEntries(pairFeatureNames.map((f) => [f, v.pairs![f]])) as Record<PairFeatureName, number>,
  };
}

let fittedCache: Readonly<SummaryModel> | undefined;
let handCache: Readonly<SummaryModel> | undefined;

/**
 * The fitted model (`data/weights.json`), the default. Checked on first use, not at import, so the
 * training script still runs when a new feature has no fitted weight yet.
 */
export function loadFittedModel(): Readonly<SummaryModel> {
  fittedCache ??= Object.freeze(checkModel(fitted, 'data/weights.json'));
  return fittedCache;
}

/** The hand-set model (`data/hand-weights.json`): the same features, weights chosen by hand. */
export function loadHandModel(): Readonly<SummaryModel> {
  handCache ??= Object.freeze(checkModel(hand, 'data/hand-weights.json'));
  return handCache;
}

/** Dot product of a row with weights given by name, in the names' order. */
function dot(row: Float64Array, names: readonly string[], weights: Record<string, number>): number {
  let sum = 0;
  for (let k = 0; k < names.length; k++) sum += row[k] * weights[names[k]];
  return sum;
}

/** Where the `k`-th of `count` distinct pairs of a sentence comes: 0 first, below 1 last. */
export function placeOf(k: number, count: number): number {
  return k / Math.max(1, count);
}

/**
 * The chance of each word pair of each sentence to be in the roundup: `result[i][k]` belongs to
 * pair `pairs.bySentence[i][k]`. The logit is the sum of a pair part and a sentence part, each
 * computed once.
 */
export function scorePairs(features: Float64Array[], pairs: StoryPairs, model: SummaryModel): Float64Array[] {
  const pairLogit = pairs.rows.map((row) => dot(row, pairFeatureNames, model.pairs));
  return features.map((row, i) => {
    const sentenceLogit = model.bias + dot(row, featureNames, model.sentence);
    const ids = pairs.bySentence[i];
    const out = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      out[k] = 1 / (1 + Math.exp(-(sentenceLogit + pairLogit[ids[k]] + model.place * placeOf(k, ids.length))));
    }
    return out;
  });
}
