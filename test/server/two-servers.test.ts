/**
 * Many servers on one PostgreSQL store: two `parallax serve` processes give the same answers,
 * and what is ingested through either is visible through both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, pgSkip } from '../helpers/postgres.js';
import { quakes, robberies } from '../stories/fixtures.js';

const runner = fileURLToPath(new URL('../store/fixtures/run-cli.ts', import.meta.url));
const token = 'two-servers-token-0123456789';

/** Start `parallax serve` on a free port; resolves to its base URL once it listens. */
function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', runner, 'serve', '--db', db, '--port', '0', '--token', token], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (d) => {
      stderr += d;
      const url = /parallax serve: (http:\/\/\S+?)\/ /u.exec(stderr)?.[1];
      if (url) resolve({ url, child });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  return res.json();
}

test('two servers on one PostgreSQL store: an ingest through either is seen by both, with the same answers', { skip: pgSkip }, async () => {
  const db = await createTestDatabase('servers');
  const servers = await Promise.all([serve(db.url), serve(db.url)]);
  try {
    const articles = [...quakes, ...robberies].map(({ event: _event, ...a }) => ({ ...a, source: `Outlet ${a.id}` }));
    const half = Math.ceil(articles.length / 2);
    for (const [i, part] of [articles.slice(0, half), articles.slice(half)].entries()) {
      const res = await fetch(`${servers[i].url}/api/articles`, {
        method: 'POST', body: JSON.stringify(part), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      assert.equal(res.status, 201, await res.text());
    }
    const [a, b] = await Promise.all(servers.map((s) => getJson(`${s.url}/api/stories`))) as { stories: { id: string; articleCount: number }[] }[];
    assert.deepEqual(a, b);
    assert.equal(a.stories.reduce((n, s) => n + s.articleCount, 0), articles.length, 'both halves are in the stories of both');
    for (const story of a.stories) {
      const [x, y] = await Promise.all(servers.map((s) => getJson(`${s.url}/api/stories/${encodeURIComponent(story.id)}`)));
      assert.deepEqual(x, y, `story ${story.id}`);
    }
    const [sa, sb] = await Promise.all(servers.map((s) => getJson(`${s.url}/api/search?q=earthquake`)));
    assert.deepEqual(sa, sb);
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => new Promise((resolve) => (s.child.exitCode !== null ? resolve(null) : s.child.on('exit', resolve)))));
    await db.drop();
  }
});
