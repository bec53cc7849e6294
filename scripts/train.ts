/**
 * `npm run train -- <model>`: fits a model from the public data in ../shared and writes its
 * weights beside the stage that uses them. Only the training split is read; the held-out split is
 * the bench's. Models:
 * - `summary`: NeuS train → src/stages/summary/data/weights.json (scripts/summary/fit-summary-model.ts).
 * - `stories`: NeuS train slices → src/stages/stories/data/pair-model.json (scripts/stories/fit-pair-model.ts).
 * - `conflicts`: the fit half of the dev gold and the older pooled judgments →
 *   src/stages/verdicts/data/conflict-model.json (scripts/train-conflicts.ts).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from '../bench/shared-data.js';
import { prepareStories } from '../bench/summary-evaluate.js';
import { loadNeus } from '../bench/summary-neus.js';
import { defaultFitOptions, fitSummaryModel } from './summary/fit-summary-model.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Write a fitted model as JSON (its comment first, two-space indent) under the repository root, and say where. */
function writeModel(path: readonly string[], comment: string, model: object): void {
  const file = join(root, ...path);
  writeFileSync(file, `${JSON.stringify({ comment, ...model }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

/** Fit the summary model on NeuS train and write its weights. */
function trainSummary(): void {
  const folder = sharedPath('data', 'neus');
  if (!folder) throw new Error('PARALLAX_NO_DATA: ../shared/data/neus not found');
  const stories = prepareStories(loadNeus(folder, 'train'));
  const model = fitSummaryModel(stories, defaultFitOptions, (line) => console.log(line));
  const comment =
    'Fitted by `npm run train -- summary` (scripts/summary/fit-summary-model.ts) on NeuS train only: logistic weights of "this word pair of this sentence is in the neutral roundup"; the L2 penalty and the length prior chosen by 5-fold cross-validation on train for the best held-out ROUGE-2 at 70 words. Do not edit by hand; refit.';
  writeModel(['src', 'stages', 'summary', 'data', 'weights.json'], comment, model);
}

/** Fit the story pair model on NeuS train slices and write its weights. */
async function trainStories(): Promise<void> {
  const { loadTrainSlices } = await import('../bench/cluster-tune.js');
  const { fitPairModel, labelPairs } = await import('./stories/fit-pair-model.js');
  const undated = loadTrainSlices(false);
  const dated = loadTrainSlices(true);
  const slices = undated && dated ? [...undated, ...dated] : null;
  if (!slices) throw new Error('PARALLAX_NO_DATA: ../shared/data/neus not found');
  const labelled = slices.map((slice) => labelPairs(slice));
  const pairs = labelled.flat();
  console.log(`stories: ${pairs.length} candidate pairs, ${pairs.filter((p) => p.y === 1).length} of one story`);
  const model = fitPairModel(pairs);
  const comment =
    'Fitted by `npm run train -- stories` (scripts/stories/fit-pair-model.ts) on NeuS train slices only: logistic weights of "these two articles tell one event" over standardised pair features (pair-evidence.ts). Do not edit by hand; refit.';
  writeModel(['src', 'stages', 'stories', 'data', 'pair-model.json'], comment, model);
  const { fitContextModel } = await import('./stories/fit-pair-context.js');
  const context = fitContextModel(labelled);
  const contextComment =
    'Fitted by `npm run train -- stories` (scripts/stories/fit-pair-context.ts) on NeuS train slices only: logistic weights of "these two articles tell one event" over a pair\'s first-stage probability beside its articles\' other pairs (pair-context.ts), first-stage probabilities out of fold. Do not edit by hand; refit.';
  writeModel(['src', 'stages', 'stories', 'data', 'pair-context-model.json'], contextComment, context);
}

const trainers: Record<string, () => void | Promise<void>> = {
  summary: trainSummary,
  stories: trainStories,
  conflicts: async () => (await import('./train-conflicts.js')).trainConflicts(),
};
const names = process.argv.slice(2);
if (names.length === 0 || names.some((n) => !trainers[n])) {
  console.error(`usage: npm run train -- <${Object.keys(trainers).join('|')}>`);
  process.exit(2);
}
for (const name of names) await trainers[name]!();
