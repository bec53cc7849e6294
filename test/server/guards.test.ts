/** The server's guards and helpers on their own: token check, rate limiter, brief cache, loopback, CLI token choice. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTokenValid, makeToken } from '../../apps/server/check-token.js';
import { RateLimiter } from '../../apps/server/rate-limit.js';
import { BriefCache } from '../../apps/server/brief-cache.js';
import { isLoopbackHost } from '../../apps/server/serve.js';
import { chooseToken, parsePort } from '../../apps/cli/commands/serve.js';
import { createApp } from '../../apps/server/app.js';
import { openSqliteStore } from '../../adapters/store/index.js';

test('isTokenValid: the exact token after "Bearer", nothing else', () => {
  const token = 'correct-horse-battery-staple';
  assert.ok(isTokenValid(`Bearer ${token}`, token));
  assert.ok(isTokenValid(`bearer   ${token} `, token));
  for (const header of [undefined, '', 'Bearer', `Bearer ${token}x`, `Bearer ${token.toUpperCase()}`, `Token ${token}`, token, `Bearer ${token} extra`]) {
    assert.equal(isTokenValid(header, token), false, String(header));
  }
  assert.match(makeToken(), /^[A-Za-z0-9_-]{43}$/u);
  assert.notEqual(makeToken(), makeToken());
});

test('RateLimiter: a burst, then one token per interval; keys are separate; full buckets are forgotten', () => {
  let now = 0;
  const limiter = new RateLimiter(3, 6, () => now); // 6 a minute: one per 10 s
  assert.deepEqual([limiter.take('a'), limiter.take('a'), limiter.take('a')], [0, 0, 0]);
  assert.equal(limiter.take('a'), 10);
  assert.equal(limiter.take('b'), 0, 'another client has its own bucket');
  now = 5_000;
  assert.equal(limiter.take('a'), 5);
  now = 10_000;
  assert.equal(limiter.take('a'), 0);
  for (let i = 0; i < 10_050; i++) limiter.take(`client-${i}`);
  now = 10_000_000;
  limiter.take('late');
  assert.ok(limiter.size < 100, `${limiter.size} buckets kept`);
});

const bytes = (text: string) => new TextEncoder().encode(text);

test('BriefCache: least recently used entries go first once over budget; pages count', () => {
  const cache = new BriefCache(10);
  cache.set('a', { json: bytes('aaaa'), etag: '"a"' });
  cache.set('b', { json: bytes('bbbb'), etag: '"b"' });
  assert.ok(cache.get('a'));
  cache.set('c', { json: bytes('cccc'), etag: '"c"' });
  assert.equal(cache.get('b'), undefined, 'b was least recently used');
  assert.ok(cache.get('a') && cache.get('c'));
  cache.setPage('c', bytes('pppppp'));
  assert.equal(cache.size, 1);
  assert.deepEqual(cache.get('c')?.page, bytes('pppppp'));
  cache.set('huge', { json: bytes('x'.repeat(50)), etag: '"h"' });
  assert.equal(cache.size, 1, 'one entry over budget is still kept');
});

test('isLoopbackHost and the token choice of `parallax serve`', () => {
  for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3']) assert.ok(isLoopbackHost(host), host);
  for (const host of ['0.0.0.0', '::', '192.168.1.2', 'example.org', '10.0.0.1']) assert.equal(isLoopbackHost(host), false, host);
  assert.equal(chooseToken(undefined, undefined, '127.0.0.1').isMadeUp, true);
  assert.deepEqual(chooseToken('a-long-enough-token!', undefined, '0.0.0.0'), { token: 'a-long-enough-token!', isMadeUp: false });
  assert.deepEqual(chooseToken(undefined, 'from-the-environment', '0.0.0.0'), { token: 'from-the-environment', isMadeUp: false });
  assert.throws(() => chooseToken(undefined, undefined, '0.0.0.0'), /reachable from other machines.*--token or PARALLAX_TOKEN/u);
  assert.throws(() => chooseToken('short', undefined, '127.0.0.1'), /at least 16/u);
  assert.equal(parsePort(undefined), 8080);
  assert.equal(parsePort('0'), 0);
  assert.throws(() => parsePort('70000'), /--port/u);
  assert.throws(() => parsePort('8o'), /--port/u);
});

test('createApp refuses to run without a real token', () => {
  const store = openSqliteStore(':memory:');
  assert.throws(() => createApp({ store, token: '' }), /at least 16/u);
  assert.throws(() => createApp({ store, token: 'short' }), /at least 16/u);
});
