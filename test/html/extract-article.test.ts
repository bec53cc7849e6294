// extractArticle on hand-written pages: content detection, hostile input, encodings, metadata.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { extractArticle } from '../../adapters/html/extract-article.js';

const para = (n: number, topic = 'harbour') =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about the ${topic}: the council said on Monday that repairs would take several months, and residents were told to expect delays.</p>`).join('\n');

/** A page with a nav, an article, a related-links list, a share bar and comments. */
function newsPage(extraHead = '', articleExtra = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour wall collapses | The Gazette</title>${extraHead}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<article><h1>Harbour wall collapses</h1><p class="byline">By Jane Doe</p>
${para(3)}
<h2>What happens next</h2>
${para(2, 'repairs')}
<figure><img src="x.jpg"><figcaption>The wall after the storm. Photo: John Roe</figcaption></figure>
${articleExtra}
</article>
<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Storm hits coast towns across the region overnight</a></li><li><a href="/b">Council budget approved after a long debate</a></li></ul></div>
<div id="comments"><p>Comment by reader one: this is a long comment that says the wall was weak for years and nobody listened to us at all.</p></div>
<footer><p>Copyright The Gazette 2024. All rights reserved. Contact us at the address below for any questions.</p></footer>
</body></html>`;
}

function textOf(html: string | Uint8Array, options = {}): string {
  const r = extractArticle(html, options);
  assert.ok(r.ok, r.ok ? '' : `${r.code}: ${r.message}`);
  return r.article.text;
}

test('keeps the article paragraphs and headings in order, drops nav, share bar, caption, related and comments', () => {
  const text = textOf(newsPage());
  const lines = text.split('\n');
  assert.match(lines[0], /^Paragraph 1 about the harbour/);
  assert.ok(lines.includes('What happens next'), 'sub-heading kept');
  assert.ok(lines.indexOf('What happens next') > lines.findIndex((l) => l.startsWith('Paragraph 3 about the harbour')));
  for (const junk of ['Home', 'Share on Facebook', 'Photo: John Roe', 'Storm hits coast', 'Comment by reader', 'Copyright', 'By Jane Doe']) {
    assert.ok(!text.includes(junk), `"${junk}" should not be in the text`);
  }
});

test('title loses its site-name suffix; byline comes from the "By" line when no metadata names one', () => {
  const r = extractArticle(newsPage());
  assert.ok(r.ok);
  assert.equal(r.article.title, 'Harbour wall collapses');
  assert.equal(r.article.byline, 'Jane Doe');
  assert.equal(r.article.language, 'en');
});

test('text split by <br><br> inside one div becomes separate lines', () => {
  const body = Array.from({ length: 4 }, (_, i) => `Line ${i} of a letter written in plain div markup, long enough to count as a real paragraph of text.`).join('<br><br>');
  const text = textOf(`<html><body><div><div>${body}</div></div><div><a href="/x">Next</a></div></body></html>`);
  assert.equal(text.split('\n').length, 4);
});

test('lists inside the article are kept, one item per line', () => {
  const list = '<ul><li>First point: the harbour wall needs new stone foundations.</li><li>Second point: the road stays closed.</li></ul>';
  const text = textOf(newsPage('', list));
  assert.ok(text.includes('First point: the harbour wall needs new stone foundations.\nSecond point: the road stays closed.'));
});

