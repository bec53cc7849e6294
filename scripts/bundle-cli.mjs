#!/usr/bin/env node
// Bundles the compiled CLI (dist/apps/cli/main.js, from `tsc`) into dist/cli/: one chunk for
// start-up and one per command, loaded when the command runs. Node 20 has no compile cache for
// ES modules, and loading the ~160 modules of `parallax analyze` one by one (resolve, read,
// link, each an async step) cost about 60 ms of its start-up; one chunk per command costs a few.
// Packages stay outside the bundle (they load from node_modules as before, some only when
// needed), so the bundle holds only this project's code and the build stays reproducible:
// esbuild's output depends only on its input, and chunk names are content hashes.
// The library (dist/src/index.js) and the tests do not use the bundle.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist/cli`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/apps/cli/main.js' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
});
