/**
 * The HTTP API through Hono's in-process app.request(): no port. Every 4xx path, the token
 * check, the limits, an analyze round trip, and the seeds ingested then read back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ReportSchema } from '../../src/index.js';
import { reportStyle } from '../../src/report/report-style.js';
import { auth, findTalksLength, fixtureArticles, makeTestApp, postJson, seedForm, token } from './fixtures.js';

type ErrorBody = { error: { code: string; message: string; issues?: { code: string }[] } };

async function expectError(res: Response | Promise<Response>, status: number, code: string, message?: RegExp): Promise<ErrorBody> {
  const r = await res;
  const body = (await r.json()) as ErrorBody;
  assert.equal(r.status, status, JSON.stringify(body));
  assert.equal(body.error.code, code);
  if (message) assert.match(body.error.message, message);
  assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/u, 'errors carry the CSP too');
  return body;
}

test('every response carries the security headers: pages, JSON, errors, 404s', async () => {
  const { app } = makeTestApp();
  for (const [method, path] of [['GET', '/'], ['GET', '/api/stories'], ['GET', '/nowhere'], ['GET', '/api/nowhere'], ['POST', '/api/articles'], ['PUT', '/api/stories']]) {
    const res = await app.request(path, { method });
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'none'", "style-src 'self'", 'img-src data:', "form-action 'self'", "frame-ancestors 'none'"]) {
      assert.ok(csp.includes(directive), `${method} ${path}: ${directive} in ${csp}`);
    }
    assert.ok(!/unsafe-inline|unsafe-eval|script-src/u.test(csp), 'no script source at all');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
  }
});

test('GET /api/stories on an empty store: no stories, no next page', async () => {
  const { app } = makeTestApp();
  const res = await app.request('/api/stories');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { stories: [], next: null });
});

test('GET /api/stories refuses malformed filters and paging with 400', async () => {
  const { app } = makeTestApp({ pageSize: 100 });
  for (const [query, field] of [['limit=0', 'limit'], ['limit=abc', 'limit'], ['limit=101', 'limit'], ['date=2024-1', 'date'], ['date=yesterday', 'date'], ['colour=red', 'colour']]) {
    const body = await expectError(app.request(`/api/stories?${query}`), 400, 'INVALID_QUERY');
    assert.ok(body.error.message.includes(field), `${query}: ${body.error.message}`);
  }
  await expectError(app.request('/api/stories?cursor=not-a-cursor'), 400, 'INVALID_CURSOR');
  await expectError(app.request(`/api/stories?cursor=${Buffer.from('[1,2]').toString('base64url')}`), 400, 'INVALID_CURSOR');
});

test('GET /api/stories/:id and its changes: 404 for an unknown story, 400 for a bad query', async () => {
  const { app } = makeTestApp();
  await expectError(app.request('/api/stories/s:nope'), 404, 'STORY_NOT_FOUND', /s:nope/u);
  await expectError(app.request('/api/stories/s:nope?format=pdf'), 400, 'INVALID_QUERY', /format/u);
  await expectError(app.request('/api/stories/s:nope/changes?since=1d'), 404, 'STORY_NOT_FOUND');
  await expectError(app.request('/api/stories/s:nope/changes'), 400, 'INVALID_QUERY', /since: required/u);
  await expectError(app.request('/api/stories/s:nope/changes?since=last+week'), 400, 'INVALID_QUERY', /"last week"/u);
});

test('GET /api/search needs words: 400 without q, with no letter, or with a bad limit', async () => {
  const { app } = makeTestApp();
  await expectError(app.request('/api/search'), 400, 'INVALID_QUERY', /q: required/u);
  await expectError(app.request('/api/search?q=%21%3F'), 400, 'INVALID_QUERY', /letter or digit/u);
  await expectError(app.request('/api/search?q=quake&limit=0'), 400, 'INVALID_QUERY', /limit/u);
  const res = await app.request('/api/search?q=quake');
  assert.deepEqual(await res.json(), { query: 'quake', hits: [] });
});

test('POST /api/articles needs the bearer token: 401 without, with a wrong one, with another scheme', async () => {
  const { app, store } = makeTestApp();
  const article = { id: 'a1', text: 'A bridge reopened in Kessel on Monday after repairs.' };
  const missing = await postJson(app, '/api/articles', article, {});
  assert.equal(missing.headers.get('www-authenticate'), 'Bearer realm="parallax"');
  await expectError(missing, 401, 'UNAUTHORIZED', /Authorization: Bearer/u);
  await expectError(postJson(app, '/api/articles', article, { authorization: `Bearer ${token}x` }), 401, 'UNAUTHORIZED', /wrong/u);
  await expectError(postJson(app, '/api/articles', article, { authorization: `Bearer ${token.slice(0, -1)}` }), 401, 'UNAUTHORIZED');
  await expectError(postJson(app, '/api/articles', article, { authorization: `Basic ${Buffer.from(`u:${token}`).toString('base64')}` }), 401, 'UNAUTHORIZED');
  await expectError(postJson(app, '/api/articles', article, { authorization: token }), 401, 'UNAUTHORIZED');
  assert.equal(await store.countArticles(), 0, 'nothing stored by refused requests');
  const ok = await postJson(app, '/api/articles', article, { authorization: `bearer ${token}` });
  assert.equal(ok.status, 201, 'the scheme is case-insensitive');
  assert.equal(await store.countArticles(), 1);
});

test('POST bodies are validated at the door: 415, 400 with the field named, 422 when nothing is usable', async () => {
  const { app } = makeTestApp();
  const post = (body: string, type: string | null, path = '/api/articles') =>
    app.request(path, { method: 'POST', body, headers: { ...auth, ...(type ? { 'content-type': type } : {}) } });
  await expectError(post('x', 'application/pdf'), 415, 'UNSUPPORTED_MEDIA_TYPE', /application\/pdf/u);
  await expectError(app.request('/api/articles', { method: 'POST', body: new Uint8Array([1, 2]), headers: auth }), 415, 'UNSUPPORTED_MEDIA_TYPE', /\(none\)/u);
  await expectError(post('', 'application/json'), 400, 'EMPTY_BODY');
  await expectError(post('{"id": "a", ', 'application/json'), 400, 'INVALID_JSON');
  await expectError(post('[]', 'application/json'), 400, 'INVALID_BODY', /empty array/u);
  await expectError(post('[{"id":"a","text":"Some text here."},{"text":"no id"}]', 'application/json'), 400, 'INVALID_ARTICLE', /body\[1\]\.id/u);
  await expectError(post('{"id":"a","text":"x","source":42}', 'application/json'), 400, 'INVALID_ARTICLE', /body\.source/u);
  await expectError(post('{"id":"a","text":"   "}', 'application/json'), 400, 'INVALID_ARTICLE', /non-empty "text" or "html"/u);
  await expectError(post('"just a string"', 'application/json'), 400, 'INVALID_ARTICLE');
  await expectError(post('{"id":"a","text":"Fine text."}\n{oops}\n', 'application/x-ndjson'), 400, 'INVALID_JSON', /line 2/u);
  await expectError(post('<html><body>not a feed</body></html>', 'application/rss+xml'), 400, 'NOT_A_FEED');
  await expectError(app.request('/api/articles?colour=red', { method: 'POST', body: 'Text.', headers: { ...auth, 'content-type': 'text/plain' } }), 400, 'INVALID_QUERY', /colour/u);
  const unusable = await expectError(post('<html><body></body></html>', 'text/html'), 422, 'NO_USABLE_ARTICLES');
  assert.ok((unusable.error.issues ?? []).length > 0, 'the issues say why');
  await expectError(post('<html><body></body></html>', 'text/html', '/api/analyze'), 422, 'NO_USABLE_ARTICLES');
});

test('body size limit: 413 by Content-Length and by counting a streamed body; article count limit', async () => {
  const { app, store } = makeTestApp({ bodyBytes: 2000, ingestArticles: 2, analyzeArticles: 1 });
  const big = JSON.stringify({ id: 'big', text: 'word '.repeat(1000) });
  await expectError(postJson(app, '/api/articles', { id: 'big', text: 'word '.repeat(1000) }), 413, 'BODY_TOO_LARGE', /2000-byte/u);
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(big));
      controller.close();
    },
  });
  const streamed = app.request('/api/articles', { method: 'POST', body: stream, headers: { ...auth, 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
  await expectError(streamed, 413, 'BODY_TOO_LARGE');
  const three = [1, 2, 3].map((n) => ({ id: `a${n}`, text: `Article number ${n} says the bridge reopened.` }));
  await expectError(postJson(app, '/api/articles', three), 413, 'TOO_MANY_ARTICLES', /3 articles.*at most 2/u);
  await expectError(postJson(app, '/api/analyze', three.slice(0, 2), {}), 413, 'TOO_MANY_ARTICLES');
  assert.equal(await store.countArticles(), 0);
});

test('POSTs are rate-limited per client: 429 with Retry-After, refilled with time, before the token check', async () => {
  const { app, clock } = makeTestApp({ postBurst: 2, postsPerMinute: 60 });
  const article = { id: 'r1', text: 'The ferry crews went on strike in Kessel on Monday.' };
  assert.equal((await postJson(app, '/api/analyze', [article], {})).status, 200);
  assert.equal((await postJson(app, '/api/articles', article, { authorization: 'Bearer wrong-token-wrong-token' })).status, 401);
  const limited = await postJson(app, '/api/articles', article);
  assert.equal(limited.headers.get('retry-after'), '1');
  await expectError(limited, 429, 'RATE_LIMITED', /retry in 1 s/u);
  assert.equal((await app.request('/api/stories')).status, 200, 'reads are not limited');
  clock.now = new Date(clock.now.getTime() + 1000);
  assert.equal((await postJson(app, '/api/articles', article)).status, 201);
  await expectError(postJson(app, '/api/articles', article), 429, 'RATE_LIMITED');
});

test('a known path asked with another method: 405 with Allow; an unknown path: 404', async () => {
  const { app } = makeTestApp();
  const cases: [string, string, string][] = [
    ['PUT', '/api/articles', 'POST'],
    ['GET', '/api/articles', 'POST'],
    ['DELETE', '/api/stories/s:1', 'GET, HEAD'],
    ['POST', '/api/stories', 'GET, HEAD'],
  ];
  for (const [method, path, allow] of cases) {
    const res = await app.request(path, { method, headers: auth });
    assert.equal(res.headers.get('allow'), allow, `${method} ${path}`);
    await expectError(res, 405, 'METHOD_NOT_ALLOWED');
  }
  const page = await app.request('/analyze', { method: 'PATCH' });
  assert.equal(page.status, 405);
  assert.equal(page.headers.get('allow'), 'GET, HEAD, POST');
  assert.match(page.headers.get('content-type') ?? '', /text\/html/u, 'pages answer errors as pages');
  await expectError(app.request('/api/nothing/here'), 404, 'NOT_FOUND');
  const missingPage = await app.request('/nothing/here');
  assert.equal(missingPage.status, 404);
  assert.match(await missingPage.text(), /Not found/u);
  assert.equal((await app.request('/api/stories', { method: 'HEAD' })).status, 200);
});

test('POST /api/analyze: the brief of the posted articles, nothing stored, no token needed', async () => {
  const { app, store } = makeTestApp();
  const articles = fixtureArticles().filter((a) => a.id.startsWith('q-a'));
  const res = await postJson(app, '/api/analyze', articles, {});
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/u);
  const report = ReportSchema.parse(await res.json());
  assert.deepEqual(report.articles.map((a) => a.id), articles.map((a) => a.id));
  assert.ok(report.summary.length > 0);
  assert.equal(await store.countArticles(), 0, 'nothing stored');

  const text = await app.request('/api/analyze?source=Kessel%20Post&summaryWords=30', { method: 'POST', body: '---\ntitle: Bridge reopens\n---\nThe bridge in Kessel reopened on Monday after repairs, the mayor said.', headers: { 'content-type': 'text/plain' } });
  const one = ReportSchema.parse(await text.json());
  assert.equal(one.articles[0].source, 'Kessel Post');
  assert.equal(one.articles[0].title, 'Bridge reopens');
  assert.match(one.articles[0].id, /^text-[0-9a-f]{16}$/u, 'an id made from the bytes');

  const md = await postJson(app, '/api/analyze?format=md', articles, {});
  assert.match(md.headers.get('content-type') ?? '', /text\/markdown/u);
  const html = await postJson(app, '/api/analyze?format=html', articles, {});
  const body = await html.text();
  const inline = /<style>([\s\S]*?)<\/style>/u.exec(body)![1];
  assert.equal(inline, reportStyle);
  const hash = createHash('sha256').update(inline).digest('base64');
  assert.match(html.headers.get('content-security-policy') ?? '', new RegExp(`style-src 'sha256-${hash.replace(/[+/]/gu, (c) => `\\${c}`)}'`, 'u'), 'the standalone page style is allowed by its hash, nothing else');
  await expectError(app.request('/api/analyze?bogus=1', { method: 'POST', body: '[]', headers: { 'content-type': 'application/json' } }), 400, 'INVALID_QUERY');
});

test('POST /api/articles reads JSON, JSON Lines, text, HTML, feeds and uploads; stories list, page and filter', async () => {
  const { app, store } = makeTestApp();
  const [first, ...rest] = fixtureArticles();
  const one = await postJson(app, '/api/articles', first);
  assert.equal(one.status, 201);
  const body = (await one.json()) as { added: string[]; articles: { id: string; story: string | null }[]; versions: number };
  assert.deepEqual(body.added, [first.id]);
  assert.ok(body.articles[0].story?.startsWith('s:'));
  assert.equal(body.versions, 1);
  const lines = rest.slice(0, 3).map((a) => JSON.stringify(a)).join('\n');
  assert.equal((await app.request('/api/articles', { method: 'POST', body: lines, headers: { ...auth, 'content-type': 'application/x-ndjson' } })).status, 201);
  assert.equal((await postJson(app, '/api/articles', rest.slice(3))).status, 201);
  const again = await postJson(app, '/api/articles', rest);
  assert.equal(again.status, 200, 'nothing new');
  assert.deepEqual(((await again.json()) as { added: string[]; skipped: number }).added, []);

  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title><link>https://harbour.example/</link>
<item><title>Grain store fire on Dock Road</title><link>https://harbour.example/fire</link><pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Fire destroyed a grain warehouse on Dock Road in Kessel overnight, firefighters said.</p>]]></description></item></channel></rss>`;
  assert.equal((await app.request('/api/articles', { method: 'POST', body: feed, headers: { ...auth, 'content-type': 'application/rss+xml' } })).status, 201);
  const page = '<html><head><title>Ferry strike</title></head><body><article><h1>Ferry crews strike</h1><p>Ferry crews in Kessel walked out on Wednesday over pay, the union said, stranding hundreds of passengers.</p><p>The operator said talks would resume on Friday.</p></article></body></html>';
  assert.equal((await app.request('/api/articles?id=ferry-1&source=Kessel%20Post', { method: 'POST', body: page, headers: { ...auth, 'content-type': 'text/html' } })).status, 201);
  assert.equal((await store.getArticle('ferry-1'))?.source, 'Kessel Post');
  const form = new FormData();
  form.append('files', new File(['---\ntitle: Ferry talks\nsource: Coast Radio\n---\nFerry talks in Kessel resumed on Friday, the union and the operator said.'], 'ferry-2.md'));
  form.append('files', new File(['%PDF-1.4'], 'scan.pdf'));
  const uploaded = await app.request('/api/articles', { method: 'POST', body: form, headers: auth });
  assert.equal(uploaded.status, 201);
  const issues = ((await uploaded.json()) as { issues: { code: string }[] }).issues;
  assert.deepEqual(issues.map((i) => i.code), ['UNSUPPORTED_INPUT'], 'the .pdf is an issue, not a failure');
  assert.equal((await store.getArticle('ferry-2'))?.source, 'Coast Radio');

  const all = (await (await app.request('/api/stories?limit=200')).json()) as { stories: { id: string; title: string; sources: string[] }[]; next: string | null };
  assert.ok(all.stories.length >= 5, `${all.stories.length} stories`);
  assert.equal(all.next, null);
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await app.request(`/api/stories?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    const pageBody = (await res.json()) as { stories: { id: string }[]; next: string | null };
    assert.ok(pageBody.stories.length <= 2);
    seen.push(...pageBody.stories.map((s) => s.id));
    cursor = pageBody.next;
  } while (cursor);
  assert.deepEqual(seen, all.stories.map((s) => s.id), 'paging visits every story once, in order');
  const kessel = (await (await app.request('/api/stories?q=ferry')).json()) as { stories: { sources: string[] }[] };
  assert.ok(kessel.stories.length >= 1 && kessel.stories.every((s) => s.sources.some((x) => /Kessel Post|Coast Radio/u.test(x))));
  const byOutlet = (await (await app.request('/api/stories?outlet=harbour%20post')).json()) as { stories: { sources: string[] }[] };
  assert.equal(byOutlet.stories.length, 1);
  const byDate = (await (await app.request('/api/stories?date=2024-03-05')).json()) as { stories: unknown[] };
  assert.ok(byDate.stories.length >= 1 && byDate.stories.length < all.stories.length);
  const hits = (await (await app.request('/api/search?q=antofagasta&limit=5')).json()) as { hits: { kind: string; story: string | null }[] };
  assert.ok(hits.hits.length > 0 && hits.hits.length <= 5);
});

test('a story brief is served from cache per version: ETag, 304, a new version a new ETag', async () => {
  const { app, clock } = makeTestApp();
  const [a, b] = fixtureArticles();
  const first = (await (await postJson(app, '/api/articles', a)).json()) as { articles: { story: string }[] };
  const id = first.articles[0].story;
  const res = await app.request(`/api/stories/${encodeURIComponent(id)}`);
  assert.equal(res.status, 200);
  const etag = res.headers.get('etag')!;
  const text = await res.text();
  ReportSchema.parse(JSON.parse(text));
  const again = await app.request(`/api/stories/${encodeURIComponent(id)}`);
  assert.equal(await again.text(), text, 'byte-identical');
  const notModified = await app.request(`/api/stories/${encodeURIComponent(id)}`, { headers: { 'if-none-match': etag } });
  assert.equal(notModified.status, 304);
  assert.equal(await notModified.text(), '');

  clock.now = new Date('2024-03-06T13:00:00Z');
  const second = (await (await postJson(app, '/api/articles', b)).json()) as { articles: { story: string }[] };
  assert.equal(second.articles[0].story, id, 'the second telling joins the story');
  const newer = await app.request(`/api/stories/${encodeURIComponent(id)}`, { headers: { 'if-none-match': etag } });
  assert.equal(newer.status, 200);
  assert.notEqual(newer.headers.get('etag'), etag);
  assert.equal(((await newer.json()) as { articles: unknown[] }).articles.length, 2);
  const changes = (await (await app.request(`/api/stories/${encodeURIComponent(id)}/changes?since=2024-03-06T12:30:00Z`)).json()) as { fromVersion: number; toVersion: number };
  assert.deepEqual([changes.fromVersion, changes.toVersion], [1, 2]);
  const md = await app.request(`/api/stories/${encodeURIComponent(id)}?format=md`);
  assert.match(await md.text(), /^# /u);
});

test('the seeds ingested through the API: one story, its brief, the 5½ h vs 7½ h row in its conflict table', async (t) => {
  const form = seedForm();
  if (!form) return t.skip('../shared/seeds is absent');
  const { app } = makeTestApp();
  const res = await app.request('/api/articles', { method: 'POST', body: form, headers: auth });
  assert.equal(res.status, 201);
  const body = (await res.json()) as { added: string[]; articles: { story: string }[] };
  assert.equal(body.added.length, 5);
  const counts = new Map<string, number>();
  for (const a of body.articles) counts.set(a.story, (counts.get(a.story) ?? 0) + 1);
  const [id, size] = [...counts].sort((x, y) => y[1] - x[1])[0];
  assert.ok(size >= 3, `most seeds in one story (${size})`);
  const report = ReportSchema.parse(await (await app.request(`/api/stories/${encodeURIComponent(id)}`)).json());
  assert.equal(report.articles.length, size);
  assert.ok(report.summary.length > 0 && report.conflicts.length > 0);
  const page = await (await app.request(`/stories/${encodeURIComponent(id)}`)).text();
  assert.match(page, /<table class="conflicts">/u);
  const talks = findTalksLength(report);
  assert.ok(talks, `the talks-length conflict is in the brief (conflicts: ${report.conflicts.map((c) => c.topic).join('; ')})`);
  const row = new RegExp(`<tr id="${talks.id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}">(.*?)</tr>`, 'u').exec(page);
  assert.ok(row, 'the conflict has its row in the table');
  assert.match(row![1], /5 and a half hours/u);
  assert.match(row![1], /seven and a half hours/u);
});
