import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { commands } from '../../apps/cli/commands/index.js';
import { runCli } from '../../apps/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

test('every listed command loads the command of its name, with a usage', async () => {
  for (const entry of commands) {
    const command = await entry.load();
    assert.equal(command.name, entry.name);
    assert.match(command.usage, new RegExp(`parallax ${entry.name}`));
  }
  assert.equal(new Set(commands.map((c) => c.name)).size, commands.length);
});

test('--help lists every command with its summary', async () => {
  const { io, out } = fakeIo(process.cwd());
  assert.equal(await runCli(['--help'], io), 0);
  for (const c of commands) assert.match(out(), new RegExp(`\\n  ${c.name} +${c.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});

test('--help loads no command module (neither SQLite nor PostgreSQL nor the queue)', () => {
  const runner = fileURLToPath(new URL('../store/fixtures/run-cli.ts', import.meta.url));
  // CommonJS packages loaded through import land in the require cache: better-sqlite3, pg, pg-boss
  const probe = `import { createRequire } from 'node:module'; const { cache } = createRequire(process.cwd() + '/');
    process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(cache).filter((p) => /node_modules\\/(better-sqlite3|pg|pg-boss)\\//.test(p)))));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(probe)}`, runner, '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Commands:/);
  assert.equal(r.stderr.trim().split('\n').at(-1), '[]');
});
