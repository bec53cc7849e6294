/**
 * The pair model: how likely two occurrences from different outlets are one measure reported
 * with different values. A logistic model over the features of conflict-pairs.ts, fitted by
 * `npm run train -- conflicts` (scripts/train-conflicts.ts) on half of the hand-judged
 * development stories; the weights and the threshold live in data/conflict-model.json.
 */
import model from './data/conflict-model.json' with { type: 'json' };
import { featureNames } from './conflict-pairs.js';

/** The fitted model as stored. */
export interface ConflictModel {
  features: string[];
  weights: number[];
  /** A pair at or above this probability is linked. */
  threshold: number;
}

let checked: ConflictModel | null = null;

/** The committed model, checked against the feature list at first use (the training script runs without it). */
export function committedModel(): ConflictModel {
  checked ??= checkModel(model as ConflictModel);
  return checked;
}

function checkModel(m: ConflictModel): ConflictModel {
  if (m.features.length !== featureNames.length || m.features.some((f, i) => f !== featureNames[i]) || m.weights.length !== featureNames.length) {
    throw new Error('PARALLAX_MODEL_MISMATCH: src/stages/verdicts/data/conflict-model.json does not match the pair features; run `npm run train -- conflicts`');
  }
  return m;
}

/** Probability that a pair is one measure given two values (logistic of the weighted features). */
export function scorePair(features: readonly number[], m: ConflictModel = committedModel()): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i]! * m.weights[i]!;
  return 1 / (1 + Math.exp(-z));
}
