/**
 * Hand judgments of the conflicts Parallax reports on the ECB+ sample
 * (test/cases/ecbplus-conflicts/judgments.json), and the scores they give: precision (reported
 * conflicts judged right) and recall (disagreements found by reading the articles that a right
 * conflict reports). Shared by the acceptance test, the bench and scripts/judge-ecbplus-conflicts.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Conflict, Report } from '../src/model/report.js';
import { projectRoot } from './shared-data.js';

/** Where the judgments live. */
export const judgmentsPath = join(projectRoot, 'test', 'cases', 'ecbplus-conflicts', 'judgments.json');

export type ConflictKind = Conflict['kind'];

/**
 * Why a reported conflict is wrong:
 * - `different-things`: the values measure different things (another game, person, offer, period).
 * - `same-fact`: the values agree (one day written two ways, a rounded and an exact figure).
 * - `misread`: a value was extracted or resolved wrongly (a relative date resolved to the wrong day,
 *   a number cut from its unit), so the clash is the tool's own.
 * - `mixed`: a real disagreement, listed together with values of other things.
 * - `wrong-kind`: a real disagreement reported with the wrong kind.
 */
export const errorCodes = ['different-things', 'same-fact', 'misread', 'mixed', 'wrong-kind'] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The annotator's verdict on one reported conflict; `todo` is a stub written by the judge script. */
export interface Judgment {
  verdict: 'right' | 'wrong' | 'todo';
  /** The gold disagreement this conflict reports (required when right; for `mixed` and `wrong-kind`, the one it holds). */
  gold?: string;
  error?: ErrorCode;
  /** One line: what the values are, and why the verdict. */
  reason: string;
}

/** A disagreement between outlets found by reading the articles. */
export interface GoldDisagreement {
  /** Unique within its story, e.g. "magnitude". */
  id: string;
  /** The report's slot it belongs in: date, time, quantity, duration, money, percent, title, ... */
  slot: string;
  kind: ConflictKind;
  /** What the values measure, in the annotator's words. */
  what: string;
  values: { value: string; articles: string[] }[];
}

/** Judgments of one story. */
export interface StoryJudgments {
  /** One line: what the story is about, in the annotator's words. */
  event: string;
  gold: GoldDisagreement[];
  /** Conflict key (see conflictKey) → judgment. */
  conflicts: Record<string, Judgment>;
}

/** The whole fixture. */
export interface Judgments {
  about: string[];
  stories: Record<string, StoryJudgments>;
}

/** Read the fixture. */
export function readJudgments(): Judgments {
  return JSON.parse(readFileSync(judgmentsPath, 'utf8')) as Judgments;
}

/** Write the fixture back, stories and conflict keys sorted so diffs stay small. */
export function writeJudgments(judgments: Judgments): void {
  const stories: Record<string, StoryJudgments> = {};
  for (const id of Object.keys(judgments.stories).sort(compareStoryIds)) {
    const s = judgments.stories[id]!;
    const conflicts: Record<string, Judgment> = {};
    for (const key of Object.keys(s.conflicts).sort()) conflicts[key] = s.conflicts[key]!;
    stories[id] = { event: s.event, gold: s.gold, conflicts };
  }
  writeFileSync(judgmentsPath, formatJson({ about: judgments.about, stories }) + '\n');
}

/**
 * JSON with two-space indents, but each gold value and each list of ids (strings without spaces) on
 * one line, so a reviewer sees a disagreement at a glance. Example: `{ "value": "6.1", "articles": ["a", "b"] }`.
 */
function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/\[\n\s+("[^"\s]*"(?:,\n\s+"[^"\s]*")*)\n\s+\]/gu, (_, items: string) => `[${items.replace(/,\n\s+/gu, ', ')}]`)
    .replace(/\{\n\s+("value": "[^"\n]*"),\n\s+("articles": \[[^\]\n]*\])\n\s+\}/gu, '{ $1, $2 }');
}

/** "2_ecbplus" before "10_ecb": topics in numeric order. */
export function compareStoryIds(a: string, b: string): number {
  return parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b);
}

