import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeIo } from '../helpers/fake-io.js';
import type { Command } from '../../apps/cli/command.js';
import { clusterCommand } from '../../apps/cli/commands/cluster.js';
import { ingestCommand } from '../../apps/cli/commands/ingest.js';
import { reclusterCommand } from '../../apps/cli/commands/recluster.js';
import { storiesCommand } from '../../apps/cli/commands/stories.js';
import { storyCommand, parseSince } from '../../apps/cli/commands/story.js';
import { searchCommand } from '../../apps/cli/commands/search.js';
import { quakes, robberies } from '../stories/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
const db = join(dir, 'test.db');
const line = (a: object) => JSON.stringify(a);
const strip = ({ event: _e, ...a }: (typeof quakes)[number]) => ({ ...a, source: a.id.startsWith('q-') ? 'Quake Wire' : 'Crime Desk' });
writeFileSync(join(dir, 'day1.jsonl'), [...quakes.slice(0, 3), robberies[0]].map(strip).map(line).join('\n'));
writeFileSync(join(dir, 'day2.jsonl'), [...quakes.slice(3), ...robberies.slice(1)].map(strip).map(line).join('\n'));
writeFileSync(join(dir, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title><link>https://harbour.example/</link>
<item><title>Grain store fire on Dock Road</title><link>/fire</link><pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Fire destroyed a grain warehouse on Dock Road in Kessel overnight.</p>]]></description></item></channel></rss>`);

let server: http.Server;
let feedUrl = '';
before(async () => {
  server = http.createServer((req, res) => {
    if (req.headers['if-none-match'] === '"f1"') {
      res.writeHead(304);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/feed+json', etag: '"f1"' });
    res.end(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Loop News', items: [{ id: 'x', url: '/loop/1', title: 'Loop story', content_text: 'A story served from the loopback interface about a ferry strike in Kessel.' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

async function run(command: Command, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = fakeIo(dir);
  const code = await command.run(args, io);
  return { code, out: out(), err: err() };
}

test('cluster prints stories and duplicates as JSON, without a store', async () => {
  const { code, out } = await run(clusterCommand, ['day1.jsonl', 'day2.jsonl', '--format', 'json']);
  assert.equal(code, 0);
  const result = JSON.parse(out) as { stories: { id: string; title: string; articles: string[] }[]; duplicates: string[][] };
  assert.deepEqual(Object.keys(result), ['stories', 'duplicates']);
  assert.deepEqual(result.stories.map((s) => [...s.articles].sort()).sort(), [['q-a1', 'q-a2', 'q-a3'], ['q-b1', 'q-b2'], ['r-a1', 'r-a2'], ['r-b1', 'r-b2']]);
  assert.deepEqual(result.duplicates, []);
});

test('ingest, stories, story, search and --since work over one store; a re-run adds nothing', async () => {
  const first = await run(ingestCommand, ['day1.jsonl', '--db', db, '--now', '2024-05-02T18:00:00Z']);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /added 4 articles/);
  const again = await run(ingestCommand, ['day1.jsonl', '--db', db, '--now', '2024-05-02T19:00:00Z']);
  assert.match(again.out, /added 0 articles \(4 already stored\).* 0 new story versions/);
  const second = await run(ingestCommand, ['day2.jsonl', 'feed.xml', '--db', db, '--now', '2024-05-06T09:00:00Z']);
  assert.equal(second.code, 0, second.err);
  assert.match(second.out, /added 6 articles.* 4 new story versions/);

  const listed = JSON.parse((await run(storiesCommand, ['--db', db, '--format', 'json'])).out) as { id: string; title: string; articleCount: number; sources: string[] }[];
  assert.deepEqual(listed.map((s) => s.articleCount).sort(), [1, 2, 2, 2, 3]);
  const fire = listed.find((s) => s.title.includes('Dock Road'))!;
  assert.deepEqual(fire.sources, ['Harbour Post']);
  const text = await run(storiesCommand, ['--db', db]);
  assert.match(text.out, /3 articles .* conflicts/);

  const leeds = listed.find((s) => s.title.includes('Leeds'))!;
  const md = await run(storyCommand, [leeds.id, '--db', db, '--format', 'md']);
  assert.equal(md.code, 0, md.err);
  assert.match(md.out, /^# /);
  const json = JSON.parse((await run(storyCommand, [leeds.id.slice(0, 8), '--db', db])).out) as { articles: { id: string }[] };
  assert.deepEqual(json.articles.map((a) => a.id).sort(), ['r-a1', 'r-a2']);
  const html = await run(storyCommand, [leeds.id, '--db', db, '--format', 'html']);
  assert.match(html.out, /<html/i);

  const since = JSON.parse((await run(storyCommand, [leeds.id, '--db', db, '--since', '2024-05-03T00:00:00Z'])).out) as { fromVersion: number; toVersion: number; added: unknown[] };
  assert.deepEqual([since.fromVersion, since.toVersion], [1, 2]);
  const nothing = JSON.parse((await run(storyCommand, [leeds.id, '--db', db, '--since', '2024-05-07T00:00:00Z'])).out) as { fromVersion: number; toVersion: number; added: unknown[]; changed: unknown[] };
  assert.deepEqual([nothing.fromVersion, nothing.toVersion, nothing.added.length, nothing.changed.length], [2, 2, 0, 0]);

  const reclustered = await run(reclusterCommand, ['--db', db, '--now', '2024-05-06T10:00:00Z']);
  assert.equal(reclustered.code, 0, reclustered.err);
  assert.match(reclustered.out, /re-clustered 10 articles into 5 stories: 0 articles moved to another story, 0 new story versions/);
  const relisted = JSON.parse((await run(storiesCommand, ['--db', db, '--format', 'json'])).out) as { id: string }[];
  assert.deepEqual(relisted.map((s) => s.id).sort(), listed.map((s) => s.id).sort(), 'story ids are stable');
  await assert.rejects(run(reclusterCommand, ['--db', join(dir, 'none.db')]), /STORE_MISSING/);

  const hits = JSON.parse((await run(searchCommand, ['Briggate', '--db', db, '--format', 'json'])).out) as { kind: string; id: string }[];
  assert.deepEqual(hits.map((h) => h.id).sort(), ['r-a1', 'r-a2']);
  const none = await run(searchCommand, ['zzzqqq', '--db', db]);
  assert.equal(none.code, 1);
  await assert.rejects(run(storyCommand, ['s:nope', '--db', db]), /STORY_NOT_FOUND/);
});

test('reading commands refuse a missing store instead of creating one', async () => {
  await assert.rejects(run(storiesCommand, ['--db', join(dir, 'absent.db')]), /STORE_MISSING/);
});

test('feed URLs on loopback need --allow-private; a second fetch sends the ETag and gets 304', async () => {
  const feedDb = join(dir, 'feeds.db');
  const refused = await run(ingestCommand, [feedUrl, '--db', feedDb, '--now', '2024-05-06T10:00:00Z']);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /FETCH_BLOCKED_ADDRESS/);
  const allowed = await run(ingestCommand, [feedUrl, '--db', feedDb, '--allow-private', '--now', '2024-05-06T10:00:00Z']);
  assert.equal(allowed.code, 0, allowed.err);
  assert.match(allowed.out, /added 1 articles/);
  const repeat = await run(ingestCommand, [feedUrl, '--db', feedDb, '--allow-private', '--now', '2024-05-06T11:00:00Z']);
  assert.match(repeat.err, /not modified/);
  assert.match(repeat.out, /added 0 articles/);
});

test('--since takes dates, date-times and ages', () => {
  const now = new Date('2024-05-10T12:00:00Z');
  assert.equal(parseSince('36h', now), '2024-05-09T00:00:00.000Z');
  assert.equal(parseSince('7d', now), '2024-05-03T12:00:00.000Z');
  assert.equal(parseSince('2024-05-01', now), '2024-05-01T00:00:00.000Z');
  assert.throws(() => parseSince('last tuesday', now), /INVALID_OPTION/);
});