test('script, style and noscript text never reaches the output; event handlers and javascript: links do nothing', () => {
  const hostile = `<script>alert("pwned-script")</script><style>.x{content:"pwned-style"}</style><noscript>pwned-noscript</noscript>
<p onclick="alert('pwned-handler')" onmouseover="steal()">Click handlers are attributes and never text, so this sentence is plain text and safe to show.</p>
<p><a href="javascript:alert('pwned-link')">a javascript link</a> stays as text in a sentence that is long enough to count here.</p>
<script type="text/javascript">//<![CDATA[
document.write("pwned-cdata")
//]]></script>`;
  const text = textOf(newsPage('<script>var pwnedHead = 1;</script>', hostile));
  assert.ok(!/pwned|alert|steal\(/.test(text), text);
  assert.ok(text.includes('Click handlers are attributes'));
  assert.ok(text.includes('a javascript link stays as text'));
});

test('a CDATA section in HTML is not text and cannot smuggle markup', () => {
  const text = textOf(newsPage('', '<p><![CDATA[<script>pwned()</script>]]>A paragraph after a CDATA section keeps its own words, all of them, in the output.</p>'));
  assert.ok(!text.includes('pwned'));
  assert.ok(text.includes('A paragraph after a CDATA section'));
});

test('broken nesting and unclosed tags still give the text', () => {
  const broken = `<html><body><div><p>First paragraph of a broken page <b>with <i>bad</b> nesting</i> that still reads as a sentence to anyone.
<p>Second paragraph, never closed, <span>with a stray</div> closing tag and more words after it to be long.
<table><tr><td>cell<p>Third paragraph inside a table cell that was never closed, which browsers forgive.</body>`;
  const text = textOf(broken);
  assert.ok(text.includes('First paragraph of a broken page with bad nesting'));
  assert.ok(text.includes('Third paragraph inside a table cell'));
});

test('10,000 levels of nesting: no stack overflow, the text is found', () => {
  const depth = 10_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep inside ten thousand divs sits one paragraph, which is long enough to be the article body.</p>${'</div>'.repeat(depth)}</body></html>`;
  assert.match(textOf(html), /^Deep inside ten thousand divs/);
  const unclosed = `<html><body>${'<span><div>'.repeat(depth)}<p>Unclosed nesting of spans and divs also parses without recursion at all, and gives this text.</p></body></html>`;
  assert.match(textOf(unclosed), /Unclosed nesting/);
});

test('pathological markup: 200,000 nested divs, stray end tags under a deep stack, marked bylines everywhere', () => {
  const deep = `<html><body>${'<div class="author">'.repeat(200_000)}<p>Text at the bottom of a very deep pile of author-marked divs, long enough to be the body.</p></body></html>`;
  assert.match(textOf(deep), /Text at the bottom/);
  const stray = `<html><body>${'<div>'.repeat(5000)}${'</b></i></span>'.repeat(100_000)}<p>After a flood of stray end tags the paragraph is still found and extracted as the article text.</p></body></html>`;
  assert.match(textOf(stray), /After a flood of stray end tags/);
});

test('a 50 MB page gives a result (cut at the cap with an INPUT_TOO_LARGE warning), not a crash', () => {
  const chunk = para(5);
  const html = `<html><body><article>${chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length))}</article></body></html>`;
  assert.ok(html.length >= 50 * 1024 * 1024);
  const r = extractArticle(html);
  assert.ok(r.ok);
  assert.ok(r.warnings.some((w) => w.code === 'INPUT_TOO_LARGE'));
  assert.match(r.article.text, /^Paragraph 1 about the harbour/);
});

test('raw input over maxBytes is refused with INPUT_TOO_LARGE', () => {
  const r = extractArticle(new Uint8Array(2048).fill(0x61), { maxBytes: 1024 });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.code, 'INPUT_TOO_LARGE');
});

test('a binary file named .html is INPUT_BINARY', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(7)]);
  const r = extractArticle(png, { id: 'photo' });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.code, 'INPUT_BINARY');
  const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
  const r2 = extractArticle(noise);
  assert.equal(!r2.ok && r2.code, 'INPUT_BINARY');
});

test('a page with no body text is EXTRACTION_EMPTY', () => {
  const r = extractArticle('<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.code, 'EXTRACTION_EMPTY');
});

test('encodings: <meta charset=windows-1252>, http-equiv, Content-Type option, BOMs, gzip, undeclared fallback', () => {
  const page = (meta: string) => `<html><head>${meta}<title>Caf\u00e9</title></head><body><p>Le caf\u00e9 na\u00efve co\u00fbte cinq euros, a dit le g\u00e9rant du caf\u00e9 de la gare \u00e0 midi.</p></body></html>`;
  const expected = 'Le café naïve coûte cinq euros';
  assert.ok(textOf(iconv.encode(page('<meta charset="windows-1252">'), 'windows-1252')).startsWith(expected));
  assert.ok(textOf(iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), 'windows-1252')).startsWith(expected));
  assert.ok(textOf(iconv.encode(page(''), 'windows-1252'), { contentType: 'text/html; charset=windows-1252' }).startsWith(expected));
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page(''), 'utf-16le')]);
  assert.ok(textOf(utf16).startsWith(expected));
  const utf8bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(''), 'utf8')]);
  assert.ok(textOf(utf8bom).startsWith(expected));
  assert.ok(textOf(gzipSync(Buffer.from(page('<meta charset="utf-8">'), 'utf8'))).startsWith(expected));
  const undeclared = extractArticle(iconv.encode(page(''), 'windows-1252'));
  assert.ok(undeclared.ok && undeclared.article.text.startsWith(expected));
  assert.ok(undeclared.ok && undeclared.warnings.some((w) => w.code === 'INPUT_ENCODING'));
});

test('a gzip bomb over the cap is INPUT_TOO_LARGE', () => {
  const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
  const r = extractArticle(bomb, { maxBytes: 1024 * 1024 });
  assert.equal(!r.ok && r.code, 'INPUT_TOO_LARGE');
});

test('metadata: JSON-LD NewsArticle inside @graph beats OpenGraph and meta tags', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'The Gazette Online' },
      { '@type': ['NewsArticle'], headline: 'Harbour wall collapses after storm', author: [{ '@type': 'Person', name: 'Jane Doe' }, { name: 'John Roe' }], datePublished: '2024-03-05T08:30:00+01:00', publisher: { '@type': 'Organization', name: 'The Gazette' }, inLanguage: 'en-GB' },
    ],
  });
  const head = `<script type="application/ld+json">${ld}</script><meta property="og:title" content="OG title"><meta name="author" content="Meta Author"><meta property="article:published_time" content="2020-01-01T00:00:00Z">`;
  const r = extractArticle(newsPage(head));
  assert.ok(r.ok);
  assert.equal(r.article.title, 'Harbour wall collapses after storm');
  assert.equal(r.article.byline, 'Jane Doe, John Roe');
  assert.equal(r.article.published, '2024-03-05T07:30:00.000Z');
  assert.equal(r.article.siteName, 'The Gazette');
});

test('metadata: OpenGraph and article:published_time when there is no JSON-LD; broken JSON-LD is ignored', () => {
  const head = `<script type="application/ld+json">{ not json</script><meta property="og:title" content="Harbour wall collapses - The Gazette"><meta property="og:site_name" content="The Gazette"><meta property="article:published_time" content="2024-03-05T08:30:00Z"><meta name="author" content="By Jane Doe">`;
  const r = extractArticle(newsPage(head));
  assert.ok(r.ok);
  assert.equal(r.article.title, 'Harbour wall collapses');
  assert.equal(r.article.siteName, 'The Gazette');
  assert.equal(r.article.published, '2024-03-05T08:30:00.000Z');
  assert.equal(r.article.byline, 'Jane Doe');
});

test('metadata: <time datetime> gives the date when no meta does; a bare date stays a date', () => {
  const r = extractArticle(newsPage('', '<p><time datetime="2024-03-05">5 March</time></p>'));
  assert.ok(r.ok);
  assert.equal(r.article.published, '2024-03-05');
  const r2 = extractArticle(newsPage('', '<time datetime="2024-03-05T10:00:00">10am</time>'));
  assert.ok(r2.ok);
  assert.equal(r2.article.published, '2024-03-05T10:00:00.000Z', 'a zone-less date-time is read as UTC');
});

test('metadata: a <time> in a sidebar before the article does not date it; the one inside the article does', () => {
  const sidebar = '<aside><ul><li><a href="/old">Older story</a> <time datetime="2019-01-01">1 Jan</time></li></ul></aside>';
  const html = newsPage().replace('<article>', `${sidebar}<article>`).replace('<h2>What happens next</h2>', '<p>Filed <time datetime="2024-03-05T09:00:00Z">5 March</time> from the harbour, where the storm was worst on the night.</p><h2>What happens next</h2>');
  const r = extractArticle(html);
  assert.ok(r.ok);
  assert.equal(r.article.published, '2024-03-05T09:00:00.000Z');
});

test('JSON-LD articleBody guides detection towards the paragraphs it contains', () => {
  const story = [
    'The new bridge opens to traffic next week after three years of building works in the town centre.',
    'Engineers said the final load tests passed on Friday, and the mayor will cut the ribbon on Monday morning.',
    'Buses will return to their old routes across the river from the first day, the transport office said.',
  ];
  const cake = '<div class="x"><p>Unrelated long text about a cake recipe that goes on and on with butter, flour, sugar and eggs mixed slowly.</p><p>More cake text follows here, explaining oven temperatures and baking times in much detail for bakers.</p><p>And a third cake paragraph, so that the cake box outweighs the story box on length alone without any help.</p><p>A fourth one too, about icing and decorations, candles and the plates you serve the cake on.</p></div>';
  const ld = JSON.stringify({ '@type': 'Article', headline: 'Bridge opens', articleBody: story.join(' ') });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body>${cake}<div class="y">${story.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  assert.equal(textOf(html), story.join('\n'));
  // Without the JSON-LD hint the longer cake box wins: the hint is what made the difference.
  assert.match(textOf(html.replace(/<script[^]*?<\/script>/, '')), /cake/);
});

test('same input, same output (deterministic)', () => {
  const a = extractArticle(newsPage());
  const b = extractArticle(newsPage());
  assert.deepEqual(a, b);
});