/**
 * A conflict's key: kind, slot and each value's normalized form with its articles, sorted; it
 * leaves out the topic words and ids, which move when unrelated rules change.
 * Example: "contradiction date | 2008-09 [1_14ecb] | 2008-12 [1_10ecb]".
 */
export function conflictKey(conflict: Conflict): string {
  const values = conflict.values.map((v) => `${v.normalized} [${[...v.articles].sort().join(',')}]`).sort();
  return [`${conflict.kind} ${conflict.slot}`, ...values].join(' | ');
}

/** Key parts without the kind, to offer the verdict of a conflict whose kind alone changed. */
function keyWithoutKind(key: string): string {
  return key.replace(/^\S+ /u, '');
}

/** One reported conflict with its judgment (null when unjudged or `todo`). */
export interface JudgedConflict {
  story: string;
  key: string;
  conflict: Conflict;
  judgment: Judgment | null;
  /** Judged conflicts of the same story that look alike (same values under another kind or article set). */
  similar: { key: string; judgment: Judgment }[];
}

/** The scores of one run against the fixture. */
export interface ConflictScores {
  stories: number;
  articles: number;
  reported: number;
  right: number;
  wrong: number;
  unjudged: JudgedConflict[];
  /** right / (right + wrong); 1 when nothing was reported. */
  precision: number;
  gold: number;
  /** Gold disagreements reported by at least one right conflict. */
  found: number;
  recall: number;
  /** Also counting conflicts judged `mixed` or `wrong-kind` that hold a gold disagreement. */
  lenientFound: number;
  byKind: Record<ConflictKind, { right: number; wrong: number; unjudged: number }>;
  byError: Record<ErrorCode, number>;
  /** Gold disagreements of each kind, and how many of them a right conflict reports. */
  goldByKind: Record<ConflictKind, { gold: number; found: number }>;
  /** Gold disagreements no right conflict reports: "story/id". */
  missed: string[];
  /** Fixture keys no longer reported (kept: a later rule change may bring them back). */
  stale: number;
  /** Fixture mistakes: a right verdict without gold, a gold id that does not exist, ... */
  problems: string[];
  judged: JudgedConflict[];
}

/** Match the reports of the sample's stories against the fixture and score them. */
export function scoreConflicts(reports: ReadonlyMap<string, Report>, judgments: Judgments): ConflictScores {
  const kinds: ConflictKind[] = ['contradiction', 'precision', 'update'];
  const scores: ConflictScores = {
    stories: reports.size,
    articles: 0,
    reported: 0,
    right: 0,
    wrong: 0,
    unjudged: [],
    precision: 1,
    gold: 0,
    found: 0,
    recall: 1,
    lenientFound: 0,
    byKind: Object.fromEntries(kinds.map((k) => [k, { right: 0, wrong: 0, unjudged: 0 }])) as ConflictScores['byKind'],
    byError: Object.fromEntries(errorCodes.map((e) => [e, 0])) as ConflictScores['byError'],
    goldByKind: Object.fromEntries(kinds.map((k) => [k, { gold: 0, found: 0 }])) as ConflictScores['goldByKind'],
    missed: [],
    stale: 0,
    problems: [],
    judged: [],
  };
  for (const [story, report] of [...reports].sort(([a], [b]) => compareStoryIds(a, b))) {
    scores.articles += report.articles.length;
    const fixture = judgments.stories[story] ?? { event: '', gold: [], conflicts: {} };
    if (!judgments.stories[story]) scores.problems.push(`${story}: no entry in the fixture`);
    const goldIds = new Set(fixture.gold.map((g) => g.id));
    if (goldIds.size !== fixture.gold.length) scores.problems.push(`${story}: duplicate gold ids`);
    const found = new Set<string>();
    const lenient = new Set<string>();
    const keys = new Set<string>();
    for (const conflict of report.conflicts) {
      const key = conflictKey(conflict);
      keys.add(key);
      const stored = fixture.conflicts[key];
      const judgment = stored && stored.verdict !== 'todo' ? stored : null;
      const similar = Object.entries(fixture.conflicts)
        .filter(([k, j]) => k !== key && j.verdict !== 'todo' && isSimilar(k, key))
        .map(([k, j]) => ({ key: k, judgment: j }));
      const judged: JudgedConflict = { story, key, conflict, judgment, similar };
      scores.reported++;
      scores.judged.push(judged);
      if (!judgment) {
        scores.unjudged.push(judged);
        scores.byKind[conflict.kind].unjudged++;
        continue;
      }
      if (judgment.gold && !goldIds.has(judgment.gold)) scores.problems.push(`${story}: "${key}" names gold "${judgment.gold}", which is not in the story's gold list`);
      if (judgment.verdict === 'right') {
        scores.right++;
        scores.byKind[conflict.kind].right++;
        if (!judgment.gold) scores.problems.push(`${story}: "${key}" is judged right but names no gold disagreement`);
        else found.add(judgment.gold);
      } else {
        scores.wrong++;
        scores.byKind[conflict.kind].wrong++;
        if (!judgment.error || !errorCodes.includes(judgment.error)) scores.problems.push(`${story}: "${key}" is judged wrong without an error code (${errorCodes.join(', ')})`);
        else scores.byError[judgment.error]++;
        if (judgment.gold && (judgment.error === 'mixed' || judgment.error === 'wrong-kind')) lenient.add(judgment.gold);
      }
    }
    scores.stale += Object.keys(fixture.conflicts).filter((k) => !keys.has(k)).length;
    scores.gold += fixture.gold.length;
    scores.found += found.size;
    scores.lenientFound += new Set([...found, ...lenient]).size;
    for (const g of fixture.gold) {
      scores.goldByKind[g.kind].gold++;
      if (found.has(g.id)) scores.goldByKind[g.kind].found++;
      else scores.missed.push(`${story}/${g.id}`);
    }
  }
  const judgedCount = scores.right + scores.wrong;
  scores.precision = judgedCount ? scores.right / judgedCount : 1;
  scores.recall = scores.gold ? scores.found / scores.gold : 1;
  return scores;
}

