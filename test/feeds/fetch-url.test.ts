import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUrl, HostRate, isPrivateAddress } from '../../adapters/fetch/index.js';

let server: http.Server;
let base = '';
const seen: string[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/feed') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 05 Mar 2024 10:00:00 GMT' });
      return res.end('<rss><channel><title>T</title></channel></rss>');
    }
    const hop = /^\/hop\/(\d+)$/u.exec(url.pathname);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/feed' });
      return res.end();
    }
    if (url.pathname === '/big') {
      res.writeHead(200, { 'content-length': '5000' });
      return res.end('x'.repeat(5000));
    }
    if (url.pathname === '/big-chunked') {
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      return res.end();
    }
    if (url.pathname === '/slow') return; // never answers
    if (url.pathname === '/missing') {
      res.writeHead(404);
      return res.end('no');
    }
    res.writeHead(500);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('loopback is refused without allowPrivate, and no request is sent', async () => {
  const before = seen.length;
  await assert.rejects(fetchUrl(`${base}/feed`), /FETCH_BLOCKED_ADDRESS/);
  await assert.rejects(fetchUrl(`http://localhost:${new URL(base).port}/feed`), /FETCH_BLOCKED_ADDRESS/);
  assert.equal(seen.length, before);
});

test('loopback is fetched with allowPrivate; validators are returned', async () => {
  const res = await fetchUrl(`${base}/feed`, { allowPrivate: true });
  assert.equal(res.status, 200);
  assert.equal(res.isModified, true);
  assert.match(Buffer.from(res.body).toString(), /<rss>/);
  assert.equal(res.etag, '"v1"');
  assert.equal(res.lastModified, 'Tue, 05 Mar 2024 10:00:00 GMT');
});

test('a matching ETag gives 304 Not Modified with an empty body', async () => {
  const res = await fetchUrl(`${base}/feed`, { allowPrivate: true, etag: '"v1"' });
  assert.equal(res.status, 304);
  assert.equal(res.isModified, false);
  assert.equal(res.body.length, 0);
});

test('redirects are followed up to the bound', async () => {
  const res = await fetchUrl(`${base}/hop/2`, { allowPrivate: true, maxRedirects: 3 });
  assert.equal(res.url, `${base}/feed`);
  await assert.rejects(fetchUrl(`${base}/hop/5`, { allowPrivate: true, maxRedirects: 3 }), /FETCH_TOO_MANY_REDIRECTS/);
});

test('bodies over the cap are refused, declared or streamed', async () => {
  await assert.rejects(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1000 }), /FETCH_TOO_LARGE/);
  await assert.rejects(fetchUrl(`${base}/big-chunked`, { allowPrivate: true, maxBytes: 1000 }), /FETCH_TOO_LARGE/);
});

test('a server that never answers times out', async () => {
  await assert.rejects(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 }), /FETCH_TIMEOUT/);
});

test('HTTP errors and non-http URLs are refused with a code', async () => {
  await assert.rejects(fetchUrl(`${base}/missing`, { allowPrivate: true }), /FETCH_HTTP_STATUS.*404/);
  await assert.rejects(fetchUrl('file:///etc/passwd'), /FETCH_BAD_URL/);
  await assert.rejects(fetchUrl('not a url'), /FETCH_BAD_URL/);
});

test('private, loopback and link-local addresses are recognised', () => {
  const table: [string, boolean][] = [
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.32.0.1', false], ['192.168.1.1', true],
    ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['8.8.8.8', false], ['93.184.216.34', false],
    ['::1', true], ['::', true], ['fe80::1', true], ['fd00::1', true], ['::ffff:127.0.0.1', true], ['::ffff:8.8.8.8', false],
    ['2606:4700::1111', false], ['not-an-ip', true],
  ];
  for (const [address, want] of table) assert.equal(isPrivateAddress(address), want, address);
});

test('the host pace spaces requests to one host, not to others', () => {
  let now = 1000;
  const rate = new HostRate(500, () => now);
  assert.equal(rate.reserve('a.example'), 0);
  assert.equal(rate.reserve('a.example'), 500);
  assert.equal(rate.reserve('b.example'), 0);
  now = 1200;
  assert.equal(rate.reserve('a.example'), 800);
});
