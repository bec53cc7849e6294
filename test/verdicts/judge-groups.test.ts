/**
 * Agreements and "only one outlet" facts: a sentence another outlet says in other words is not
 * listed as reported by one source only, and a conflict's sentence is not repeated as unique.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/pipeline.js';
import type { ClaimGroup } from '../../src/model/claim.js';
import { judgeGroups } from '../../src/stages/verdicts/judge-groups.js';

const story = [
  {
    id: 'a',
    source: 'A',
    title: 'Ferry talks',
    text: [
      'Transport minister Sara Nyberg met union leader Jonas Eklund in Malmo on Tuesday to discuss the ferry strike.',
      'The talks lasted four hours.',
      'Nyberg said the government would pay for extra buses while the ferries stay in port.',
    ].join('\n'),
  },
  {
    id: 'b',
    source: 'B',
    title: 'Ferry strike talks',
    text: [
      'Eklund, who leads the dockworkers, sat down with Nyberg in Malmo on Tuesday to seek an end to the ferry walkout.',
      'The talks lasted six hours.',
      'A harbour cafe owner said she had lost half her customers since the strike began last week.',
    ].join('\n'),
  },
];

function group(id: string, article: string, text: string, nearest: number): ClaimGroup {
  const sentence = { id, article, index: 0, start: 0, end: text.length, text, paragraph: 0 };
  const claim = { id, article, start: 0, end: text.length, sentence, tokens: text.toLowerCase().split(/\W+/).filter((w) => w.length > 3), entities: [], facts: [] };
  return { id: `g:${id}`, claims: [claim], articles: [article], representative: claim, cohesion: 1, nearest };
}

test('unique facts: a lone sentence close to another outlet\'s sentence is not "only this outlet"', () => {
  const groups = [
    group('a#0', 'a', 'Transport minister Sara Nyberg met union leader Jonas Eklund in Malmo on Tuesday.', 0.35),
    group('c#0', 'c', 'Union leader Jonas Eklund met transport minister Sara Nyberg on Tuesday in Malmo.', 0.35),
    group('b#2', 'b', 'A harbour cafe owner said she had lost half her customers since the strike began.', 0.05),
  ];
  const { unique } = judgeGroups(groups, (x) => x);
  assert.deepEqual(unique.map((u) => u.id), ['g:b#2']);
  assert.deepEqual(judgeGroups(groups, (x) => x, { maxUniqueNearness: 0.5 }).unique.length, 3);
});

test('unique facts: a lone sentence near another outlet\'s is listed when it carries a figure no other outlet gives', () => {
  const groups = [
    group('a#0', 'a', 'Police found the stolen van with licence plate BEY 0843 near the harbour gates.', 0.4),
    group('b#0', 'b', 'Police found the stolen van near the harbour.', 0.4),
  ];
  assert.deepEqual(judgeGroups(groups, (x) => x).unique.map((u) => u.id), ['g:a#0']);
  assert.deepEqual(judgeGroups(groups, (x) => x, { minOwnTerms: 2 }).unique.map((u) => u.id), []);
});

test('agreements: a group whose sentences give conflicting values is no agreement', () => {
  const r = analyzeSync(story);
  assert.ok(!r.agreements.some((a) => /talks lasted/.test(a.statement)), r.agreements.map((a) => a.statement).join('\n'));
});

test('differences: a sentence shown in a conflict is not repeated as "only this outlet"', () => {
  const r = analyzeSync(story);
  const hours = r.conflicts.find((c) => c.values.some((v) => /four hours/.test(v.value)));
  assert.ok(hours, r.conflicts.map((c) => c.topic).join('\n'));
  const uniqueLines = r.differences.filter((d) => d.kind === 'unique').map((d) => d.text);
  assert.ok(!uniqueLines.some((t) => /talks lasted/.test(t)), uniqueLines.join('\n'));
});