/** Same values under another kind, or the same slot sharing at least half of its values. */
function isSimilar(a: string, b: string): boolean {
  if (keyWithoutKind(a) === keyWithoutKind(b)) return true;
  const parts = (k: string) => keyWithoutKind(k).split(' | ');
  const [slotA, ...va] = parts(a);
  const [slotB, ...vb] = parts(b);
  if (slotA !== slotB) return false;
  const norm = (v: string) => v.replace(/ \[.*\]$/u, '');
  const na = new Set(va.map(norm));
  const shared = new Set(vb.map(norm).filter((v) => na.has(v))).size;
  return shared >= 2 && shared * 2 >= Math.max(na.size, new Set(vb.map(norm)).size);
}

/** The figures as lines of text, for tests and benches. */
export function formatScores(s: ConflictScores): string[] {
  const pct = (x: number) => x.toFixed(3);
  const kinds = (Object.entries(s.byKind) as [ConflictKind, { right: number; wrong: number; unjudged: number }][])
    .map(([k, c]) => `${k} ${c.right}/${c.right + c.wrong}${c.unjudged ? ` (+${c.unjudged} unjudged)` : ''}`)
    .join(', ');
  const errors = (Object.entries(s.byError) as [ErrorCode, number][])
    .filter(([, n]) => n > 0)
    .map(([e, n]) => `${e} ${n}`)
    .join(', ');
  const recallByKind = (Object.entries(s.goldByKind) as [ConflictKind, { gold: number; found: number }][])
    .map(([k, c]) => `${k} ${c.found}/${c.gold}`)
    .join(', ');
  return [
    `ecb+ sample: ${s.stories} stories, ${s.articles} articles; ${s.reported} conflicts reported, ${s.right} right, ${s.wrong} wrong, ${s.unjudged.length} unjudged`,
    `precision ${pct(s.precision)} (${s.right}/${s.right + s.wrong})  recall ${pct(s.recall)} (${s.found}/${s.gold} gold disagreements)  lenient recall ${pct(s.gold ? s.lenientFound / s.gold : 1)}`,
    `reported right/judged by kind: ${kinds}`,
    `gold found/total by kind: ${recallByKind}`,
    `wrong by error: ${errors || 'none'}`,
  ];
}
