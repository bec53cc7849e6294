#!/usr/bin/env node
// The `parallax` command. Runs the compiled CLI (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/apps/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  console.error('parallax: the compiled CLI is missing (dist/). Run `npm ci` or `npm run build` in the project first.');
  process.exit(1);
}
const { main } = await import(compiled.href);
await main();
