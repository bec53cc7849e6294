/**
 * CLI start-up, measured as whole processes (median of 11 runs each, interleaved so that a
 * busy moment of the machine hits all three alike): `node -e 0` (the floor), `parallax --help`
 * and `parallax analyze` of one short article. Target: both within 150 ms of the floor.
 * Uses the compiled CLI (bin/parallax.js → the bundle in dist/cli/), as a user runs it:
 * `npm run build` first. Two more rows show what a written date and an HTML page add.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/parallax.js', import.meta.url));

function timeRun(args: string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Print the medians and each command's time beyond the floor. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-startup-'));
  try {
    const article = join(dir, 'short.txt');
    writeFileSync(article, 'Kessel mayor reports injuries\n\nThe mayor of Kessel said on Monday that 12 people were hurt when a crane fell on Dock Road.\n');
    // Two more shapes, for information: a written date loads chrono-node's parsers and an HTML
    // page loads htmlparser2 (both loaded on first need, so the plain text case skips them).
    const dated = join(dir, 'dated.txt');
    writeFileSync(dated, 'Kessel mayor reports injuries\n\nThe mayor of Kessel said on June 12, 2023 that 12 people were hurt when a crane fell on Dock Road.\n');
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><head><title>Kessel mayor reports injuries</title></head><body><article><h1>Kessel mayor reports injuries</h1><p>The mayor of Kessel said on Monday that 12 people were hurt when a crane fell on Dock Road.</p></article></body></html>');
    const cases: [string, string[]][] = [
      ['node -e 0', ['-e', '0']],
      ['parallax --help', [bin, '--help']],
      ['parallax analyze (one short article)', [bin, 'analyze', article]],
      ['parallax analyze (one short article with a written date)', [bin, 'analyze', dated]],
      ['parallax analyze (one short HTML page)', [bin, 'analyze', page]],
    ];
    for (const [, args] of cases) timeRun(args); // warm the file cache
    const times = cases.map(() => [] as number[]);
    for (let i = 0; i < 11; i++) cases.forEach(([, args], k) => times[k].push(timeRun(args)));
    const floor = median(times[0]);
    console.log('| command | median ms | beyond node -e 0 | target |');
    console.log('|---|---|---|---|');
    cases.forEach(([name], k) => {
      const m = median(times[k]);
      const target = k === 0 ? '' : k > 2 ? '(information)' : m - floor < 150 ? 'met (< 150 ms)' : 'MISSED (≥ 150 ms)';
      console.log(`| ${name} | ${m.toFixed(0)} | ${k === 0 ? '—' : `+${(m - floor).toFixed(0)} ms (×${(m / floor).toFixed(2)})`} | ${target} |`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
