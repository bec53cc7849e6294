import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeFeed, feedToArticles, htmlToText, isFeed, parseFeed, parseFeedDate } from '../../adapters/feeds/index.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Coast Herald &amp; Times</title>
  <link>https://herald.example/</link>
  <item>
    <title><![CDATA[Quake hits <b>Antofagasta</b>]]></title>
    <link>/world/quake-antofagasta</link>
    <guid isPermaLink="false">herald-1001</guid>
    <pubDate>Mon, 04 Mar 2024 09:15:00 +0100</pubDate>
    <dc:creator>Ana Ruiz</dc:creator>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>A magnitude 6.8 quake struck <a href="/chile">Chile</a>.</p><script>track()</script><p>Two people died &amp; power failed.</p>]]></content:encoded>
  </item>
  <item>
    <title>Markets &lt;em&gt;rally&lt;/em&gt; as copper rises</title>
    <link>https://herald.example/markets/copper</link>
    <description>&lt;p&gt;Copper rose 3%.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Undated note</title>
    <guid>https://herald.example/notes/7</guid>
    <pubDate>sometime last week</pubDate>
  </item>
</channel>
</rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://wire.example/news/">
  <title type="html">Wire &lt;i&gt;Service&lt;/i&gt;</title>
  <link rel="self" href="https://wire.example/feed.atom"/>
  <link href="https://wire.example/"/>
  <entry>
    <id>tag:wire.example,2024:1</id>
    <title>Bank robbed in Leeds</title>
    <link rel="alternate" href="leeds-robbery"/>
    <updated>2024-05-02T12:00:00Z</updated>
    <published>2024-05-02T11:00:00+01:00</published>
    <author><name>Tom Weiss</name></author>
    <summary>Summary only.</summary>
    <content type="html">&lt;p&gt;Three men robbed a bank on Briggate.&lt;/p&gt;</content>
  </entry>
  <entry xml:base="/other/">
    <id>tag:wire.example,2024:2</id>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Fire at <b>Dock Road</b></div></title>
    <link href="fire"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A grain store burned.</p><p>Nobody was hurt.</p></div></content>
  </entry>
