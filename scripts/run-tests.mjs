#!/usr/bin/env node
// Runs every test/**/*.test.ts with Node's own test runner, TypeScript loaded by tsx.
// Node 20's runner does not expand globs, so the files are listed here.
// Extra arguments are substrings that filter the file list: `npm test -- entities`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function listTests(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTests(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = listTests('test').filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error('run-tests: no test files match', filters.join(' '));
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, PARALLAX_TEST: '1' } },
);
process.exit(result.status ?? 1);
