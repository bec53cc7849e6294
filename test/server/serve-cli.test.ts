/** `parallax serve` as a process: binds a free port on loopback, serves, stops cleanly on SIGTERM; refuses an open host without a token. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../apps/cli/main.js';
import { projectRoot } from '../helpers/shared.js';

test('parallax serve --port 0: prints its URL and a made-up token, serves, exits 0 on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-'));
  const env = { ...process.env };
  delete env.PARALLAX_TOKEN;
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'test/store/fixtures/run-cli.ts'), 'serve', '--port', '0', '--db', join(dir, 's.db')], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let err = '';
    const started = new Promise<{ url: string; token: string }>((resolve, reject) => {
      child.stderr.on('data', (d) => {
        err += d;
        const url = /parallax serve: (http:\/\/127\.0\.0\.1:\d+)\//u.exec(err)?.[1];
        const token = /write token for this run: (\S+)/u.exec(err)?.[1];
        if (url && token) resolve({ url, token });
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    const { url, token } = await started;
    const home = await fetch(`${url}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-security-policy') ?? '', /default-src 'none'/u);
    assert.match(await home.text(), /No stories yet/u);
    const post = (authorization?: string) =>
      fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify({ id: 'a', text: 'The bridge in Kessel reopened on Monday.' }) });
    assert.equal((await post()).status, 401);
    assert.equal((await post(`Bearer ${token}`)).status, 201);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(err, /SIGTERM, stopping/u);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('parallax serve refuses a non-loopback host without a token', async () => {
  const saved = process.env.PARALLAX_TOKEN;
  delete process.env.PARALLAX_TOKEN;
  try {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => (err += d));
    const code = await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--db', ':memory:'], { stdout: new PassThrough(), stderr, stdin: Readable.from([]), cwd: tmpdir(), isTty: false });
    assert.equal(code, 2);
    assert.match(err, /--host 0\.0\.0\.0 is reachable from other machines: give a write token/u);
  } finally {
    if (saved !== undefined) process.env.PARALLAX_TOKEN = saved;
  }
});
