/**
 * Fits the second-stage story pair model (src/stages/stories/pair-context.ts,
 * data/pair-context-model.json) on NeuS train slices only.
 *
 * The context model reads first-stage probabilities, and on its own training pairs the first
 * stage is more sure than on a new batch; so each slice's first-stage probabilities come from a
 * model fitted on the other half of the slices (the first two of every four against the other
 * two: undated and dated alike), as they would for a batch never seen. Then the context
 * features of every slice's pairs are fitted as the first stage is (fit-pair-model.ts).
 */
import { contextFeatureNames, describeContext } from '../../src/stages/stories/pair-context.js';
import { scorePair } from '../../src/stages/stories/pair-model.js';
import { fitPairModel, type FittedPairModel, type LabelledPair } from './fit-pair-model.js';

/** The half a slice falls in for the out-of-fold first stage: slices 0–1 and 4–5 against 2–3 and 6–7. */
function halfOf(slice: number): number {
  return slice % 4 < 2 ? 0 : 1;
}

/** Fit the context model on the labelled candidate pairs of each training slice. */
export function fitContextModel(slices: readonly (readonly LabelledPair[])[]): FittedPairModel {
  const rows: { x: number[]; y: 0 | 1 }[] = [];
  for (const half of [0, 1]) {
    const other = fitPairModel(slices.filter((_, i) => halfOf(i) !== half).flat());
    slices.forEach((pairs, i) => {
      if (halfOf(i) !== half) return;
      const ends = pairs.flatMap((p) => [p.a, p.b]);
      const context = describeContext(ends, pairs.map((p) => scorePair(p.x, other)), pairs[0]?.size ?? 2);
      context.forEach((x, k) => rows.push({ x, y: pairs[k].y }));
    });
  }
  return fitPairModel(rows, contextFeatureNames);
}
