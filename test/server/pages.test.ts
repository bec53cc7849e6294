/** The web UI in-process: story list, story page, paste page; escaping of hostile articles; accessibility basics. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { auth, fixtureArticles, hostile, hostileText, makeTestApp, postJson } from './fixtures.js';

function elements(html: string): Element[] {
  return findAll(() => true, parseDocument(html).children);
}

/** No script element, no handler attribute, no javascript: URL, nothing loaded from elsewhere. */
function assertInert(html: string, where: string): void {
  for (const el of elements(html)) {
    assert.ok(!['script', 'iframe', 'object', 'embed', 'img', 'base'].includes(el.name), `${where}: no <${el.name}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      assert.ok(!/^on/iu.test(name), `${where}: no ${name} attribute`);
      assert.ok(!/^\s*(javascript|data|vbscript):/iu.test(value), `${where}: no ${value} in ${name}`);
      if (name === 'src' || (name === 'href' && el.name === 'link')) assert.ok(value.startsWith('/'), `${where}: ${name}=${value} is same-origin`);
    }
  }
}

/** Every form control has a label that names it. */
function assertLabelled(html: string, where: string): void {
  const all = elements(html);
  const labelled = new Set(all.filter((e) => e.name === 'label').map((e) => e.attribs.for));
  for (const el of all.filter((e) => ['input', 'textarea', 'select'].includes(e.name))) {
    assert.ok(labelled.has(el.attribs.id) || el.attribs['aria-label'], `${where}: ${el.name}#${el.attribs.id} has a label`);
  }
}

async function ingestFixtures() {
  const setup = makeTestApp();
  const res = await postJson(setup.app, '/api/articles', fixtureArticles());
  assert.equal(res.status, 201);
  const body = (await res.json()) as { articles: { id: string; story: string }[] };
  return { ...setup, storyOf: new Map(body.articles.map((a) => [a.id, a.story])) };
}

test('the story list: a table of stories with outlets, counts and update time; filters as a labelled GET form', async () => {
  const { app, storyOf } = await ingestFixtures();
  const res = await app.request('/');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/u);
  const html = await res.text();
  assertLabelled(html, '/');
  assertInert(html, '/');
  const all = elements(html);
  assert.ok(all.some((e) => e.name === 'a' && e.attribs.class === 'skip' && e.attribs.href === '#main'), 'a skip link');
  assert.ok(all.some((e) => e.name === 'main' && e.attribs.id === 'main'));
  const links = all.filter((e) => e.name === 'a' && e.attribs.href?.startsWith('/stories/')).map((e) => decodeURIComponent(e.attribs.href.slice('/stories/'.length)));
  assert.deepEqual(new Set(links), new Set(storyOf.values()));
  assert.match(html, /<th scope="col">Outlets<\/th><th scope="col">Articles<\/th><th scope="col">Conflicts<\/th><th scope="col">Last update<\/th>/u);
  const filtered = await (await app.request('/?q=antofagasta&outlet=&date=2024-03')).text();
  assert.ok(filtered.includes('value="antofagasta"'), 'the filter keeps what was typed');
  assert.ok(elements(filtered).filter((e) => e.name === 'a' && e.attribs.href?.startsWith('/stories/')).length < links.length);
  const paged = await (await app.request('/?limit=1')).text();
  assert.match(paged, /rel="next"/u);
  const bad = await app.request('/?date=March');
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /YYYY-MM-DD/u);
});

test('a story page: conflicts first, focusable cited summary, sections, and every in-page link lands', async () => {
  const { app, storyOf } = await ingestFixtures();
  const id = storyOf.get('q-a1')!;
  const res = await app.request(`/stories/${encodeURIComponent(id)}`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assertInert(html, 'story page');
  const all = elements(html);
  const sections = all.filter((e) => e.name === 'section').map((e) => e.attribs['aria-labelledby']);
  assert.equal(sections[0], 'h-conflicts', 'the conflict table (or its absence) comes first');
  for (const s of ['h-summary', 'h-agree', 'h-unique', 'h-quotes', 'h-timeline', 'h-coverage', 'h-entities', 'h-articles']) assert.ok(sections.includes(s), s);
  const cites = all.filter((e) => e.attribs.class === 'cite');
  assert.ok(cites.length > 0);
  for (const c of cites) {
    assert.equal(c.attribs.tabindex, '0', 'summary sentences take keyboard focus');
    assert.ok(findAll((e) => e.attribs.class === 'sources', c.children).length === 1, 'with their sources inside');
  }
  const ids = new Set(all.map((e) => e.attribs.id).filter(Boolean));
  for (const a of all.filter((e) => e.name === 'a' && e.attribs.href?.startsWith('#'))) assert.ok(ids.has(a.attribs.href.slice(1)), `${a.attribs.href} lands`);
  const css = all.find((e) => e.name === 'link' && e.attribs.rel === 'stylesheet')!.attribs.href;
  const sheet = await app.request(css);
  assert.equal(sheet.status, 200);
  assert.match(sheet.headers.get('content-type') ?? '', /text\/css/u);
  assert.match(sheet.headers.get('cache-control') ?? '', /immutable/u);
  assert.match(await sheet.text(), /\.cite:focus-within \.sources|\.cite:focus-within \.sources/u);
  assert.equal((await app.request('/assets/parallax-000000000000.css')).status, 404);
  const second = await app.request(`/stories/${encodeURIComponent(id)}`);
  assert.equal(await second.text(), html, 'served from the cache, same bytes');
  const missing = await app.request('/stories/s:none');
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /no story/u);
});

