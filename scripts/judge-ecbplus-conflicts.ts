/**
 * Judge the conflicts Parallax reports on the ECB+ sample by hand.
 *
 *   node --import tsx scripts/judge-ecbplus-conflicts.ts            unjudged conflicts, with evidence
 *   node --import tsx scripts/judge-ecbplus-conflicts.ts --stub     also write them into the fixture as "todo"
 *   node --import tsx scripts/judge-ecbplus-conflicts.ts --all      every conflict, with its verdict
 *   node --import tsx scripts/judge-ecbplus-conflicts.ts --read 10_ecbplus   the story's articles, to read
 *   node --import tsx scripts/judge-ecbplus-conflicts.ts --prune    drop judgments no longer reported
 *   ... --story 10_ecbplus   limits any of these to one story
 *
 * To judge: read the evidence (and the articles, `--read`), then in
 * test/cases/ecbplus-conflicts/judgments.json set the conflict's verdict to "right" with the id of
 * the gold disagreement it reports (add one to the story's "gold" list if reading missed it), or to
 * "wrong" with an error code and a one-line reason. Then run `npm test -- ecbplus`.
 */
import { analyzeSync } from '../src/pipeline.js';
import type { Report } from '../src/model/report.js';
import { loadEcbPlusSample } from '../bench/ecbplus-stories.js';
import { errorCodes, formatScores, readJudgments, scoreConflicts, writeJudgments, type JudgedConflict } from '../bench/conflict-judgments.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const sample = loadEcbPlusSample();
if (!sample) {
  console.error('PARALLAX_DATA_ABSENT: ../shared/data/ecbplus-dev.jsonl not found; nothing to judge');
  process.exit(1);
}

const toRead = option('--read');
if (toRead) {
  const story = sample.find((s) => s.id === toRead);
  if (!story) {
    console.error(`PARALLAX_UNKNOWN_STORY: "${toRead}" is not in the sample (${sample.map((s) => s.id).join(', ')})`);
    process.exit(1);
  }
  for (const a of story.articles) {
    console.log(`\n=== ${a.id}`);
    a.text.split('\n').forEach((line, i) => console.log(`${String(i + 1).padStart(3)}  ${line}`));
  }
  process.exit(0);
}

const only = option('--story');
const reports = new Map<string, Report>();
for (const story of sample) {
  if (only && story.id !== only) continue;
  reports.set(story.id, analyzeSync(story.articles));
}
const judgments = readJudgments();
const scores = scoreConflicts(reports, judgments);

function printConflict(j: JudgedConflict, withVerdict: boolean): void {
  const c = j.conflict;
  console.log(`\n[${j.story}] ${c.kind} ${c.slot} — ${c.topic}`);
  console.log(`  key: ${JSON.stringify(j.key)}`);
  if (withVerdict) {
    const v = j.judgment;
    console.log(`  verdict: ${v ? `${v.verdict}${v.gold ? ` (gold ${v.gold})` : ''}${v.error ? ` [${v.error}]` : ''} ${v.reason}` : 'UNJUDGED'}`);
  }
  for (const v of c.values) {
    console.log(`  • "${v.value}" = ${v.normalized}  [${v.articles.join(', ')}]`);
    for (const e of v.evidence) console.log(`      ${e.article}: ${e.text}`);
  }
  for (const s of j.similar) {
    console.log(`  similar, judged ${s.judgment.verdict}${s.judgment.gold ? ` (gold ${s.judgment.gold})` : ''}${s.judgment.error ? ` [${s.judgment.error}]` : ''}: ${s.judgment.reason}`);
    console.log(`    ${s.key}`);
  }
}

if (flag('--all')) for (const j of scores.judged) printConflict(j, true);
else for (const j of scores.unjudged) printConflict(j, false);

if (flag('--stub') && scores.unjudged.length) {
  for (const j of scores.unjudged) {
    const story = (judgments.stories[j.story] ??= { event: '', gold: [], conflicts: {} });
    story.conflicts[j.key] ??= { verdict: 'todo', reason: '' };
  }
  console.log(`\nwrote ${scores.unjudged.length} "todo" stubs; verdicts: right (+ gold id) or wrong (+ error: ${errorCodes.join(' | ')})`);
}
if (flag('--prune')) {
  let pruned = 0;
  const reported = new Set(scores.judged.map((j) => `${j.story}\u0000${j.key}`));
  for (const [id, story] of Object.entries(judgments.stories)) {
    if (!reports.has(id)) continue;
    for (const key of Object.keys(story.conflicts)) {
      if (!reported.has(`${id}\u0000${key}`)) {
        delete story.conflicts[key];
        pruned++;
      }
    }
  }
  console.log(`\npruned ${pruned} judgments no longer reported`);
}
for (const id of reports.keys()) judgments.stories[id] ??= { event: '', gold: [], conflicts: {} };
if (flag('--stub') || flag('--prune')) writeJudgments(judgments);

console.log('');
for (const line of formatScores(scores)) console.log(line);
if (scores.missed.length) console.log(`missed gold: ${scores.missed.join(', ')}`);
if (scores.stale) console.log(`${scores.stale} judgments no longer reported (--prune drops them)`);
for (const p of scores.problems) console.log(`fixture problem: ${p}`);
