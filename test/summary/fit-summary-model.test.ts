import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PreparedStory } from '../../bench/summary-evaluate.js';
import { fitLogistic, solveLinear } from '../../scripts/summary/fit-logistic.js';
import { fitSummaryModel } from '../../scripts/summary/fit-summary-model.js';
import { splitSentences } from '../../src/stages/sentences/index.js';
import { checkModel, loadFittedModel, loadHandModel } from '../../src/stages/summary/summary-model.js';
import { summarize } from '../../src/stages/summary/summarize.js';

/** A tiny training set: three outlets per story, a roundup that repeats the shared lead. */
function makeStory(place: string, what: string, extra: string[]): PreparedStory {
  const texts = [
    `Officials in ${place} said ${what} on Monday. ${extra[0]} Readers wrote to us about it.`,
    `${what[0].toUpperCase()}${what.slice(1)} in ${place}, officials said on Monday. ${extra[1]}`,
    `“We never expected this,” one resident said. In ${place}, ${what}, according to officials. ${extra[2]}`,
  ];
  const ids = ['a0', 'a1', 'a2'];
  return {
    sentences: texts.flatMap((t, k) => splitSentences(ids[k], t, [])),
    articleOrder: ids,
    titles: new Map(ids.map((id) => [id, `${place}: ${what}`])),
    reference: `Officials in ${place} said ${what} on Monday. ${extra[1]}`,
  };
}

const stories = [
  makeStory('Alder', 'a storm flooded the main square', ['Schools were closed.', 'The council opened two shelters for families.', 'Power returned by night.']),
  makeStory('Milford', 'the river bridge was shut after cracks were found', ['Ferries will run.', 'Repairs will cost four million dollars.', 'Traffic was diverted.']),
  makeStory('Dunmore', 'a fire destroyed the old mill', ['Nobody was hurt.', 'Firefighters fought the blaze for six hours.', 'The cause is unknown.']),
  makeStory('Eastfield', 'the library budget would grow by 12 percent', ['Hours will be longer.', 'Four librarians will be hired next spring.', 'The vote was unanimous.']),
];
const options = { l2s: [0.1, 1], folds: 2, maxSteps: 8, lengthPriors: [0.5, 1], budget: 30 };

test('training is deterministic: the same stories give the same weights, byte for byte', () => {
  const first = JSON.stringify(fitSummaryModel(stories, options));
  const second = JSON.stringify(fitSummaryModel(structuredClone(stories), options));
  assert.equal(first, second);
  const model = checkModel(JSON.parse(first), 'fixture');
  assert.ok(options.lengthPriors.includes(model.lengthPrior));
  // It learnt something: pairs shared by outlets and headlines are the roundup's words.
  assert.ok(model.pairs.pairShare + model.pairs.pairShareContent > 0);
  assert.ok(Object.values(model.sentence).some((w) => w !== 0));
});

test('the fitted model summarises a story with it', () => {
  const model = fitSummaryModel(stories, options);
  const picks = summarize(stories[0], { words: 30, model });
  assert.ok(picks.length >= 1);
  assert.ok(!picks.some((p) => p.sentence.text.startsWith('Readers wrote')));
});

test('the logistic fit recovers a known separating direction', () => {
  // y = 1 exactly when x0 > x1, on a grid: the fitted weight of x0 is positive, of x1 negative.
  const rows: Array<[Float64Array, number]> = [];
  for (let a = 0; a < 6; a++) for (let b = 0; b < 6; b++) if (a !== b) rows.push([Float64Array.from([a / 5, b / 5]), a > b ? 1 : 0]);
  const w = fitLogistic((visit) => rows.forEach(([x, y]) => visit(x, y)), { features: 2, l2: 0.1, maxSteps: 20 });
  assert.ok(w[1] > 1 && w[2] < -1, `${[...w]}`);
  assert.deepEqual([...solveLinear([Float64Array.from([2, 1]), Float64Array.from([1, 3])], Float64Array.from([3, 5]))].map((v) => Math.round(v * 1e9) / 1e9), [0.8, 1.4]);
});

test('both weight files name every feature; a missing weight is an error naming it', () => {
  assert.ok(loadFittedModel().lengthPrior > 0);
  assert.ok(loadHandModel().lengthPrior > 0);
  const broken = JSON.parse(JSON.stringify(loadFittedModel()));
  delete broken.pairs.pairTitles;
  assert.throws(() => checkModel(broken, 'x.json'), /PARALLAX_BAD_WEIGHTS: x.json has no finite "pairs.pairTitles"/);
});
