/**
 * CLI start-up, measured as whole processes (median of 11 runs each, interleaved so that a
 * busy moment of the machine hits all three alike): `node -e 0` (the floor), `parallax --help`
 * and `parallax analyze` of one short article. Target: both within 150 ms of the floor.
 * Uses the compiled CLI (bin/parallax.js → dist/), as a user runs it: `npm run build` first.
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
    const cases: [string, string[]][] = [
      ['node -e 0', ['-e', '0']],
      ['parallax --help', [bin, '--help']],
      ['parallax analyze (one short article)', [bin, 'analyze', article]],
    ];
    for (const [, args] of cases) timeRun(args); // warm the file cache
    const times = cases.map(() => [] as number[]);
    for (let i = 0; i < 11; i++) cases.forEach(([, args], k) => times[k].push(timeRun(args)));
    const floor = median(times[0]);
    console.log('| command | median ms | beyond node -e 0 | target |');
    console.log('|---|---|---|---|');
    cases.forEach(([name], k) => {
      const m = median(times[k]);
      console.log(`| ${name} | ${m.toFixed(0)} | ${k === 0 ? '—' : `+${(m - floor).toFixed(0)} ms (×${(m / floor).toFixed(2)})`} | ${k === 0 ? '' : (m - floor < 150 ? 'met (< 150 ms)' : 'MISSED (≥ 150 ms)')} |`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
