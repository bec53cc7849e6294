/**
 * Conflict rules through the whole pipeline, on small stories written for these tests: each case
 * states what must be found and what must not (precision first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/pipeline.js';
import type { Report } from '../../src/model/report.js';

type Story = Record<string, { text: string; published?: string }>;

function brief(story: Story): Report {
  const articles = Object.entries(story).map(([id, a]) => ({ id, source: id, title: `Report ${id}`, text: a.text, published: a.published }));
  return analyzeSync(articles);
}

const summary = (r: Report) => r.conflicts.map((c) => `${c.kind}: ${c.values.map((v) => `${v.value} [${v.articles.join(',')}]`).join(' vs ')}`);

test('conflicts: a disputed date does not keep apart the other facts of the same sentences', () => {
  const r = brief({
    a: { text: 'Ana Ruiz met Piet Vos in Lisbon for three hours on March 3.\nThe ministers agreed to meet again in autumn.' },
    b: { text: 'Ana Ruiz met Piet Vos in Lisbon for five hours on March 4.\nThe ministers agreed to meet again in autumn.' },
  });
  const lines = summary(r);
  assert.ok(lines.some((l) => /three hours \[a\] vs five hours \[b\]/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /March 3 \[a\] vs March 4 \[b\]/.test(l)), lines.join('\n'));
});

test('conflicts: two occasions told apart by undisputed dates are no conflict', () => {
  const r = brief({
    a: { text: 'On March 3, Ana Ruiz met Piet Vos in Lisbon for three hours.\nOn March 4, Ana Ruiz met Piet Vos in Porto for five hours.' },
    b: { text: 'On March 4, Ana Ruiz met Piet Vos in Porto for five hours.\nOn March 3, Ana Ruiz met Piet Vos in Lisbon for three hours.' },
  });
  assert.deepEqual(summary(r), []);
});

test('conflicts: one article giving both values measures two things, not a dispute', () => {
  const r = brief({
    a: { text: 'The institute said the quake was centred 9 kilometres offshore at a depth of 12 kilometres.' },
    b: { text: 'The institute said the quake was centred 9 kilometres offshore.' },
  });
  assert.deepEqual(summary(r), []);
});

test('conflicts: minutes against days are different measures; hours against hours are not', () => {
  const apart = brief({
    a: { text: 'Secretary Lena Holm held talks in Oslo during her two-day visit to Norway.' },
    b: { text: 'Secretary Lena Holm met Prime Minister Arne Dahl for 35 minutes in Oslo during the talks.' },
  });
  assert.deepEqual(summary(apart), []);
  const close = brief({
    a: { text: 'Secretary Lena Holm held talks with Arne Dahl in Oslo that lasted two hours.' },
    b: { text: 'Secretary Lena Holm met Arne Dahl in Oslo for three hours.' },
  });
  assert.equal(summary(close).length, 1, summary(close).join('\n'));
});

test('conflicts: a hedged figure equal to an exact one is no conflict; a later higher toll is an update', () => {
  const r = brief({
    a: { text: 'The storm killed at least 8 people in the Dorval valley, officials said.', published: '2024-05-02T08:00:00Z' },
    b: { text: 'The storm killed 8 people in the Dorval valley, officials said.', published: '2024-05-02T10:00:00Z' },
    c: { text: 'The death toll from the storm in the Dorval valley has risen to 11, officials said.', published: '2024-05-03T09:00:00Z' },
  });
  const lines = summary(r);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0]!, /^update: /);
  assert.ok(!/at least 8 people \[a\] vs 8 people \[b\]$/.test(lines[0]!));
});

test('quotes: "the mayor said" is the one person the article calls mayor', () => {
  const r = brief({
    a: { text: 'Mayor Ida Berg visited the shelter.\n"We will rebuild every house on this street," the mayor said.' },
    b: { text: '"We will rebuild every house on this street," Ida Berg said on Sunday.' },
  });
  const quote = r.quotes.find((q) => /rebuild every house/.test(q.text));
  assert.equal(quote?.speaker, 'Ida Berg');
  assert.deepEqual(quote?.articles, ['a', 'b']);
  const unsure = brief({
    a: { text: 'Mayor Ida Berg and Mayor Tom Lund visited the shelter.\n"We will rebuild every house on this street," the mayor said.' },
  });
  assert.equal(unsure.quotes.find((q) => /rebuild/.test(q.text))?.speakerEntity ?? null, null, 'two mayors: no guess');
});

test('conflicts: figures of a part, a window or an unnamed holder are not compared', () => {
  const cases: [string, string][] = [
    ['Quarterback Tom Reyes of the Harbor Hawks completed his first 17 passes in the win.', 'Quarterback Tom Reyes of the Harbor Hawks completed 29 passes in the win.'],
    ['Quarterback Tom Reyes of the Harbor Hawks completed 29 of 34 passes in the win.', 'Quarterback Tom Reyes of the Harbor Hawks completed 31 passes in the win.'],
    ['Harbor Hawks guard Tom Reyes scored 23 points in the Harbor Hawks win.', 'Harbor Hawks guard Tom Reyes had five points during a late run in the win.'],
    ['He caught 29 passes for the Harbor Hawks under coach Ana Ruiz.', 'He caught 39 passes for the Harbor Hawks under coach Ana Ruiz.'],
    ['The Harbor Hawks led with 12 seconds left before Tom Reyes was sacked.', 'The Harbor Hawks led with 48 seconds left before Tom Reyes spiked the ball.'],
  ];
  for (const [a, b] of cases) assert.deepEqual(summary(brief({ a: { text: a }, b: { text: b } })), [], `${a} / ${b}`);
});

test('conflicts: without two shared participants or one aligned statement, one shared team is not enough', () => {
  const r = brief({
    a: { text: 'The Harbor Hawks paid $40 million for the arena site in Dorval last year.' },
    b: { text: 'Owners of the Harbor Hawks said the team paid $25 million in player bonuses.' },
  });
  assert.deepEqual(summary(r), []);
});

test('conflicts: a relative day guessed from the story (no published dates) is not compared; a written date is', () => {
  const guessed = brief({
    a: { text: 'Ana Ruiz met Piet Vos in Lisbon yesterday to sign the fisheries accord.' },
    b: { text: 'Ana Ruiz met Piet Vos in Lisbon on Tuesday to sign the fisheries accord.' },
    c: { text: 'The fisheries accord was drafted on March 1, 2024 by officials in Lisbon.' },
  });
  assert.ok(!summary(guessed).some((l) => /yesterday|Tuesday/.test(l)), summary(guessed).join('\n'));
});
