#!/usr/bin/env node
// The `parallax` command. Runs the compiled CLI (built by `npm ci` through the prepare script):
// the bundle in dist/cli/ (scripts/bundle-cli.mjs, faster to start), else the modules tsc wrote.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundled = new URL('../dist/cli/main.js', import.meta.url);
const compiled = new URL('../dist/apps/cli/main.js', import.meta.url);
const entry = [bundled, compiled].find((url) => existsSync(fileURLToPath(url)));
if (!entry) {
  console.error('parallax: the compiled CLI is missing (dist/). Run `npm ci` or `npm run build` in the project first.');
  process.exit(1);
}
const { main } = await import(entry.href);
await main();
