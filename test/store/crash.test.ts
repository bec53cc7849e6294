/**
 * Crash safety: `parallax ingest` killed with SIGKILL mid-run leaves a store that opens cleanly,
 * keeps everything it had committed, and a re-run finishes the work without duplicates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../../adapters/store/index.js';
import { quakes, robberies } from '../stories/fixtures.js';

const runner = fileURLToPath(new URL('./fixtures/run-cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Invented articles recombined from the fixture sentences: many, varied, deterministic. */
function makeBatch(prefix: string, count: number, dayOffset: number): string {
  const sentences = [...quakes, ...robberies].flatMap((a) => a.text.split(/(?<=\.) /u));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const picked = [0, 1, 2, 3].map((k) => sentences[(i * 7 + k * 13 + i * k) % sentences.length]);
    const day = 1 + dayOffset + (i % 20);
    lines.push(JSON.stringify({
      id: `${prefix}-${i}`, title: `Report ${prefix} ${i}`, source: `Outlet ${i % 9}`,
      published: `2024-06-${String(day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`,
      text: `${picked.join(' ')} Reference number ${prefix}${i}.`,
    }));
  }
  return lines.join('\n');
}

function ingestSync(db: string, file: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', runner, 'ingest', file, '--db', db, '--no-briefs', '--now', '2024-07-01T00:00:00Z'], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start ingest and SIGKILL it when `shouldKill` first says so (polled every few ms). */
function ingestAndKill(db: string, file: string, shouldKill: (stderr: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', runner, 'ingest', file, '--db', db, '--no-briefs', '--now', '2024-07-02T00:00:00Z']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => {
      if (shouldKill(stderr)) {
        child.kill('SIGKILL');
        clearInterval(timer);
      }
    }, 2);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve(signal ?? 'exited');
    });
  });
}

async function inspect(db: string): Promise<{ integrity: string; articles: number; ids: number; unassigned: number; stories: number }> {
  const store = openSqliteStore(db);
  const integrity = store.db.pragma('integrity_check', { simple: true }) as string;
  const articles = await store.countArticles();
  const ids = (store.db.prepare('SELECT count(DISTINCT id) AS n FROM articles').get() as { n: number }).n;
  const unassigned = (store.db.prepare('SELECT count(*) AS n FROM articles WHERE story_id IS NULL').get() as { n: number }).n;
  const stories = (await store.listStories()).length;
  await store.close();
  return { integrity, articles, ids, unassigned, stories };
}

test('SIGKILL after the articles commit: nothing committed is lost, a re-run finishes without duplicates', async () => {
  const db = join(dir, 'after-commit.db');
  writeFileSync(join(dir, 'a.jsonl'), makeBatch('a', 150, 0));
  writeFileSync(join(dir, 'b.jsonl'), makeBatch('b', 700, 5));
  const first = ingestSync(db, join(dir, 'a.jsonl'));
  assert.equal(first.status, 0, first.stderr);
  const before = await inspect(db);
  assert.deepEqual([before.articles, before.unassigned], [150, 0]);

  const signal = await ingestAndKill(db, join(dir, 'b.jsonl'), (stderr) => /articles 700\/700/u.test(stderr));
  assert.equal(signal, 'SIGKILL', 'the run was killed, not finished');
  const crashed = await inspect(db);
  assert.equal(crashed.integrity, 'ok');
  assert.equal(crashed.articles, 850, `killed by ${signal}: the committed articles are all there`);
  assert.equal(crashed.ids, crashed.articles);
  assert.ok(crashed.stories >= before.stories);

  const rerun = ingestSync(db, join(dir, 'b.jsonl'));
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stdout, /added 0 articles \(700 already stored\)/u);
  const after = await inspect(db);
  assert.deepEqual([after.integrity, after.articles, after.ids, after.unassigned], ['ok', 850, 850, 0]);
});

test('SIGKILL during the first write: the store holds all of a transaction or none of it', async () => {
  const db = join(dir, 'mid-write.db');
  writeFileSync(join(dir, 'c.jsonl'), makeBatch('c', 700, 0));
  // the WAL file appears with the first write; kill as soon as it does
  const signal = await ingestAndKill(db, join(dir, 'c.jsonl'), () => existsSync(`${db}-wal`) && statSync(`${db}-wal`).size > 0);
  assert.equal(signal, 'SIGKILL', 'the run was killed, not finished');
  const crashed = await inspect(db);
  assert.equal(crashed.integrity, 'ok');
  assert.ok(crashed.articles === 0 || crashed.articles === 700, `all or nothing, got ${crashed.articles}`);
  const rerun = ingestSync(db, join(dir, 'c.jsonl'));
  assert.equal(rerun.status, 0, rerun.stderr);
  const after = await inspect(db);
  assert.deepEqual([after.integrity, after.articles, after.ids, after.unassigned], ['ok', 700, 700, 0]);
});

test('SIGKILL during an incremental ingest: the articles left without a story are assigned by the next run', async () => {
  const db = join(dir, 'incremental.db');
  writeFileSync(join(dir, 'd.jsonl'), makeBatch('d', 700, 0));
  writeFileSync(join(dir, 'e.jsonl'), makeBatch('e', 150, 5));
  const first = ingestSync(db, join(dir, 'd.jsonl'));
  assert.equal(first.status, 0, first.stderr);
  const before = await inspect(db);
  assert.deepEqual([before.articles, before.unassigned], [700, 0]);

  // 150 new into 700 stored: assigned incrementally, killed once the articles are committed
  const signal = await ingestAndKill(db, join(dir, 'e.jsonl'), (stderr) => /articles 150\/150/u.test(stderr));
  assert.equal(signal, 'SIGKILL', 'the run was killed, not finished');
  const crashed = await inspect(db);
  assert.equal(crashed.integrity, 'ok');
  assert.equal(crashed.articles, 850);

  const rerun = ingestSync(db, join(dir, 'e.jsonl'));
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stdout, /added 0 articles \(150 already stored\).*new or changed/u);
  const after = await inspect(db);
  assert.deepEqual([after.integrity, after.articles, after.ids, after.unassigned], ['ok', 850, 850, 0]);
});