test('a hostile article is shown as text everywhere: list, story page, API HTML', async () => {
  const { app } = makeTestApp();
  const article = { id: 'evil<1>', title: `Bridge ${hostile.script}`, source: `Evil ${hostile.img}`, url: 'javascript:globalThis.__pwned=4', text: hostileText };
  const friend = { id: 'friend', title: 'Bridge reopens', source: 'Kessel Post', url: 'https://kessel.example/bridge', text: 'Officials said the bridge reopened on Monday after repairs. Engineers said the bridge was safe and traffic resumed.' };
  const res = await postJson(app, '/api/articles', [article, friend]);
  assert.equal(res.status, 201);
  const story = ((await res.json()) as { articles: { id: string; story: string }[] }).articles[0].story;
  for (const path of ['/', `/stories/${encodeURIComponent(story)}`, `/api/stories/${encodeURIComponent(story)}?format=html`, '/?q=bridge']) {
    const html = await (await app.request(path)).text();
    assertInert(html, path);
    assert.ok(!html.includes('<script>globalThis'), `${path}: the script is escaped`);
  }
  const page = await (await app.request(`/stories/${encodeURIComponent(story)}`)).text();
  assert.ok(textContent(parseDocument(page)).includes(hostile.script), 'the hostile text is visible as text');
  assert.ok(!elements(page).some((e) => e.attribs.href === 'javascript:globalThis.__pwned=4'), 'a javascript: URL is no link');
});

test('the paste page: a labelled no-script form; posting hostile text gives an escaped brief; empty or wrong posts are refused', async () => {
  const { app, store } = makeTestApp();
  const form = await (await app.request('/analyze')).text();
  assertLabelled(form, '/analyze');
  assertInert(form, '/analyze');
  assert.match(form, /<form method="post" action="\/analyze" enctype="multipart\/form-data">/u);

  const data = new FormData();
  data.append('source1', 'Evil Daily');
  data.append('text1', `Bridge reopens\n\n${hostileText}`);
  data.append('source2', 'Kessel Post');
  data.append('text2', 'Officials said the bridge reopened on Monday after repairs. Engineers said the bridge was safe and traffic resumed.');
  data.append('files', new File([`<html><head><title>Bridge</title></head><body><article><p>The bridge reopened on Monday, officials said. ${hostile.script}${hostile.img}</p><p>Traffic resumed after repairs, engineers said. ${hostile.link}</p></article></body></html>`], 'hostile.html', { type: 'text/html' }));
  const res = await app.request('/analyze', { method: 'POST', body: data });
  assert.equal(res.status, 200);
  const html = await res.text();
  assertInert(html, 'POST /analyze');
  assert.match(html, /not stored/u);
  assert.ok(textContent(parseDocument(html)).includes('Evil Daily'));
  assert.equal(await store.countArticles(), 0, 'nothing stored');

  const empty = new FormData();
  empty.append('text1', '   ');
  empty.append('files', new File([], ''));
  const refused = await app.request('/analyze', { method: 'POST', body: empty });
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /role="alert">Nothing to analyse/u);
  const wrongType = await app.request('/analyze', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  assert.equal(wrongType.status, 415);
  const tooMany = makeTestApp({ analyzeArticles: 1 });
  const two = new FormData();
  two.append('text1', 'One article about the bridge reopening on Monday.');
  two.append('text2', 'Another article about the bridge reopening on Monday.');
  assert.equal((await tooMany.app.request('/analyze', { method: 'POST', body: two, headers: auth })).status, 413);
});
