import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runner = fileURLToPath(new URL('../store/fixtures/run-cli.ts', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/parallax.js', import.meta.url));
const bundle = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const demo = fileURLToPath(new URL('../../examples/demo', import.meta.url));

/** The packages (their CommonJS builds land in the require cache) a CLI run loaded. */
function packagesLoaded(args: string[]): string[] {
  const probe = `import { createRequire } from 'node:module'; const { cache } = createRequire(process.cwd() + '/');
    process.on('exit', () => process.stderr.write('\\n' + JSON.stringify([...new Set(Object.keys(cache).map((p) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(p)?.[1]).filter(Boolean))].sort())));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(probe)}`, runner, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stderr.trim().split('\n').at(-1)!) as string[];
}

test('analyze of a plain-text article loads neither the HTML parser, the legacy decoder nor the date parser; a dated HTML page loads both', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-lazy-'));
  try {
    const text = join(dir, 'short.txt');
    writeFileSync(text, 'Kessel mayor reports injuries\n\nThe mayor of Kessel said on Monday that 12 people were hurt when a crane fell.\n');
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><body><article><h1>Kessel mayor reports injuries</h1><p>The mayor of Kessel said on June 12, 2023 that 12 people were hurt when a crane fell on Dock Road.</p></article></body></html>');
    const plain = packagesLoaded(['analyze', text]);
    for (const pkg of ['htmlparser2', 'entities', 'iconv-lite', 'chrono-node']) assert.ok(!plain.includes(pkg), `${pkg} loaded for a text article: ${plain.join(', ')}`);
    const html = packagesLoaded(['analyze', page]);
    for (const pkg of ['htmlparser2', 'chrono-node']) assert.ok(html.includes(pkg), `${pkg} not loaded for a dated HTML page: ${html.join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Newest modification time of the TypeScript sources the bundle is built from. */
function newestSource(): number {
  let newest = 0;
  for (const top of ['src', 'adapters', 'apps']) {
    const root = fileURLToPath(new URL(`../../${top}`, import.meta.url));
    for (const name of readdirSync(root, { recursive: true }) as string[]) {
      if (/\.(ts|json)$/.test(name)) newest = Math.max(newest, statSync(join(root, name)).mtimeMs);
    }
  }
  return newest;
}

test('the bundled CLI (dist/cli, what bin/parallax.js runs) writes the same bytes as the CLI run from source', (t) => {
  if (!existsSync(bundle)) {
    if (process.env.CI) assert.fail('dist/cli/main.js is missing: `npm ci` (prepare → npm run build) should have built it');
    t.skip('dist/cli not built (npm run build)');
    return;
  }
  if (!process.env.CI && statSync(bundle).mtimeMs < newestSource()) {
    t.skip('dist/cli is older than the sources (npm run build)');
    return;
  }
  for (const args of [['analyze', demo], ['analyze', demo, '--format', 'md'], ['analyze', demo, '--format', 'html']]) {
    const fromSource = spawnSync(process.execPath, ['--import', 'tsx', runner, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const bundled = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(fromSource.status, 0, fromSource.stderr);
    assert.equal(bundled.status, 0, bundled.stderr);
    assert.ok(fromSource.stdout.length > 1000);
    assert.equal(bundled.stdout, fromSource.stdout, `parallax ${args.join(' ')}: the bundle differs from the source (stale build? run npm run build)`);
  }
});
