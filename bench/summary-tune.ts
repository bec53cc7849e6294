/**
 * Tunes the summary's weights on NeuS *train* by coordinate search (one setting at a time over a
 * short grid, two rounds), objective mean ROUGE-2 F1 at 70 words; prints the best settings and
 * their val figure. Run by hand: `npx tsx bench/summary-tune.ts` (a few minutes); copy the result
 * into the defaults of src/stages/summary/.
 */
import { sharedPath } from './shared-data.js';
import { evaluateSystem, parallaxSystem, prepareStories } from './summary-evaluate.js';
import { loadNeus } from './summary-neus.js';
import { defaultSummaryWeights } from '../src/stages/summary/summarize.js';
import { defaultStandalone } from '../src/stages/summary/rate-standalone.js';
import { defaultSelection } from '../src/stages/summary/select-sentences.js';

type Group = 'weights' | 'standalone' | 'selection';
const grid: Array<[Group, string, number[]]> = [
  ['weights', 'support', [0, 0.5, 1, 1.5, 2, 3]],
  ['weights', 'centrality', [0, 0.5, 1, 1.5, 2, 3]],
  ['weights', 'title', [0, 0.5, 1, 1.5, 2, 3, 4]],
  // The lead weight is kept ≥ 0.25: NeuS gives only each article's opening lines, where position
  // says little, but in full articles the 30th sentence is rarely summary material.
  ['weights', 'lead', [0.25, 0.5, 1, 1.5]],
  ['weights', 'informative', [0, 0.1, 0.25, 0.5, 1]],
  ['weights', 'citeCosine', [0.2, 0.3, 0.4, 0.5, 0.6]],
  // opener, question and unfinished are not tuned: ROUGE barely notices a summary line that
  // starts "He said" or asks a question, a reader does; they stay at their defaults.
  ['standalone', 'unattributedQuote', [0.25, 0.4, 0.6, 0.8]],
  ['standalone', 'short', [0.1, 0.3, 0.6, 1]],
  ['standalone', 'minWords', [4, 6, 8, 10, 12]],
  ['standalone', 'long', [0.3, 0.6, 0.8, 1]],
  ['standalone', 'maxWords', [38, 45, 55, 60]],
  ['selection', 'lambda', [0, 0.25, 0.5, 1, 2]],
  ['selection', 'redundancy', [0.3, 0.4, 0.5, 0.6, 0.8]],
  ['selection', 'minRelative', [0, 0.15, 0.3, 0.45, 0.6]],
];

const folder = sharedPath('data', 'neus');
if (!folder) throw new Error('PARALLAX_NO_DATA: ../shared/data/neus not found');
const train = prepareStories(loadNeus(folder, 'train'));
const val = prepareStories(loadNeus(folder, 'val'));
const settings: Record<Group, Record<string, number>> = {
  weights: { ...defaultSummaryWeights },
  standalone: { ...defaultStandalone },
  selection: { ...defaultSelection },
};
const measure = (s: typeof settings, stories = train) => evaluateSystem(parallaxSystem(s), stories, 70);
let best = measure(settings).r2;
console.log(`start train R-2 ${best.toFixed(3)}`);
for (let round = 0; round < 2; round++) {
  for (const [group, key, values] of grid) {
    for (const value of values) {
      if (value === settings[group][key]) continue;
      const trial = { ...settings, [group]: { ...settings[group], [key]: value } };
      const r2 = measure(trial).r2;
      if (r2 > best + 0.01) {
        best = r2;
        settings[group][key] = value;
        console.log(`  ${group}.${key} = ${value}: train R-2 ${r2.toFixed(3)}`);
      }
    }
  }
}
const t = measure(settings);
const v = measure(settings, val);
console.log(JSON.stringify(settings));
console.log(`train R-1/2/L ${t.r1.toFixed(2)}/${t.r2.toFixed(2)}/${t.rL.toFixed(2)}; val ${v.r1.toFixed(2)}/${v.r2.toFixed(2)}/${v.rL.toFixed(2)}`);
