/**
 * `npm run train -- <model>`: fits a model from the public data in ../shared and writes its
 * weights beside the stage that uses them. Only the training split is read; the held-out split is
 * the bench's. Models:
 * - `summary`: NeuS train → src/stages/summary/data/weights.json (scripts/summary/fit-summary-model.ts).
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

/** Fit the summary model on NeuS train and write its weights. */
function trainSummary(): void {
  const folder = sharedPath('data', 'neus');
  if (!folder) throw new Error('PARALLAX_NO_DATA: ../shared/data/neus not found');
  const stories = prepareStories(loadNeus(folder, 'train'));
  const model = fitSummaryModel(stories, defaultFitOptions, (line) => console.log(line));
  const file = join(root, 'src', 'stages', 'summary', 'data', 'weights.json');
  const comment =
    'Fitted by `npm run train -- summary` (scripts/summary/fit-summary-model.ts) on NeuS train only: logistic weights of "this word pair of this sentence is in the neutral roundup"; the L2 penalty and the length prior chosen by 5-fold cross-validation on train for the best held-out ROUGE-2 at 70 words. Do not edit by hand; refit.';
  writeFileSync(file, `${JSON.stringify({ comment, ...model }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

const trainers: Record<string, () => void | Promise<void>> = {
  summary: trainSummary,
  conflicts: async () => (await import('./train-conflicts.js')).trainConflicts(),
};
const names = process.argv.slice(2);
if (names.length === 0 || names.some((n) => !trainers[n])) {
  console.error(`usage: npm run train -- <${Object.keys(trainers).join('|')}>`);
  process.exit(2);
}
for (const name of names) await trainers[name]!();