</feed>`;

const jsonFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Daily JSON',
  home_page_url: 'https://json.example/',
  feed_url: 'https://json.example/feed.json',
  items: [
    { id: '1', url: '/a/1', title: 'One &amp; <i>only</i>', content_html: '<p>Hello <b>world</b></p>', date_published: '2024-03-05T10:00:00-05:00', authors: [{ name: 'Kim' }] },
    { id: '2', title: 'Text item', content_text: 'Plain body.' },
    { id: '3' },
  ],
});

test('RSS: CDATA, HTML in titles, relative links, namespaced content, dates with offsets, missing dates', () => {
  const feed = parseFeed(rss, 'https://herald.example/rss.xml')!;
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'Coast Herald & Times');
  assert.deepEqual(feed.items.map((i) => i.title), ['Quake hits Antofagasta', 'Markets rally as copper rises', 'Undated note']);
  const [quake, markets, note] = feed.items;
  assert.equal(quake.url, 'https://herald.example/world/quake-antofagasta');
  assert.equal(quake.guid, 'herald-1001');
  assert.equal(quake.published, '2024-03-04T08:15:00.000Z');
  assert.equal(quake.author, 'Ana Ruiz');
  assert.equal(quake.text, 'A magnitude 6.8 quake struck Chile.\nTwo people died & power failed.');
  assert.equal(markets.text, 'Copper rose 3%.');
  assert.equal(markets.published, null);
  assert.equal(note.published, null);
  assert.equal(note.url, 'https://herald.example/notes/7');
});

test('Atom: xml:base, alternate links, html and xhtml text constructs, published before updated', () => {
  const feed = parseFeed(atom)!;
  assert.equal(feed.kind, 'atom');
  assert.equal(feed.title, 'Wire Service');
  assert.equal(feed.link, 'https://wire.example/');
  const [robbery, fire] = feed.items;
  assert.equal(robbery.url, 'https://wire.example/news/leeds-robbery');
  assert.equal(robbery.published, '2024-05-02T10:00:00.000Z');
  assert.equal(robbery.author, 'Tom Weiss');
  assert.equal(robbery.text, 'Three men robbed a bank on Briggate.');
  assert.equal(fire.title, 'Fire at Dock Road');
  assert.equal(fire.url, 'https://wire.example/other/fire');
  assert.equal(fire.text, 'A grain store burned.\nNobody was hurt.');
  assert.equal(fire.published, null);
});

test('JSON Feed: relative urls, html and text content, items without anything', () => {
  const feed = parseFeed(jsonFeed)!;
  assert.equal(feed.kind, 'json');
  assert.deepEqual(feed.items.map((i) => [i.title, i.url, i.text]), [
    ['One & only', 'https://json.example/a/1', 'Hello world'],
    ['Text item', null, 'Plain body.'],
    ['', null, ''],
  ]);
  assert.equal(feed.items[0].published, '2024-03-05T15:00:00.000Z');
  assert.equal(feed.items[0].author, 'Kim');
});

test('feed items become articles: id from link, source from feed title, empty items dropped', () => {
  const articles = feedToArticles(parseFeed(jsonFeed)!, 'https://json.example/feed.json');
  assert.deepEqual(articles.map((a) => a.id), ['https://json.example/a/1', '2']);
  assert.equal(articles[0].source, 'Daily JSON');
  assert.equal(articles[1].published, undefined);
  const rssArticles = feedToArticles(parseFeed(rss, 'https://herald.example/rss.xml')!, 'rss.xml');
  assert.equal(rssArticles[2].text, 'Undated note');
});

test('non-feeds are recognised as such', () => {
  assert.equal(parseFeed('<html><body>hi</body></html>'), null);
  assert.equal(parseFeed('{"id": "a", "text": "article"}'), null);
  assert.equal(parseFeed('{broken'), null);
  assert.equal(isFeed(rss), true);
  assert.equal(isFeed(atom), true);
  assert.equal(isFeed(jsonFeed), true);
  assert.equal(isFeed('{"id":"x"}'), false);
});

test('feed dates: RFC 822 with and without weekday, named zones, RFC 3339, junk', () => {
  const table: [string, string | null][] = [
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05T10:00:00.000Z'],
    ['05 Mar 2024 10:00:00 +0000', '2024-03-05T10:00:00.000Z'],
    ['Tue, 05 Mar 2024 10:00:00 EST', '2024-03-05T15:00:00.000Z'],
    ['Tues, 05 Mar 2024 10:00:00 GMT', '2024-03-05T10:00:00.000Z'],
    ['2024-03-05T10:00:00+02:00', '2024-03-05T08:00:00.000Z'],
    ['', null],
    ['yesterday', null],
  ];
  for (const [raw, want] of table) assert.equal(parseFeedDate(raw), want, raw);
});

test('encodings: declared latin-1, UTF-8 mislabelled as latin-1, latin-1 mislabelled as UTF-8', () => {
  const body = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Zürich Café</title></channel></rss>';
  const latin1 = iconv.encode(body, 'latin1');
  assert.equal(parseFeed(decodeFeed(latin1).text)!.title, 'Zürich Café');
  const utf8Mislabelled = Buffer.from(body, 'utf8');
  const decoded = decodeFeed(utf8Mislabelled);
  assert.equal(decoded.encoding, 'utf-8');
  assert.match(decoded.warning ?? '', /declared iso-8859-1/);
  assert.equal(parseFeed(decoded.text)!.title, 'Zürich Café');
  const latinAsUtf8 = iconv.encode(body.replace('ISO-8859-1', 'UTF-8'), 'latin1');
  const fallback = decodeFeed(latinAsUtf8);
  assert.equal(fallback.encoding, 'windows-1252');
  assert.equal(parseFeed(fallback.text)!.title, 'Zürich Café');
  const header = decodeFeed(iconv.encode('<rss><channel><title>Ærø</title></channel></rss>', 'latin1'), 'application/rss+xml; charset=ISO-8859-1');
  assert.equal(parseFeed(header.text)!.title, 'Ærø');
  const bom = decodeFeed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss><channel><title>Ok</title></channel></rss>')]));
  assert.equal(parseFeed(bom.text)!.title, 'Ok');
});

test('htmlToText drops scripts and styles and keeps blocks apart', () => {
  assert.equal(htmlToText('<style>p{}</style><h2>Head</h2>Line one<br>Line&nbsp;two<ul><li>a</li><li>b</li></ul>'), 'Head\nLine one\nLine two\na\nb');
});
